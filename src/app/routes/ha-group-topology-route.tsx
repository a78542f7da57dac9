import { useLingui } from '@lingui/react/macro';
import { useParams } from 'react-router-dom';
import { useHaGroup } from '../../api/ha-groups/get-ha-groups';
import { PageHeader } from '../../components/page-header';
import { HaGroupTopology } from '../../features/topology/ha-group-topology';

/** An HA group's diagram and failover simulation on a page of its own. */
export function HaGroupTopologyRoute() {
  const { t } = useLingui();
  const { groupId = '' } = useParams();
  const group = useHaGroup(groupId);
  const name = group.data?.name;
  return (
    <>
      <PageHeader
        crumbs={[{ label: t`Topology`, to: '/topology' }, { label: name ?? t`HA group` }]}
        title={name ? t`Topology of ${name}` : t`Topology of the HA group`}
        description={t`Its virtual IP, members and EIP; simulate a failover before it happens in production.`}
      />
      <HaGroupTopology groupId={groupId} />
    </>
  );
}
