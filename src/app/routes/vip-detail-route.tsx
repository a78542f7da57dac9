import { PageHeader } from '../../components/page-header';

export function VipDetailRoute() {
  return <PageHeader crumbs={[{ label: 'Console', to: '/vpcs' }, { label: 'VipDetailRoute' }]} title="VipDetailRoute" />;
}
