import { useParams } from 'react-router-dom';
import { useHaGroup } from '../../api/ha-groups/get-ha-groups';
import { PageHeader } from '../../components/page-header';
import { HaGroupTopology } from '../../features/topology/ha-group-topology';

/** An HA group's diagram and failover simulation on a page of its own. */
export function HaGroupTopologyRoute() {
  const { groupId = '' } = useParams();
  const group = useHaGroup(groupId);
  return (
    <>
      <PageHeader
        crumbs={[{ label: 'Topology', to: '/topology' }, { label: group.data?.name ?? 'HA group' }]}
        title={`Topology of ${group.data?.name ?? 'the HA group'}`}
        description="Its virtual IP, members and EIP; simulate a failover before it happens in production."
      />
      <HaGroupTopology groupId={groupId} />
    </>
  );
}
