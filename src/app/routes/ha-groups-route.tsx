import { useLingui } from '@lingui/react/macro';
import { PageHeader } from '../../components/page-header';
import { HaGroupList } from '../../features/ha-groups/ha-group-list';

export function HaGroupsRoute() {
  const { t } = useLingui();
  return (
    <>
      <PageHeader
        crumbs={[{ label: t`High availability`, to: '/ha-groups' }, { label: t`HA groups` }]}
        title={t`HA groups`}
        description={t`Servers sharing a virtual IP with keepalived: active/standby pairs and LVS-DR clusters, with the configuration each server needs.`}
      />
      <HaGroupList />
    </>
  );
}
