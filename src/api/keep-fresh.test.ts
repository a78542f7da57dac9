import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../backend/handler';
import { announceCommits } from '../backend/live-changes';
import { openIdbStore } from '../backend/store';
import { TOKEN_HEADERS } from '../backend/test-harness';
import { LIVE_CHANGES_CHANNEL } from '../contract/live-changes';
import { ApiError } from './client';
import { getAllEipsQueryOptions } from './eips/get-eips';
import { keepQueriesFresh } from './keep-fresh';
import { useProjectStore } from './project-store';
import { getAllVipsQueryOptions } from './vips/get-vips';
import { deleteVip } from './vips/delete-vip';
import { getVipQueryOptions } from './vips/get-vip';
import { vipKeys } from './vips/keys';

const P = '0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e';

/**
 * The real backend over fake-indexeddb, announcing its commits on the real BroadcastChannel (Node has
 * one), and the client's fetch answered by it: one "tab" (this QueryClient) and "another client" (`call`).
 */
async function setup() {
  const channel = new BroadcastChannel(LIVE_CHANGES_CHANNEL);
  const store = await openIdbStore({ idbFactory: new IDBFactory(), onCommit: announceCommits((m) => channel.postMessage(m)) });
  const backend = createBackend({ store });
  const call = async (method: string, pathAndQuery: string, body?: string) => {
    const url = new URL(pathAndQuery, 'http://console.test');
    return backend.handle({ method, path: url.pathname, query: url.searchParams, headers: TOKEN_HEADERS, body });
  };
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const r = await call(init.method ?? 'GET', url, init.body ? String(init.body) : undefined);
    return new Response(r.status === 204 ? null : JSON.stringify(r.body), { status: r.status, headers: { 'content-type': 'application/json' } });
  });
  useProjectStore.setState({ projectId: P });
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const stop = keepQueriesFresh(qc);
  cleanups.push(() => {
    stop();
    channel.close();
    qc.clear();
  });
  return { qc, call };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((c) => c());
  vi.unstubAllGlobals();
});

/** Resolves when the query is next marked stale (by the broadcast, not by this test). */
const nextInvalidation = (qc: QueryClient, key: readonly unknown[]) =>
  new Promise<void>((resolve) => {
    const stop = qc.getQueryCache().subscribe(() => {
      if (qc.getQueryState(key)?.isInvalidated) {
        stop();
        resolve();
      }
    });
  });

describe('keepQueriesFresh, with the real backend and BroadcastChannel', () => {
  it('a VIP another client creates makes this tab\'s VIP list stale, and the refetch shows it', async () => {
    const { qc, call } = await setup();
    const vips = await qc.fetchQuery(getAllVipsQueryOptions());
    const web = vips.find((v) => v.name === 'vip-web')!;
    const eips = await qc.fetchQuery(getAllEipsQueryOptions());
    const stale = nextInvalidation(qc, vipKeys.list({ all: true, networkId: undefined }));
    const body = JSON.stringify({ port: { network_id: web.network_id, device_owner: 'neutron:VIP_PORT', name: 'vip-new', fixed_ips: [{ subnet_id: web.fixed_ips[0].subnet_id }] } });
    expect((await call('POST', `/v1/${P}/ports`, body)).status).toBe(200);
    await stale;
    expect(qc.getQueryState(getAllEipsQueryOptions().queryKey)?.isInvalidated).toBe(false);
    const again = await qc.fetchQuery(getAllVipsQueryOptions());
    expect(again.map((v) => v.name)).toContain('vip-new');
    expect(eips.length).toBeGreaterThan(0);
  });

  it('releasing a VIP this tab still shows answers in words, names it, and refreshes the VIP lists', async () => {
    const { qc, call } = await setup();
    const web = (await qc.fetchQuery(getAllVipsQueryOptions())).find((v) => v.name === 'vip-web')!;
    // Another client releases it; this tab acts before it has refetched.
    expect((await call('DELETE', `/v1/${P}/ports/${web.id}`)).status).toBe(204);
    const error = await deleteVip(web.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).message).toBe(
      'Virtual IP vip-web (192.168.0.100) was released in another tab or by another client. The page now shows what is there.',
    );
    await vi.waitFor(() => expect(qc.getQueryState(getAllVipsQueryOptions().queryKey)?.isInvalidated).toBe(true));
  });

  it('names a VIP from a recent broadcast once the refreshed list no longer holds it', async () => {
    const { qc, call } = await setup();
    const web = (await qc.fetchQuery(getAllVipsQueryOptions())).find((v) => v.name === 'vip-web')!;
    const stale = nextInvalidation(qc, vipKeys.list({ all: true, networkId: undefined }));
    expect((await call('DELETE', `/v1/${P}/ports/${web.id}`)).status).toBe(204);
    await stale;
    const refreshed = await qc.fetchQuery(getAllVipsQueryOptions());
    expect(refreshed.some((v) => v.id === web.id)).toBe(false);
    const error = await deleteVip(web.id).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^Virtual IP vip-web \(192\.168\.0\.100\) was released in another tab/);
  });

  it('keeps the backend\'s words for an object this tab never showed', async () => {
    const { qc } = await setup();
    await qc.fetchQuery(getAllVipsQueryOptions());
    const unknown = await deleteVip('no-such-port').catch((e: unknown) => e);
    expect((unknown as Error).message).toBe('Port no-such-port does not exist in this project.');
    const detail = await qc.fetchQuery(getVipQueryOptions('no-such-port')).catch((e: unknown) => e);
    expect((detail as ApiError).status).toBe(404);
    expect((detail as ApiError).message).toBe('Port no-such-port does not exist in this project.');
  });

  it('a read that 404s on a VIP this tab showed is explained too, without claiming a refresh', async () => {
    const { qc, call } = await setup();
    const web = await qc.fetchQuery(getVipQueryOptions((await qc.fetchQuery(getAllVipsQueryOptions())).find((v) => v.name === 'vip-web')!.id));
    expect((await call('DELETE', `/v1/${P}/ports/${web.id}`)).status).toBe(204);
    const error = await qc.fetchQuery({ ...getVipQueryOptions(web.id), staleTime: 0 }).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).message).toBe('Virtual IP vip-web (192.168.0.100) was released in another tab or by another client.');
  });
});
