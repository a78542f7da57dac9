import { PageHeader } from '../../components/page-header';

export function ServersRoute() {
  return <PageHeader crumbs={[{ label: 'Console', to: '/vpcs' }, { label: 'ServersRoute' }]} title="ServersRoute" />;
}
