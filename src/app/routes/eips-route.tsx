import { PageHeader } from '../../components/page-header';

export function EipsRoute() {
  return <PageHeader crumbs={[{ label: 'Console', to: '/vpcs' }, { label: 'EipsRoute' }]} title="EipsRoute" />;
}
