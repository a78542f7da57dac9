import { PageHeader } from '../../components/page-header';
import { HaGroupList } from '../../features/ha-groups/ha-group-list';

export function HaGroupsRoute() {
  return (
    <>
      <PageHeader
        crumbs={[{ label: 'High availability', to: '/ha-groups' }, { label: 'HA groups' }]}
        title="HA groups"
        description="Servers sharing a virtual IP with keepalived: active/standby pairs and LVS-DR clusters, with the configuration each server needs."
      />
      <HaGroupList />
    </>
  );
}
