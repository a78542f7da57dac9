import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openIdbStore } from './idb-store';
import type { VpcRecord } from './schema';

const vpc = (id: string, project = 'p1'): VpcRecord => ({
  id,
  name: id,
  cidr: '10.0.0.0/16',
  description: '',
  status: 'OK',
  routes: [],
  enterprise_project_id: '0',
  tenant_id: project,
  created_at: '2024-01-01T00:00:00.000Z',
  updated_at: '2024-01-01T00:00:00.000Z',
  project_id: project,
});

describe('idb store', () => {
  it('tells onCommit what each committed write put and deleted, with a new revision per put, and nothing of a refused write', async () => {
    const seen: { key: string; deleted: boolean; rev?: string }[][] = [];
    const store = await openIdbStore({
      idbFactory: new IDBFactory(),
      onCommit: ({ changes }) => {
        seen.push(changes.map((c) => ({ key: `${c.store}/${c.key}`, deleted: c.value === undefined, rev: (c.value as { rev?: string } | undefined)?.rev })));
      },
    });
    await store.write((tx) => tx.putMany('vpcs', [vpc('a'), vpc('b')]));
    await store.write(async (tx) => {
      await tx.put('vpcs', { ...(await tx.get('vpcs', 'a'))!, name: 'a2' });
      await tx.delete('vpcs', 'b');
    });
    await expect(store.write(async (tx) => { await tx.put('vpcs', vpc('c')); throw new Error('refused'); })).rejects.toThrow('refused');
    await store.read((tx) => tx.get('vpcs', 'a'));
    expect(seen.map((s) => s.map(({ key, deleted }) => ({ key, deleted })))).toEqual([
      [{ key: 'vpcs/a', deleted: false }, { key: 'vpcs/b', deleted: false }],
      [{ key: 'vpcs/a', deleted: false }, { key: 'vpcs/b', deleted: true }],
    ]);
    const revs = [seen[0][0].rev, seen[0][1].rev, seen[1][0].rev];
    expect(new Set(revs).size).toBe(3);
    expect((await store.read((tx) => tx.get('vpcs', 'a')))?.rev).toBe(seen[1][0].rev);
  });

  it('rejects a write whose onCommit fails, after the transaction committed', async () => {
    const store = await openIdbStore({ idbFactory: new IDBFactory(), onCommit: () => { throw new Error('disk full'); } });
    await expect(store.write((tx) => tx.put('vpcs', vpc('a')))).rejects.toThrow('disk full');
    expect(await store.read((tx) => tx.get('vpcs', 'a'))).toBeDefined();
  });

  it('keeps nothing of a write whose function throws after writing', async () => {
    const store = await openIdbStore({ idbFactory: new IDBFactory() });
    await store.write((tx) => tx.put('vpcs', vpc('a')));
    await expect(
      store.write(async (tx) => {
        await tx.put('vpcs', vpc('b'));
        await tx.delete('vpcs', 'a');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    const ids = await store.read(async (tx) => (await tx.ofProject('vpcs', 'p1')).map((v) => v.id));
    expect(ids).toEqual(['a']);
  });

  it('in a write, a record read again (or after its put or delete) is answered from the transaction, as a copy', async () => {
    const store = await openIdbStore({ idbFactory: new IDBFactory() });
    await store.write((tx) => tx.put('vpcs', vpc('a')));
    await store.write(async (tx) => {
      const first = (await tx.get('vpcs', 'a'))!;
      const again = (await tx.getOwned('vpcs', 'p1', 'a'))!;
      expect(again).toEqual(first);
      again.name = 'changed in a copy';
      expect((await tx.get('vpcs', 'a'))!.name).toBe('a');
      await tx.put('vpcs', { ...first, name: 'a2' });
      const written = (await tx.get('vpcs', 'a'))!;
      expect(written.name).toBe('a2');
      expect(written.rev).not.toBe(first.rev);
      await tx.delete('vpcs', 'a');
      expect(await tx.get('vpcs', 'a')).toBeUndefined();
      expect(await tx.get('vpcs', 'none')).toBeUndefined();
      await tx.put('vpcs', vpc('none'));
      expect((await tx.get('vpcs', 'none'))?.id).toBe('none');
    });
    expect(await store.read((tx) => tx.get('vpcs', 'a'))).toBeUndefined();
  });

  it('refuses writes in a read transaction', async () => {
    const store = await openIdbStore({ idbFactory: new IDBFactory() });
    await expect(store.read((tx) => tx.put('vpcs', vpc('a')))).rejects.toThrow();
  });

  it('scopes by project, wipes one project only, and round-trips through dump/load', async () => {
    const store = await openIdbStore({ idbFactory: new IDBFactory() });
    await store.write((tx) => tx.putMany('vpcs', [vpc('a', 'p1'), vpc('b', 'p2'), vpc('c', 'p1')]));
    expect(await store.read(async (tx) => (await tx.getOwned('vpcs', 'p2', 'a')) ?? null)).toBeNull();
    await store.write((tx) => tx.wipeProject('p1'));
    expect(await store.read(async (tx) => (await tx.ofProject('vpcs', 'p1')).length)).toBe(0);
    const dump = await store.dump();
    expect(dump.stores.vpcs).toEqual([{ ...vpc('b', 'p2'), rev: expect.any(String) }]);
    const other = await openIdbStore({ idbFactory: new IDBFactory() });
    await other.load(JSON.parse(JSON.stringify(dump)));
    expect(await other.read(async (tx) => tx.get('vpcs', 'b'))).toEqual(dump.stores.vpcs![0]);
    await expect(other.load({ format: 'other' } as never)).rejects.toThrow(/Not a vip-console store/);
  });
});

const server = (id: string, project = 'p1') => ({ id, name: id, status: 'ACTIVE', created: '2024-01-01T00:00:00Z', project_id: project }) as never;
const countOf = (store: Awaited<ReturnType<typeof openIdbStore>>, project: string) => store.read(async (tx) => (await tx.get('meta', project))?.servers);

describe('the kept server count', () => {

  it('follows creates, updates, deletes and wipes, counts afresh when unknown, and is not a change of its own', async () => {
    const stores: string[][] = [];
    const store = await openIdbStore({ idbFactory: new IDBFactory(), onCommit: ({ changes }) => void stores.push(changes.map((c) => c.store)) });
    const count = () => countOf(store, 'p1');
    // No meta record: nothing is kept (the lists count on the index).
    await store.write((tx) => tx.putMany('servers', [server('a'), server('b')]));
    expect(await count()).toBeUndefined();
    // A meta record without a count: the next server write counts afresh.
    await store.write((tx) => tx.put('meta', { project_id: 'p1', seeded: true }));
    await store.write((tx) => tx.put('servers', server('c')));
    expect(await count()).toBe(3);
    stores.length = 0;
    await store.write(async (tx) => {
      await tx.put('servers', server('a')); // an update
      await tx.put('servers', server('d'));
      await tx.put('servers', server('x', 'p2')); // another project
      await tx.delete('servers', 'b');
      await tx.delete('servers', 'nope');
    });
    expect(await count()).toBe(3);
    expect(stores).toEqual([['servers', 'servers', 'servers', 'servers', 'servers']]);
    await store.write(async (tx) => {
      await tx.put('servers', server('e'));
      await tx.delete('servers', 'e'); // created and deleted in one write
    });
    expect(await count()).toBe(3);
    await store.write(async (tx) => {
      await tx.wipeProject('p1');
      await tx.put('meta', { project_id: 'p1', seeded: true });
      await tx.putMany('servers', Array.from({ length: 250 }, (_, i) => server(`n${i}`)));
    });
    expect(await count()).toBe(250);
  });
});

describe('the kept server count, when something goes wrong', () => {

  it('moves a server between projects in both counts', async () => {
    const store = await openIdbStore({ idbFactory: new IDBFactory() });
    await store.write(async (tx) => {
      await tx.put('meta', { project_id: 'p1', seeded: true });
      await tx.put('meta', { project_id: 'p2', seeded: true });
      await tx.putMany('servers', [server('a'), server('b'), server('c', 'p2')]);
    });
    expect([await countOf(store, 'p1'), await countOf(store, 'p2')]).toEqual([2, 1]);
    await store.write((tx) => tx.put('servers', server('a', 'p2')));
    expect([await countOf(store, 'p1'), await countOf(store, 'p2')]).toEqual([1, 2]);
  });

  it('counts afresh after a write that let its transaction commit early', async () => {
    const store = await openIdbStore({ idbFactory: new IDBFactory() });
    await store.write(async (tx) => {
      await tx.put('meta', { project_id: 'p1', seeded: true });
      await tx.put('servers', server('a'));
    });
    expect(await countOf(store, 'p1')).toBe(1);
    await store.write(async (tx) => {
      await tx.put('servers', server('b'));
      // Against the store's rule: the transaction commits while this waits, before the count is settled.
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(await countOf(store, 'p1')).toBe(2);
  });

  it('forgets the counts of a version-2 database, and adds the users and the operation log (version 4)', async () => {
    const factory = new IDBFactory();
    const old = factory.open('vip-console', 2);
    old.onupgradeneeded = () => {
      old.result.createObjectStore('meta', { keyPath: 'project_id' }).put({ project_id: 'p1', seeded: true, servers: 99 });
      for (const name of ['vpcs', 'subnets', 'publicips', 'jobs', 'ha_groups']) old.result.createObjectStore(name, { keyPath: 'id' }).createIndex('by_project', ['project_id', 'id']);
      const ports = old.result.createObjectStore('ports', { keyPath: 'id' });
      ports.createIndex('by_project', ['project_id', 'id']);
      const servers = old.result.createObjectStore('servers', { keyPath: 'id' });
      servers.createIndex('by_project', ['project_id', 'id']);
    };
    await new Promise((resolve) => (old.onsuccess = resolve));
    old.result.close();
    const store = await openIdbStore({ idbFactory: factory });
    expect(await store.read((tx) => tx.get('meta', 'p1'))).toEqual({ project_id: 'p1', seeded: true });
    expect(await store.read((tx) => Promise.all([tx.raw.objectStore('users').count(), tx.raw.objectStore('operations').count()]))).toEqual([0, 0]);
    expect(await store.read((tx) => tx.raw.objectStore('users').index('by_token').get('none'))).toBeUndefined();
  });
});
