import { useParams } from 'react-router-dom';
import { HaGroupDetail } from '../../features/ha-groups/ha-group-detail';

export function HaGroupDetailRoute() {
  const { groupId = '' } = useParams();
  return <HaGroupDetail key={groupId} groupId={groupId} />;
}
