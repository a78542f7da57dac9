import { useParams } from 'react-router-dom';
import { EipDetail } from '../../features/eips/eip-detail';

export function EipDetailRoute() {
  const { eipId = '' } = useParams();
  return <EipDetail key={eipId} eipId={eipId} />;
}
