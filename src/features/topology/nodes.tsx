import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Handle, Position, useConnection, type Node, type NodeProps } from '@xyflow/react';
import { ActionIcon, Menu } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBuildingTunnel,
  IconCloudNetwork,
  IconDots,
  IconNetwork,
  IconPlugConnected,
  IconServer,
  IconTargetArrow,
  IconTopologyStar3,
  IconWorld,
  IconWorldWww,
} from '@tabler/icons-react';
import { memo } from 'react';
import { useTopologyActions } from './actions-context';
import { useFar } from './far-class';
import { handleId, type EipData, type EntryData, type NicView, type ServerData, type SubnetData, type VipData, type VpcData } from './model';
import { useSim } from './sim-store';
import { SIZE } from './sizes';
import { ENTRY_TEXT, MBIT_PER_S, ROLE_TITLE, SIM_ROLE_TEXT, STATUS_TEXT } from './texts';

type VpcNodeT = Node<VpcData, 'vpc'>;
type SubnetNodeT = Node<SubnetData, 'subnet'>;
type ServerNodeT = Node<ServerData, 'server'>;
type VipNodeT = Node<VipData, 'vip'>;
type EipNodeT = Node<EipData, 'eip'>;
type EntryNodeT = Node<EntryData, 'entry'>;

export const VpcNode = memo(function VpcNode({ data }: NodeProps<VpcNodeT>) {
  return (
    <div className="topo-group topo-vpc">
      <div className="topo-group-head">
        <IconCloudNetwork size={18} aria-hidden />
        <span className="topo-group-name">VPC {data.name}</span>
        <span className="topo-mono topo-dim">{data.cidr}</span>
      </div>
    </div>
  );
});

