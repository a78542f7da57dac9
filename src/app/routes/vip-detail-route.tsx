import { useParams } from 'react-router-dom';
import { VipDetail } from '../../features/vips/vip-detail';

export function VipDetailRoute() {
  const { vipId = '' } = useParams();
  return <VipDetail key={vipId} vipId={vipId} />;
}
