import { Trans } from '@lingui/react/macro';
import { Anchor, Code, Skeleton, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { VIP_DEVICE_OWNER, type PublicIp } from '../../contract';
import { usePort } from '../../api/ports/get-port';
import { useServer } from '../../api/servers/get-server';

/** What the EIP reaches: a virtual IP, or a server's NIC, named and linked. */
export function EipBoundTo({ eip }: { eip: PublicIp }) {
  const port = usePort(eip.port_id ?? '');
  const serverId = port.data && port.data.device_owner !== VIP_DEVICE_OWNER ? port.data.device_id : '';
  const server = useServer(serverId);
  if (!eip.port_id)
    return (
      <Text size="sm">
        <Trans>Not bound</Trans>
      </Text>
    );
  if (port.isLoading) return <Skeleton h={16} w={200} />;
  const ip = eip.private_ip_address ?? port.data?.fixed_ips[0]?.ip_address ?? eip.port_id;
  if (!port.data) return <Code>{ip}</Code>;
  if (port.data.device_owner === VIP_DEVICE_OWNER) {
    const vipName = port.data.name;
    return (
      <Anchor component={Link} to={`/vips/${port.data.id}`}>
        {vipName ? <Trans>Virtual IP {ip} ({vipName})</Trans> : <Trans>Virtual IP {ip}</Trans>}
      </Anchor>
    );
  }
  if (serverId) {
    const serverName = server.data?.name ?? serverId;
    return (
      <Anchor component={Link} to={`/servers/${serverId}`}>
        <Trans>NIC {ip} of {serverName}</Trans>
      </Anchor>
    );
  }
  return (
    <Text size="sm">
      <Trans>Port {ip}</Trans>
    </Text>
  );
}
