import { holdsVrrp, type MemberRole } from './group-health';

/**
 * What deleting or stopping servers does to what depends on them, said before the user confirms:
 * every VIP one of their NICs is bound to, and every HA group they belong to with the role they play.
 * Deleting a server removes its NICs' pairs from the VIPs and its membership from the groups (the
 * backend's cascade), which leaves the group incomplete; stopping it only takes it away until it starts.
 */
export type CascadeAction = 'delete' | 'stop';

export interface CascadeInput {
  action: CascadeAction;
  /** The servers acted on (several for a batch). */
  servers: readonly { id: string; name: string }[];
  /** Their NICs: one entry per fixed IP. */
  nics: readonly { serverId: string; ip: string; networkId: string }[];
  vips: readonly { id: string; name: string; ip: string; networkId: string; boundIps: readonly string[] }[];
  groups: readonly { id: string; name: string; vipPortId: string; members: readonly { server_id: string; role: MemberRole; priority: number }[] }[];
  /** Name and ECS status of any other member server, when known. */
  otherServer: (id: string) => { name: string; status?: string } | undefined;
}

export interface Consequence {
  kind: 'vip' | 'ha-group';
  id: string;
  /** The VIP's or group's name as shown. */
  name: string;
  /** HA groups: the acted server's role in it. */
  role?: MemberRole;
  message: string;
}

const ROLE_WORDS: Record<MemberRole, string> = { active: 'active member', standby: 'standby', director: 'LVS director', backend: 'real server' };

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

function vipConsequences(input: CascadeInput, nameOf: (id: string) => string): Consequence[] {
  const out: Consequence[] = [];
  for (const vip of input.vips) {
    const held = input.nics.filter((n) => n.networkId === vip.networkId && vip.boundIps.includes(n.ip));
    if (held.length === 0) continue;
    const actedIps = new Set(held.map((n) => n.ip));
    const others = vip.boundIps.filter((ip) => !actedIps.has(ip));
    const who = list(held.map((n) => `${nameOf(n.serverId)} (${n.ip})`));
    const label = `virtual IP ${vip.name ? `${vip.name} ` : ''}(${vip.ip})`;
    const rest = others.length ? `it stays bound to ${list(others)}` : 'it is then bound to no server, so nothing answers for it';
    const message =
      input.action === 'delete'
        ? `${label} is bound to ${who}: that binding is removed; ${rest}.`
        : `${label} is bound to ${who}: while stopped, ${held.length > 1 ? 'they cannot' : 'it cannot'} answer for it; ${others.length ? `the other bound NICs (${list(others)}) still can` : 'no other server is bound, so nothing answers for it'}.`;
    out.push({ kind: 'vip', id: vip.id, name: vip.name || vip.ip, message });
  }
  return out;
}

function groupConsequences(input: CascadeInput, nameOf: (id: string) => string): Consequence[] {
  const acted = new Set(input.servers.map((s) => s.id));
  const out: Consequence[] = [];
  for (const g of input.groups) {
    const hit = g.members.filter((m) => acted.has(m.server_id));
    if (hit.length === 0) continue;
    const vip = input.vips.find((v) => v.id === g.vipPortId);
    const vipName = vip ? vip.ip : 'the VIP';
    const byPriority = [...g.members].filter((m) => holdsVrrp(m.role)).sort((a, b) => b.priority - a.priority);
    const holder = byPriority.find((m) => input.otherServer(m.server_id)?.status !== 'SHUTOFF' || acted.has(m.server_id));
    const survivors = byPriority.filter((m) => !acted.has(m.server_id) && input.otherServer(m.server_id)?.status !== 'SHUTOFF');
    const backendsLeft = g.members.filter((m) => m.role === 'backend' && !acted.has(m.server_id)).length;
    const after = input.action === 'delete' ? '; the group becomes incomplete' : ' until it is started again';
    for (const m of hit) {
      const name = nameOf(m.server_id);
      const head = input.action === 'delete' ? `${g.name} loses its ${ROLE_WORDS[m.role]} ${name}` : `${g.name}'s ${ROLE_WORDS[m.role]} ${name} stops`;
      let effect: string;
      if (m.role === 'backend') {
        effect = backendsLeft > 0 ? `the directors send its requests to the other ${backendsLeft} real server(s)` : 'no real server is left, so requests to the VIP fail';
      } else if (holder?.server_id === m.server_id) {
        const next = survivors[0];
        effect = next
          ? `${vipName} fails over to ${nameOf(next.server_id)} (${ROLE_WORDS[next.role]})`
          : `no other member can take ${vipName}, so it stops answering`;
      } else {
        const backups = survivors.filter((s) => s.server_id !== holder?.server_id).map((s) => nameOf(s.server_id));
        const holderName = holder ? nameOf(holder.server_id) : 'the member holding it';
        effect = backups.length ? `${list(backups)} can still take over ${vipName}` : `nothing is left to take over ${vipName} if ${holderName} fails`;
      }
      out.push({ kind: 'ha-group', id: g.id, name: g.name, role: m.role, message: `${head}: ${effect}${after}.` });
    }
  }
  return out;
}

/** Every consequence, VIPs first, then HA groups; empty when nothing depends on the servers. */
export function serverCascade(input: CascadeInput): Consequence[] {
  const acted = new Map(input.servers.map((s) => [s.id, s.name]));
  const nameOf = (id: string) => acted.get(id) ?? input.otherServer(id)?.name ?? id;
  return [...vipConsequences(input, nameOf), ...groupConsequences(input, nameOf)];
}
