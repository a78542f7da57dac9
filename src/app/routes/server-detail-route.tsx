import { useParams } from 'react-router-dom';
import { ServerDetail } from '../../features/servers/server-detail';

export function ServerDetailRoute() {
  const { serverId = '' } = useParams();
  return <ServerDetail key={serverId} serverId={serverId} />;
}
