import { PageHeader } from '../../components/page-header';

export function SubnetDetailRoute() {
  return <PageHeader crumbs={[{ label: 'Console', to: '/vpcs' }, { label: 'SubnetDetailRoute' }]} title="SubnetDetailRoute" />;
}
