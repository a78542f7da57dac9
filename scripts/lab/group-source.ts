/* eslint-disable @typescript-eslint/no-explicit-any -- reads the API's JSON answers loosely, as a client would */
import { existsSync, readFileSync } from 'node:fs';
import { haConfigSpecOf, interfaceOfNic } from '../../src/api/ha-groups/config-spec-of';
import { DEMO_PROJECT_ID } from '../../src/contract';
import type { HaConfigSpec } from '../../src/domain/ha';
import { makeHarness } from '../../src/backend/test-harness';
import { startApiServer } from '../api-server';

type Call = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }>;

/** The demo's 3-member group: vip-web (192.168.0.100) on ecs-web-01..03, made through the API like a user would. */
export const DEMO_THREE = 'ha-web-3';

async function addThreeMemberGroup(call: Call, p: string) {
  const ports = (await call('GET', `/v1/${p}/ports`)).body.ports as any[];
  const servers = (await call('GET', `/v1/${p}/cloudservers/detail?limit=100`)).body.servers as any[];
  const vip = ports.find((x) => x.name === 'vip-web');
  const names = ['ecs-web-01', 'ecs-web-02', 'ecs-web-03'];
  const nics = names.map((name) => {
    const server = servers.find((s) => s.name === name);
    const port = ports.find((x) => x.device_id === server?.id && x.fixed_ips[0]?.ip_address.startsWith('192.168.0.'));
    if (!server || !port || !vip) throw new Error(`the demo has no ${name} NIC or vip-web: cannot make ${DEMO_THREE}`);
    return { server, port };
  });
  const pairs = nics.map((n) => ({ ip_address: n.port.fixed_ips[0].ip_address }));
  await call('PUT', `/v1/${p}/ports/${vip.id}`, { port: { allowed_address_pairs: pairs } });
  const priorities = [150, 100, 90];
  const members = nics.map((n, i) => ({ server_id: n.server.id, port_id: n.port.id, role: i === 0 ? 'active' : 'standby', priority: priorities[i] }));
  const r = await call('POST', `/console/v1/${p}/ha-groups`, { ha_group: { name: DEMO_THREE, mode: 'ha', vip_port_id: vip.id, virtual_router_id: 53, members } });
  if (r.status !== 200) throw new Error(`could not make ${DEMO_THREE}: ${JSON.stringify(r.body)}`);
}

async function specFrom(call: Call, p: string, groupName: string): Promise<HaConfigSpec> {
  const groups = (await call('GET', `/console/v1/${p}/ha-groups`)).body.ha_groups as any[] | undefined;
  const group = groups?.find((g) => g.name === groupName);
  if (!group) throw new Error(`no HA group named ${groupName} (groups: ${(groups ?? []).map((g) => g.name).join(', ') || 'none'})`);
  const ports = (await call('GET', `/v1/${p}/ports`)).body.ports as any[];
  const subnets = (await call('GET', `/v1/${p}/subnets`)).body.subnets as any[];
  const servers = (await call('GET', `/v1/${p}/cloudservers/detail?limit=1000`)).body.servers as any[];
  const vip = ports.find((x) => x.id === group.vip_port_id);
  const subnet = subnets.find((s) => s.id === vip?.network_id);
  if (!vip || !subnet) throw new Error(`HA group ${groupName}: its VIP or subnet is gone`);
  return haConfigSpecOf(group, {
    vip,
    subnet,
    nicIp: (id) => ports.find((x) => x.id === id)?.fixed_ips[0]?.ip_address,
    serverName: (id) => servers.find((s) => s.id === id)?.name,
    nicInterface: (serverId, portId) => {
      const server = servers.find((s) => s.id === serverId);
      return server && interfaceOfNic(server, portId);
    },
  });
}

/**
 * The generator's input for an HA group: from the demo data (default), from an `npm run api` SQLite data
 * file (`--data x.sqlite`, read only) or from an exported project file (`--data x.json`).
 */
export async function loadGroupSpecs(options: { groups: string[]; data?: string; project?: string }): Promise<HaConfigSpec[]> {
  const p = options.project ?? DEMO_PROJECT_ID;
  if (options.data && !existsSync(options.data)) throw new Error(`no such file: ${options.data}`);
  if (options.data?.endsWith('.sqlite')) {
    const server = await startApiServer({ port: 0, dataFile: options.data, log: () => {} });
    try {
      const call: Call = async (method, path) => {
        const r = await fetch(`${server.url}${path}`, { method });
        return { status: r.status, body: await r.json() };
      };
      return await Promise.all(options.groups.map((g) => specFrom(call, p, g)));
    } finally {
      await server.close();
    }
  }
  const h = await makeHarness();
  const call: Call = (method, path, body) => h.call(method, path, body);
  if (options.data) {
    const r = await call('POST', `/console/v1/${p}/import`, readFileSync(options.data, 'utf8'));
    if (r.status !== 200) throw new Error(`${options.data} was refused: ${JSON.stringify(r.body).slice(0, 300)}`);
  } else {
    await call('POST', `/console/v1/${p}/demo-data`, { action: 'reset' });
    if (options.groups.includes(DEMO_THREE)) await addThreeMemberGroup(call, p);
  }
  return Promise.all(options.groups.map((g) => specFrom(call, p, g)));
}
