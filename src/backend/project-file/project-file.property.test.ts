/* eslint-disable @typescript-eslint/no-explicit-any -- the property edits project files loosely, as a person editing one would */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_PROJECT_ID, type ProjectFile } from '../../contract';
import { makeHarness, newProjectId } from '../test-harness';
import { exportOf, idFree, importInto } from './project-file-fixtures';

/** Edits a person may make to an exported file that keep it valid. */
interface Edit {
  /** A permutation seed per kind: the order of objects in a file means nothing. */
  order: number[];
  /** New names for servers (by index), from the allowed characters. */
  names: [number, string][];
  /** NICs (by index among the NICs no VIP names) moved to another free host of their /24. */
  moves: [number, number][];
  /** Whether each NIC no VIP names gets the check-off sentinel. */
  checkOff: boolean[];
  /** Unbind every EIP. */
  unbindEips: boolean;
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  order: fc.array(fc.nat(1000), { minLength: 6, maxLength: 6 }),
  names: fc.array(fc.tuple(fc.nat(5), fc.stringMatching(/^[A-Za-z0-9_.-]{1,20}$/)), { maxLength: 4 }),
  moves: fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 150, max: 250 })), { maxLength: 4 }),
  checkOff: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  unbindEips: fc.boolean(),
});

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed + 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function apply(file: ProjectFile, edit: Edit): any {
  const f: any = structuredClone(file);
  const kinds = ['vpcs', 'subnets', 'servers', 'ports', 'publicips', 'ha_groups'];
  const named = new Set(f.ports.flatMap((p: any) => (p.device_owner === 'neutron:VIP_PORT' ? p.allowed_address_pairs.map((x: any) => x.ip_address) : [])));
  const free = f.ports.filter((p: any) => p.device_owner.startsWith('compute:') && !named.has(p.fixed_ips[0].ip_address));
  const used = new Set(f.ports.map((p: any) => `${p.network_id}|${p.fixed_ips[0].ip_address}`));
  for (const [i, name] of edit.names) f.servers[i % f.servers.length].name = name;
  for (const [i, host] of edit.moves) {
    const nic = free[i % free.length];
    const ip = nic.fixed_ips[0].ip_address.replace(/\d+$/, String(host));
    if (used.has(`${nic.network_id}|${ip}`)) continue;
    used.add(`${nic.network_id}|${ip}`);
    nic.fixed_ips[0].ip_address = ip;
    for (const e of f.publicips) if (e.port_id === nic.id) e.private_ip_address = ip;
  }
  free.forEach((nic: any, i: number) => (nic.allowed_address_pairs = edit.checkOff[i % 6] ? [{ ip_address: '1.1.1.1/0' }] : []));
  if (edit.unbindEips) {
    f.ha_groups.forEach((g: any) => delete g.eip_id);
    for (const e of f.publicips) {
      delete e.port_id;
      delete e.private_ip_address;
      e.status = 'DOWN';
    }
  }
  kinds.forEach((kind, i) => (f[kind] = shuffled(f[kind], edit.order[i])));
  return f;
}

describe('project file property', () => {
  it('valid edits of an export (order, names, addresses, checks, EIP bindings) stay importable, and import what was written', async () => {
    const h = await makeHarness();
    const file = await exportOf(h, DEMO_PROJECT_ID);
    await fc.assert(
      fc.asyncProperty(editArb, async (edit) => {
        const edited = apply(file, edit);
        const p = newProjectId();
        const r = await importInto(h, p, edited);
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        expect(idFree(await exportOf(h, p))).toEqual(idFree(edited));
      }),
      { numRuns: 25 },
    );
  });
});
