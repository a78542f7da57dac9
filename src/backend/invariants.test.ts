import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNic, isVip } from './model';
import { demoProject, makeHarness, type Harness } from './test-harness';

type Op =
  | { kind: 'createVip'; subnet: number; host: number | null }
  | { kind: 'bindVip'; vip: number; nics: number[]; sameSubnet: boolean }
  | { kind: 'unbindVip'; vip: number }
  | { kind: 'deleteVip'; vip: number }
  | { kind: 'createServer'; subnet: number; host: number | null; count: number }
  | { kind: 'deleteServer'; server: number }
  | { kind: 'bindEip'; eip: number; port: number }
  | { kind: 'unbindEip'; eip: number }
  | { kind: 'checkOff'; nic: number }
  | { kind: 'createSubnet'; third: number }
  | { kind: 'deleteSubnet'; subnet: number }
  | { kind: 'createEip' }
  | { kind: 'deleteEip'; eip: number }
  | { kind: 'createHaGroup'; vip: number; nics: number[]; eip: number | null; vrid: number }
  | { kind: 'setGroupEip'; group: number; eip: number }
  | { kind: 'deleteHaGroup'; group: number };

const idx = fc.nat(50);
// Half the chosen hosts are ones the subnet refuses or may already hold (network, gateway, a demo server,
// broadcast), so every run meets refusals too; any host of 0-255 otherwise.
const host = fc.option(fc.oneof(fc.constantFrom(0, 1, 11, 255), fc.integer({ min: 0, max: 255 })), { nil: null });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('createVip' as const), subnet: idx, host }),
  fc.record({ kind: fc.constant('bindVip' as const), vip: idx, nics: fc.array(idx, { maxLength: 3 }), sameSubnet: fc.boolean() }),
  fc.record({ kind: fc.constant('unbindVip' as const), vip: idx }),
  fc.record({ kind: fc.constant('deleteVip' as const), vip: idx }),
  fc.record({ kind: fc.constant('createServer' as const), subnet: idx, host, count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('deleteServer' as const), server: idx }),
  fc.record({ kind: fc.constant('bindEip' as const), eip: idx, port: idx }),
  fc.record({ kind: fc.constant('unbindEip' as const), eip: idx }),
  fc.record({ kind: fc.constant('checkOff' as const), nic: idx }),
  fc.record({ kind: fc.constant('createSubnet' as const), third: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ kind: fc.constant('deleteSubnet' as const), subnet: idx }),
  fc.record({ kind: fc.constant('createEip' as const) }),
  fc.record({ kind: fc.constant('deleteEip' as const), eip: idx }),
  fc.record({
    kind: fc.constant('createHaGroup' as const),
    vip: idx,
    nics: fc.array(idx, { minLength: 1, maxLength: 3 }),
    eip: fc.option(idx, { nil: null }),
    vrid: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ kind: fc.constant('setGroupEip' as const), group: idx, eip: idx }),
  fc.record({ kind: fc.constant('deleteHaGroup' as const), group: idx }),
);

async function snapshot(h: Harness, p: string) {
  return h.store.read(async (tx) => ({
    subnets: await tx.ofProject('subnets', p),
    ports: await tx.ofProject('ports', p),
    eips: await tx.ofProject('publicips', p),
    servers: await tx.ofProject('servers', p),
    vpcs: await tx.ofProject('vpcs', p),
    groups: await tx.ofProject('ha_groups', p),
  }));
}

const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);

