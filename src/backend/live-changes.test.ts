import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { LiveChangeMessage } from '../contract/live-changes';
import { createBackend } from './handler';
import { announceCommits, MAX_KEYS_PER_STORE, summarizeCommit } from './live-changes';
import { openIdbStore } from './store';

describe('summarizeCommit', () => {
  it('groups a write by project, names each record once, and gives unattributed deletes to the only project', () => {
    const messages = summarizeCommit({
      changes: [
        { store: 'ports', key: 'vip-1', project: 'p1', value: {} },
        { store: 'ports', key: 'vip-1', project: 'p1', value: {} },
        { store: 'ha_groups', key: 'g1' },
      ],
    });
    expect(messages).toEqual([
      {
        project: 'p1',
        changes: [
          { store: 'ports', key: 'vip-1' },
          { store: 'ha_groups', key: 'g1' },
        ],
      },
    ]);
  });

  it('sends a delete of an unknown project with project null, and one message per known project', () => {
    const messages = summarizeCommit({ changes: [{ store: 'vpcs', key: 'v1' }] });
    expect(messages).toEqual([{ project: null, changes: [{ store: 'vpcs', key: 'v1' }] }]);
    const two = summarizeCommit({
      changes: [
        { store: 'vpcs', key: 'a', project: 'p1', value: {} },
        { store: 'vpcs', key: 'b', project: 'p2', value: {} },
      ],
    });
    expect(two.map((m) => m.project)).toEqual(['p1', 'p2']);
  });

  it('names only the store when a write changed more than MAX_KEYS_PER_STORE of its records', () => {
    const changes = Array.from({ length: 10_000 }, (_, i) => ({ store: 'servers' as const, key: `s${i}`, project: 'p1', value: {} }));
    const [message, ...rest] = summarizeCommit({ changes: [...changes, { store: 'vpcs', key: 'v', project: 'p1', value: {} }] });
    expect(rest).toEqual([]);
    expect(message.changes).toEqual([{ store: 'servers' }, { store: 'vpcs', key: 'v' }]);
    const few = summarizeCommit({ changes: changes.slice(0, MAX_KEYS_PER_STORE) });
    expect(few[0].changes).toHaveLength(MAX_KEYS_PER_STORE);
  });

  it('turns a whole-store load into one reset for every project', () => {
    expect(summarizeCommit({ changes: [], reset: true })).toEqual([{ project: null, changes: [], reset: true }]);
  });
});

describe('announceCommits with the real backend', () => {
  const P = '0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e';
  const headers = { 'x-auth-token': 't' };

  it('posts one small message per committed write, naming what it wrote, and for a refused one only its log entry', async () => {
    const posted: LiveChangeMessage[] = [];
    const store = await openIdbStore({ idbFactory: new IDBFactory(), onCommit: announceCommits((m) => posted.push(m)) });
    const backend = createBackend({ store });
    const list = await backend.handle({ method: 'GET', path: `/v1/${P}/subnets`, query: new URLSearchParams(), headers });
    const subnet = (list.body as { subnets: { id: string; neutron_subnet_id: string; name: string }[] }).subnets.find((s) => s.name === 'subnet-web')!;
    posted.length = 0;

    const body = JSON.stringify({ port: { network_id: subnet.id, device_owner: 'neutron:VIP_PORT', fixed_ips: [{ subnet_id: subnet.neutron_subnet_id }] } });
    const created = await backend.handle({ method: 'POST', path: `/v1/${P}/ports`, query: new URLSearchParams(), headers, body });
    expect(created.status).toBe(200);
    const vipId = (created.body as { port: { id: string } }).port.id;
    // The port and its log entry commit together; the entry is completed with the answer just after.
    const entry = posted[0].changes.find((c) => c.store === 'operations')!.key;
    expect(posted).toEqual([
      { project: P, changes: [{ store: 'ports', key: vipId }, { store: 'operations', key: entry }] },
      { project: P, changes: [{ store: 'operations', key: entry }] },
    ]);
    posted.length = 0;

    const taken = await backend.handle({ method: 'POST', path: `/v1/${P}/ports`, query: new URLSearchParams(), headers, body: body.replace('"subnet_id"', '"ip_address":"192.168.0.100","subnet_id"') });
    expect(taken.status).toBe(409);
    expect(posted).toHaveLength(1);
    expect(posted[0].changes.map((c) => c.store)).toEqual(['operations']);
    posted.length = 0;

    const released = await backend.handle({ method: 'DELETE', path: `/v1/${P}/ports/${vipId}`, query: new URLSearchParams(), headers });
    expect(released.status).toBe(204);
    expect(posted[0].changes).toContainEqual({ store: 'ports', key: vipId });
    expect([P, null]).toContain(posted[0].project);
  });

  it('a post that throws does not fail the committed write', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = await openIdbStore({
      idbFactory: new IDBFactory(),
      onCommit: announceCommits(() => {
        throw new Error('channel closed');
      }),
    });
    const backend = createBackend({ store });
    const answer = await backend.handle({ method: 'GET', path: `/v1/${P}/vpcs`, query: new URLSearchParams(), headers });
    expect(answer.status).toBe(200);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Could not announce'), expect.any(Error));
    warn.mockRestore();
  });
});
