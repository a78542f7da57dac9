import { PageHeader } from '../../components/page-header';

export function SubnetsRoute() {
  return <PageHeader crumbs={[{ label: 'Console', to: '/vpcs' }, { label: 'SubnetsRoute' }]} title="SubnetsRoute" />;
}
