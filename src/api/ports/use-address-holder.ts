import { t } from '@lingui/core/macro';
import { VIP_DEVICE_OWNER } from '../../contract';
import { useServer } from '../servers/get-server';
import { usePrivateIps } from '../subnets/get-private-ips';
import { usePort } from './get-port';

const isNicOwner = (owner: string) => owner.startsWith('compute:');

/**
 * What holds an address of a subnet, named as the backend's refusal names it, in the console's language ("server ecs-web-01
 * (192.168.0.11)", "virtual IP vip-web (192.168.0.100)"). Reads the subnet's private IPs, then the port
 * and server behind `ip` only when it is taken; says "a server NIC" / "a virtual IP" until they load.
 */
export function useAddressHolder(subnetId: string, ip: string): (addr: string) => string | null {
  const used = usePrivateIps(subnetId);
  const entry = used.data?.find((p) => p.ip_address === ip);
  const named = entry !== undefined && (entry.device_owner === VIP_DEVICE_OWNER || isNicOwner(entry.device_owner));
  const port = usePort(named ? entry.id : '');
  const nic = port.data && isNicOwner(port.data.device_owner) ? port.data : undefined;
  const server = useServer(nic?.device_id ?? '');
  return (addr) => {
    const holder = used.data?.find((p) => p.ip_address === addr);
    if (!holder) return null;
    const p = holder === entry ? port.data : undefined;
    if (p && p.device_owner === VIP_DEVICE_OWNER) {
      const name = p.name || p.id;
      return t`virtual IP ${name} (${addr})`;
    }
    if (p && nic && server.data) {
      const name = server.data.name;
      return t`server ${name} (${addr})`;
    }
    if (holder.device_owner === VIP_DEVICE_OWNER) return t`a virtual IP`;
    if (isNicOwner(holder.device_owner)) return t`a server NIC`;
    return holder.device_owner || t`another port`;
  };
}