async function apply(h: Harness, p: string, vpcId: string, op: Op) {
  const s = await snapshot(h, p);
  const vips = s.ports.filter(isVip);
  const nics = s.ports.filter(isNic);
  const third = (cidr: string) => cidr.split('.')[2];
  switch (op.kind) {
    case 'createVip': {
      const subnet = pick(s.subnets, op.subnet);
      if (!subnet) return null;
      const fixed = op.host === null ? [] : [{ ip_address: `192.168.${third(subnet.cidr)}.${op.host}` }];
      return h.call('POST', `/v1/${p}/ports`, { port: { network_id: subnet.id, device_owner: 'neutron:VIP_PORT', fixed_ips: fixed } });
    }
    case 'bindVip': {
      const vip = pick(vips, op.vip);
      if (!vip) return null;
      // Mostly NICs of the VIP's subnet (so binds succeed), sometimes any NIC (cross-subnet refusals).
      const candidates = op.sameSubnet ? nics.filter((n) => n.network_id === vip.network_id) : nics;
      const chosen = new Set(op.nics.map((i) => pick(candidates, i)).filter((n) => n !== undefined).map((n) => n.ip));
      const pairs = [...chosen].map((ip) => ({ ip_address: ip }));
      return h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: pairs } });
    }
    case 'unbindVip': {
      const vip = pick(vips, op.vip);
      return vip ? h.call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: [] } }) : null;
    }
    case 'deleteVip': {
      const vip = pick(vips, op.vip);
      return vip ? h.call('DELETE', `/v1/${p}/ports/${vip.id}`) : null;
    }
    case 'createServer': {
      const subnet = pick(s.subnets, op.subnet);
      if (!subnet) return null;
      const nic = op.host === null ? { subnet_id: subnet.id } : { subnet_id: subnet.id, ip_address: `192.168.${third(subnet.cidr)}.${op.host}` };
      return h.call('POST', `/v1/${p}/cloudservers`, {
        server: { name: 'srv', imageRef: 'i', flavorRef: 's6.small.1', vpcid: vpcId, nics: [nic], root_volume: { volumetype: 'SSD' }, count: op.count },
      });
    }
    case 'deleteServer': {
      const server = pick(s.servers, op.server);
      return server ? h.call('POST', `/v1/${p}/cloudservers/delete`, { servers: [{ id: server.id }] }) : null;
    }
    case 'bindEip': {
      const eip = pick(s.eips, op.eip);
      const port = pick(s.ports, op.port);
      return eip && port ? h.call('PUT', `/v1/${p}/publicips/${eip.id}`, { publicip: { port_id: port.id } }) : null;
    }
    case 'unbindEip': {
      const eip = pick(s.eips, op.eip);
      return eip ? h.call('PUT', `/v1/${p}/publicips/${eip.id}`, { publicip: { port_id: '' } }) : null;
    }
    case 'checkOff': {
      const nic = pick(nics, op.nic);
      return nic ? h.call('PUT', `/v1/${p}/ports/${nic.id}`, { port: { allowed_address_pairs: [{ ip_address: '1.1.1.1/0' }] } }) : null;
    }
    case 'createSubnet':
      return h.call('POST', `/v1/${p}/subnets`, { subnet: { name: `s${op.third}`, cidr: `192.168.${op.third}.0/28`, gateway_ip: `192.168.${op.third}.1`, vpc_id: vpcId } });
    case 'deleteSubnet': {
      const subnet = pick(s.subnets, op.subnet);
      return subnet ? h.call('DELETE', `/v1/${p}/vpcs/${vpcId}/subnets/${subnet.id}`) : null;
    }
    case 'createEip':
      return h.call('POST', `/v1/${p}/publicips`, { publicip: { type: '5_bgp' }, bandwidth: { name: 'bw', size: 5, share_type: 'PER' } });
    case 'deleteEip': {
      const eip = pick(s.eips, op.eip);
      return eip ? h.call('DELETE', `/v1/${p}/publicips/${eip.id}`) : null;
    }
    case 'createHaGroup': {
      const vip = pick(vips, op.vip);
      if (!vip) return null;
      // NICs of the VIP's subnet, one per server: the first active, the rest standby (an incomplete group).
      const inSubnet = nics.filter((n) => n.network_id === vip.network_id);
      const chosen = [...new Map(op.nics.map((i) => pick(inSubnet, i)).filter((n) => n !== undefined).map((n) => [n.device_id, n])).values()];
      const members = chosen.map((n, i) => ({ server_id: n.device_id, port_id: n.id, role: i === 0 ? 'active' : 'standby', priority: 200 - i }));
      const eip = op.eip === null ? undefined : pick(s.eips, op.eip)?.id;
      return h.call('POST', `/console/v1/${p}/ha-groups`, {
        ha_group: { name: `g${op.vrid}`, mode: 'ha', vip_port_id: vip.id, eip_id: eip, members, virtual_router_id: op.vrid },
      });
    }
    case 'setGroupEip': {
      const group = pick(s.groups, op.group);
      const eip = pick(s.eips, op.eip);
      return group && eip ? h.call('PUT', `/console/v1/${p}/ha-groups/${group.id}`, { ha_group: { eip_id: eip.id } }) : null;
    }
    case 'deleteHaGroup': {
      const group = pick(s.groups, op.group);
      return group ? h.call('DELETE', `/console/v1/${p}/ha-groups/${group.id}`) : null;
    }
  }
}

