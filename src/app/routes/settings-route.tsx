import { PageHeader } from '../../components/page-header';

export function SettingsRoute() {
  return <PageHeader crumbs={[{ label: 'Console', to: '/vpcs' }, { label: 'SettingsRoute' }]} title="SettingsRoute" />;
}
