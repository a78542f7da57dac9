import { create } from 'zustand';
import type { LiveChangeMessage } from '../contract/live-changes';
import { followRemoteChanges, type RemoteChangesState } from './changes-stream';
import { absoluteUrl, requestAuth, routingHeaders, type BackendChoice } from './connection';
import { currentProjectId, useProjectStore } from './project-store';

/** How this tab hears of the remote backend's changes, for the screens (the backend badge). */
export const useRemoteChangesStore = create<{ state: RemoteChangesState | null; detail: string }>()(() => ({ state: null, detail: '' }));

/** The changes stream of a project on a remote backend. */
export const changesUrl = (backend: Extract<BackendChoice, { kind: 'remote' }>, project: string) =>
  `${backend.url}/console/v1/${encodeURIComponent(project)}/changes`;

/**
 * Follows the remote backend's changes stream for the current project (reopened when the project
 * changes): each message goes to `onMessage`; `refresh` is called to poll while there is no stream.
 */
export function listenToRemoteChanges(
  backend: Extract<BackendChoice, { kind: 'remote' }>,
  onMessage: (message: LiveChangeMessage) => void,
  refresh: () => void,
): () => void {
  let stop = () => {};
  const start = () => {
    stop();
    const url = changesUrl(backend, currentProjectId());
    stop = followRemoteChanges({
      connect: async (signal) => {
        const absolute = absoluteUrl(url);
        const headers: Record<string, string> = { Accept: 'text/event-stream', ...routingHeaders(absolute, backend) };
        Object.assign(headers, await requestAuth('GET', absolute, headers, undefined));
        return fetch(absolute, { headers, signal, cache: 'no-store' });
      },
      onMessage,
      refresh,
      onState: (state, detail) => useRemoteChangesStore.setState({ state, detail: detail ?? '' }),
    });
  };
  start();
  const unsubscribe = useProjectStore.subscribe((s, previous) => {
    if (s.projectId !== previous.projectId) start();
  });
  return () => {
    unsubscribe();
    stop();
    useRemoteChangesStore.setState({ state: null, detail: '' });
  };
}
