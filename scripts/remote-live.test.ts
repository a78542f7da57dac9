/**
 * The console's live updates against a remote `npm run api`: listenToLiveChanges follows the backend in use
 * (the remote stream, reopened for another project; closed when the console goes back to this browser).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnectionStore } from '../src/api/connection';
import { listenToLiveChanges, type KeyPattern } from '../src/api/live-updates';
import { useProjectStore } from '../src/api/project-store';
import { useRemoteChangesStore } from '../src/api/remote-changes';
import { vpcKeys } from '../src/api/vpcs/keys';
import type { LiveChangeMessage } from '../src/contract/live-changes';
import { newProjectId } from '../src/backend/test-harness';
import { startApiServer, type RunningApiServer } from './api-server';

let server: RunningApiServer;
beforeAll(async () => {
  server = await startApiServer({ port: 0, log: () => {}, token: 'T' });
});
afterAll(async () => {
  useConnectionStore.setState({ backend: { kind: 'browser' } });
  await server?.close();
});

const createVpc = (p: string, name: string) =>
  fetch(`${server.url}/v1/${p}/vpcs`, { method: 'POST', headers: { 'x-auth-token': 'T', 'content-type': 'application/json' }, body: JSON.stringify({ vpc: { name, cidr: '10.7.0.0/16' } }) });

describe('listenToLiveChanges with a remote backend', () => {
  it('hears the project of the moment, follows a project switch, and stops when the console goes back to this browser', async () => {
    const first = newProjectId();
    const second = newProjectId();
    useProjectStore.setState({ projectId: first });
    useConnectionStore.getState().setBackend({ kind: 'remote', url: server.url, auth: { token: 'T' } });
    const patterns: KeyPattern[][] = [];
    const messages: LiveChangeMessage[] = [];
    const stop = listenToLiveChanges(
      (p) => patterns.push([...p]),
      (m) => messages.push(m),
    );
    try {
      await expect.poll(() => useRemoteChangesStore.getState().state).toBe('live');
      await createVpc(first, 'vpc-one');
      await expect.poll(() => messages.length).toBe(1);
      expect(messages[0].project).toBe(first);
      expect(patterns.some((list) => list.some((p) => JSON.stringify(p) === JSON.stringify(vpcKeys.lists())))).toBe(true);

      useProjectStore.setState({ projectId: second });
      await expect.poll(() => server.changes.listeners).toBe(1);
      await expect.poll(() => useRemoteChangesStore.getState().state).toBe('live');
      await createVpc(first, 'vpc-not-heard');
      await createVpc(second, 'vpc-two');
      await expect.poll(() => messages.length).toBe(2);
      expect(messages[1].project).toBe(second);

      useConnectionStore.getState().setBackend({ kind: 'browser' });
      await expect.poll(() => server.changes.listeners).toBe(0);
      expect(useRemoteChangesStore.getState().state).toBeNull();
    } finally {
      stop();
    }
  });
});