async function checkInvariants(h: Harness, p: string) {
  const s = await snapshot(h, p);
  const subnetIds = new Set(s.subnets.map((x) => x.id));
  const serverIds = new Set(s.servers.map((x) => x.id));
  const seen = new Set<string>();
  for (const port of s.ports) {
    // No port in a deleted subnet; no two ports share an address in a subnet.
    expect(subnetIds.has(port.network_id), `port ${port.ip} in a missing subnet`).toBe(true);
    const key = `${port.network_id}|${port.ip}`;
    expect(seen.has(key), `two ports hold ${port.ip}`).toBe(false);
    seen.add(key);
    expect(port.fixed_ips[0].ip_address).toBe(port.ip);
    if (isNic(port)) {
      expect(serverIds.has(port.device_id), 'NIC of a missing server').toBe(true);
      expect(port.pair_keys).toEqual([]);
    }
    if (isVip(port)) {
      // Every VIP pair names a NIC of the VIP's own subnet.
      for (const pair of port.allowed_address_pairs) {
        const nic = s.ports.find((n) => isNic(n) && n.network_id === port.network_id && n.ip === pair.ip_address);
        expect(nic, `VIP ${port.ip} bound to ${pair.ip_address}, which is no NIC of its subnet`).toBeDefined();
      }
      expect(port.pair_keys).toEqual(port.allowed_address_pairs.map((x) => `${p}|${port.network_id}|${x.ip_address}`));
    }
  }
  // No EIP bound to a missing port, no port with two EIPs, and the private address is the port's.
  const boundPorts = new Set<string>();
  for (const eip of s.eips) {
    if (!eip.port_id) {
      expect(eip.status).toBe('DOWN');
      continue;
    }
    const port = s.ports.find((x) => x.id === eip.port_id);
    expect(port, `EIP ${eip.public_ip_address} bound to a missing port`).toBeDefined();
    expect(eip.private_ip_address).toBe(port!.ip);
    expect(boundPorts.has(eip.port_id), 'two EIPs on one port').toBe(false);
    boundPorts.add(eip.port_id);
  }
  checkReferences(s);
  // The server count the lists use without walking the servers is the number of servers.
  const meta = await h.store.read((tx) => tx.get('meta', p));
  expect(meta?.servers, 'the kept server count').toBe(s.servers.length);
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/**
 * No id anywhere points at a deleted object: every reference a record holds names an object that exists
 * in the same project (the snapshot holds one project's records only).
 */
function checkReferences(s: Snapshot) {
  const vpcIds = new Set(s.vpcs.map((x) => x.id));
  const subnetById = new Map(s.subnets.map((x) => [x.id, x]));
  const serverIds = new Set(s.servers.map((x) => x.id));
  const portById = new Map(s.ports.map((x) => [x.id, x]));
  const eipIds = new Set(s.eips.map((x) => x.id));
  for (const subnet of s.subnets) expect(vpcIds.has(subnet.vpc_id), `subnet ${subnet.name} in a missing VPC`).toBe(true);
  for (const server of s.servers) expect(vpcIds.has(server.metadata.vpc_id), `server ${server.name} in a missing VPC`).toBe(true);
  for (const port of s.ports) {
    const subnet = subnetById.get(port.network_id);
    expect(subnet, `port ${port.ip} in a missing subnet`).toBeDefined();
    for (const fixed of port.fixed_ips) expect(fixed.subnet_id, `port ${port.ip}: fixed_ips names another subnet`).toBe(subnet!.neutron_subnet_id);
    if (isNic(port)) expect(serverIds.has(port.device_id), `NIC ${port.ip} of a missing server`).toBe(true);
  }
  for (const eip of s.eips) if (eip.port_id) expect(portById.has(eip.port_id), `EIP ${eip.public_ip_address} on a missing port`).toBe(true);
  for (const group of s.groups) {
    const vip = portById.get(group.vip_port_id);
    expect(vip && isVip(vip), `group ${group.name}: its VIP is gone`).toBe(true);
    expect(group.network_id).toBe(vip!.network_id);
    if (group.eip_id) expect(eipIds.has(group.eip_id), `group ${group.name} records a released EIP`).toBe(true);
    for (const m of group.members) {
      expect(serverIds.has(m.server_id), `group ${group.name}: member server ${m.server_id} is gone`).toBe(true);
      const nic = portById.get(m.port_id);
      expect(nic?.device_id, `group ${group.name}: member NIC ${m.port_id} is gone or not the server's`).toBe(m.server_id);
    }
  }
}

describe('invariants under random request sequences', () => {
  it('hold after every request, and no request is a 500', async () => {
    const outcomes: Record<string, { ok: number; refused: number }> = {};
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 30 }), async (ops) => {
        const h = await makeHarness();
        const { p, vpc } = await demoProject(h);
        for (const op of ops) {
          const r = await apply(h, p, vpc.id, op);
          if (r) {
            expect(r.status, `${op.kind}: ${JSON.stringify(r.body)}`).toBeLessThan(500);
            const tally = (outcomes[op.kind] ??= { ok: 0, refused: 0 });
            if (r.status < 300) tally.ok++;
            else tally.refused++;
          }
          await checkInvariants(h, p);
        }
      }),
      { numRuns: 60 },
    );
    // The sequences must exercise both outcomes of the interesting requests, or they prove little.
    for (const kind of ['bindVip', 'deleteServer', 'createVip', 'bindEip', 'deleteSubnet', 'createHaGroup', 'setGroupEip', 'deleteEip', 'deleteHaGroup'] as const) {
      expect(outcomes[kind]?.ok, `${kind} never succeeded`).toBeGreaterThan(0);
    }
    for (const kind of ['bindVip', 'createVip', 'deleteSubnet'] as const) expect(outcomes[kind]?.refused, `${kind} never refused`).toBeGreaterThan(0);
  });
});