export const SubnetNode = memo(function SubnetNode({ data }: NodeProps<SubnetNodeT>) {
  const { t } = useLingui();
  const actions = useTopologyActions();
  const name = data.name;
  const servers = data.servers;
  const vips = data.vips;
  return (
    <div className="topo-group topo-subnet" role="group" aria-label={t`Subnet ${name}`}>
      <div className="topo-group-head">
        <IconNetwork size={16} aria-hidden />
        <span className="topo-group-name">{data.name}</span>
        <span className="topo-mono topo-dim">{data.cidr}</span>
        <span className="topo-dim topo-small">
          {t`${plural(servers, { one: '# server', other: '# servers' })} · ${plural(vips, { one: '# VIP', other: '# VIPs' })}`}
        </span>
        {actions.editable && (
          <Menu position="bottom-end" withinPortal shadow="md">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" className="nodrag" aria-label={t`Subnet ${name} menu`} ml="auto">
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => actions.subnetMenu(data.subnetId, 'add-server')}>
                <Trans>Add server here</Trans>
              </Menu.Item>
              <Menu.Item onClick={() => actions.subnetMenu(data.subnetId, 'assign-vip')}>
                <Trans>Assign VIP here</Trans>
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item onClick={() => actions.subnetMenu(data.subnetId, 'new-ha')}>
                <Trans>New HA setup here</Trans>
              </Menu.Item>
              <Menu.Item onClick={() => actions.subnetMenu(data.subnetId, 'new-lvs')}>
                <Trans>New LVS cluster here</Trans>
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </div>
    </div>
  );
});

function SimRoleBadge({ serverId }: { serverId: string }) {
  const { t } = useLingui();
  const role = useSim((s) => s.roles[serverId]);
  if (!role) return null;
  const text = SIM_ROLE_TEXT[role];
  return (
    <span className={`topo-sim-role topo-sim-${role.toLowerCase().replaceAll(' ', '-')}`} data-testid="sim-role">
      {text ? t(text) : role}
    </span>
  );
}

function useStatusText(status: string) {
  const { t } = useLingui();
  const text = STATUS_TEXT[status];
  return text ? t(text) : status;
}

function useServerLabel(data: ServerData) {
  const { t } = useLingui();
  const name = data.name;
  const status = useStatusText(data.status);
  if (!data.role) return t`Server ${name}, ${status}`;
  const role = t(ROLE_TITLE[data.role]);
  return t`Server ${name}, ${status}, ${role}`;
}
const serverClass = (data: ServerData, selected: boolean | undefined) =>
  ['topo-card', 'topo-server', selected && 'is-selected', data.status !== 'ACTIVE' && 'is-stopped'].filter(Boolean).join(' ');

/** The header handles: a director's edge or an EIP ends on the left, a director's edges start on the right. */
function ServerHeadHandles({ data }: { data: ServerData }) {
  const top = SIZE.server.header / 2;
  return (
    <>
      {data.inbound && <Handle type="target" id={handleId.realServer} position={Position.Left} isConnectable={false} style={{ top }} />}
      {data.outbound && <Handle type="source" id={handleId.out} position={Position.Right} isConnectable={false} style={{ top }} />}
    </>
  );
}

function NicHandle({ nic, index, serverName, editable }: { nic: NicView; index: number; serverName: string; editable: boolean }) {
  const { t } = useLingui();
  const { header, nicRow } = SIZE.server;
  const ip = nic.ip;
  const subnet = nic.subnetName ?? t`another subnet`;
  return (
    <Handle
      type="source"
      id={handleId.nic(nic.portId)}
      position={Position.Left}
      isConnectable={editable && nic.home}
      isConnectableEnd={false}
      className={`topo-nic-handle${nic.home ? '' : ' is-foreign'}`}
      style={{ top: header + index * nicRow + nicRow / 2 }}
      title={nic.home ? t`Drag to a virtual IP to bind ${ip}` : t`${ip} is in ${subnet}`}
      role="img"
      aria-label={t`NIC ${ip} of ${serverName}`}
    />
  );
}

/** Far out: the box and the handles where edges end (same places as the full card), nothing else to build or paint. */
function ServerBox({ data, selected }: { data: ServerData; selected: boolean | undefined }) {
  const actions = useTopologyActions();
  const label = useServerLabel(data);
  return (
    <div className={serverClass(data, selected)} role="group" aria-label={label}>
      <ServerHeadHandles data={data} />
      {data.nics.map((nic, i) => (
        <NicHandle key={nic.portId} nic={nic} index={i} serverName={data.name} editable={actions.editable} />
      ))}
    </div>
  );
}

function ServerCard({ data, selected }: { data: ServerData; selected: boolean | undefined }) {
  const { t } = useLingui();
  const actions = useTopologyActions();
  const label = useServerLabel(data);
  const status = useStatusText(data.status);
  const running = data.status === 'ACTIVE';
  const { header, nicRow } = SIZE.server;
  const priority = data.priority;
  return (
    <div className={serverClass(data, selected)} role="group" aria-label={label}>
      <ServerHeadHandles data={data} />
      <div className="topo-server-head" style={{ height: header }}>
        <div className="topo-row">
          <IconServer size={15} aria-hidden className="topo-icon" />
          <span className="topo-name" title={data.name}>
            {data.name}
          </span>
          {data.role && <span className={`topo-role topo-role-${data.role}`}>{t(ROLE_TITLE[data.role])}</span>}
        </div>
        <div className="topo-row topo-small">
          <span className={`topo-dot ${running ? 'is-on' : 'is-off'}`} aria-hidden />
          <span className="topo-dim">{status}</span>
          {priority !== undefined && <span className="topo-dim">· {t`prio ${priority}`}</span>}
          <SimRoleBadge serverId={data.serverId} />
        </div>
      </div>
      {data.nics.map((nic, i) => (
        <div key={nic.portId} className="topo-nic" style={{ height: nicRow }}>
          <NicHandle nic={nic} index={i} serverName={data.name} editable={actions.editable} />
          <span className="topo-mono">{nic.ip}</span>
          {!nic.home && <span className="topo-dim topo-small topo-ellipsis">{nic.subnetName ?? t`another subnet`}</span>}
          {nic.bound && nic.checkOn && (
            <button
              type="button"
              className="topo-check-on nodrag"
              disabled={!actions.editable}
              title={t`Source/destination check is on: traffic for the virtual IP is dropped. Click to turn it off.`}
              onClick={() => actions.fixCheck(nic.portId, data.serverId, `${data.name} (${nic.ip})`)}
            >
              <IconAlertTriangle size={12} aria-hidden /> <Trans>Check on: turn off</Trans>
            </button>
          )}
        </div>
      ))}
    </div>
  );
}

export const ServerNode = memo(function ServerNode({ data, selected }: NodeProps<ServerNodeT>) {
  return useFar() ? <ServerBox data={data} selected={selected} /> : <ServerCard data={data} selected={selected} />;
});

function VipDropZones() {
  const from = useConnection((c) => (c.inProgress ? (c.fromHandle?.id?.startsWith('nic:') ? 'nic' : c.fromNode?.type === 'eip' ? 'eip' : null) : null));
  return (
    <>
      <Handle
        type="target"
        id={handleId.in}
        position={Position.Left}
        isConnectableStart={false}
        className={`topo-drop${from === 'eip' ? ' is-live' : ''}`}
      />
      <Handle
        type="target"
        id={handleId.vipNics}
        position={Position.Right}
        isConnectableStart={false}
        className={`topo-drop${from === 'nic' ? ' is-live' : ''}`}
      />
    </>
  );
}

function VipHolder({ portId }: { portId: string }) {
  const { t } = useLingui();
  const mine = useSim((s) => s.vipPortId === portId);
  const holder = useSim((s) => (s.vipPortId === portId ? s.holderName : null));
  const garp = useSim((s) => s.vipPortId === portId && s.garpAt !== null && s.time - s.garpAt < 2);
  if (!mine) return null;
  return (
    <div className="topo-row topo-small" data-testid="vip-holder">
      {holder ? (
        <span className="topo-holder">
          <Trans>held by {holder}</Trans>
        </span>
      ) : (
        <span className="topo-warn-text">
          <Trans>no holder: the VIP is down</Trans>
        </span>
      )}
      {garp && (
        <span className="topo-garp" title={t`The new MASTER announced the VIP by gratuitous ARP`}>
          GARP
        </span>
      )}
    </div>
  );
}

export const VipNode = memo(function VipNode({ data, selected }: NodeProps<VipNodeT>) {
  const { t } = useLingui();
  const ip = data.ip;
  const bound = data.bound;
  return (
    <div className={`topo-card topo-vip${selected ? ' is-selected' : ''}`} role="group" aria-label={t`Virtual IP ${ip}`}>
      <VipDropZones />
      <div className="topo-row">
        <IconTargetArrow size={15} aria-hidden className="topo-icon" />
        <span className="topo-kicker">
          <Trans>Virtual IP</Trans>
        </span>
        {data.groupName && <span className={`topo-role topo-role-${data.mode === 'lvs-dr' ? 'director' : 'active'}`}>{data.groupName}</span>}
      </div>
      <div className="topo-big topo-mono">{data.ip}</div>
      <div className="topo-row topo-small topo-dim">
        <span className="topo-ellipsis">{data.name || t`unnamed`}</span>
        <span>· {t`${bound} bound`}</span>
        {data.service && <span className="topo-ellipsis">· {data.service}</span>}
      </div>
      <VipHolder portId={data.portId} />
    </div>
  );
});

export const EipNode = memo(function EipNode({ data, selected }: NodeProps<EipNodeT>) {
  const { t } = useLingui();
  const actions = useTopologyActions();
  const ip = data.ip;
  return (
    <div className={`topo-card topo-eip${selected ? ' is-selected' : ''}${data.bound ? '' : ' is-unbound'}`} role="group" aria-label={t`EIP ${ip}`}>
      <Handle type="target" id={handleId.in} position={Position.Left} isConnectable={false} />
      <Handle
        type="source"
        id={handleId.out}
        position={Position.Right}
        isConnectable={actions.editable}
        isConnectableEnd={false}
        className="topo-eip-handle"
        title={t`Drag to a virtual IP to bind ${ip}`}
      />
      <div className="topo-row">
        <IconWorldWww size={15} aria-hidden className="topo-icon" />
        <span className="topo-kicker">EIP</span>
        <span className="topo-big topo-mono">{data.ip}</span>
      </div>
      <div className="topo-row topo-small topo-dim">
        <span className="topo-ellipsis">{data.alias || t`no name`}</span>
        <span>
          · {data.bandwidth} {MBIT_PER_S}
        </span>
        {!data.bound && <span>· {t`unbound`}</span>}
      </div>
    </div>
  );
});

const ENTRY_ICON = { internet: IconWorld, vpn: IconBuildingTunnel, 'direct-connect': IconPlugConnected, peering: IconTopologyStar3 } as const;

export const EntryNode = memo(function EntryNode({ data }: NodeProps<EntryNodeT>) {
  const { t } = useLingui();
  const Icon = ENTRY_ICON[data.kind];
  const label = t(ENTRY_TEXT[data.kind].label);
  return (
    <div className={`topo-card topo-entry topo-entry-${data.kind}`} role="group" aria-label={t`Entry point: ${label}`}>
      <Handle type="source" id={handleId.out} position={Position.Right} isConnectable={false} />
      <div className="topo-row">
        <Icon size={18} aria-hidden className="topo-icon" />
        <span className="topo-name">{label}</span>
      </div>
      <div className="topo-small topo-dim">{t(ENTRY_TEXT[data.kind].detail)}</div>
    </div>
  );
});

export const nodeTypes = { vpc: VpcNode, subnet: SubnetNode, server: ServerNode, vip: VipNode, eip: EipNode, entry: EntryNode };
