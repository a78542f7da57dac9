import { useParams } from 'react-router-dom';
import { HaGroupDetail } from '../../features/ha-groups/ha-group-detail';
import { HaGroupTopology } from '../../features/topology/ha-group-topology';

export function HaGroupDetailRoute() {
  const { groupId = '' } = useParams();
  const height = 'calc(100dvh - 200px)';
  return <HaGroupDetail key={groupId} groupId={groupId} topology={<HaGroupTopology groupId={groupId} height={height} />} />;
}
