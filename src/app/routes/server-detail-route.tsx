import { PageHeader } from '../../components/page-header';

export function ServerDetailRoute() {
  return <PageHeader crumbs={[{ label: 'Console', to: '/vpcs' }, { label: 'ServerDetailRoute' }]} title="ServerDetailRoute" />;
}
