import { PageHeader } from '../../components/page-header';

export function VipsRoute() {
  return <PageHeader crumbs={[{ label: 'Console', to: '/vpcs' }, { label: 'VipsRoute' }]} title="VipsRoute" />;
}
