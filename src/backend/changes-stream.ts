import type { LiveChangeMessage } from '../contract/live-changes';
import type { CommittedChanges } from './store';
import { announceCommits } from './live-changes';

type Listener = (message: LiveChangeMessage) => void;

/**
 * The Node server's side of live changes: the stores' `onCommit` publishes what each committed write
 * changed (the same `{project, changes}` messages the worker posts on its BroadcastChannel), and every
 * open changes stream of that project (or of every project, for `project: null`) receives it.
 */
export class ChangesFeed {
  private readonly byProject = new Map<string, Set<Listener>>();

  /** The stores' onCommit hook. */
  readonly onCommit: (committed: CommittedChanges) => void = announceCommits((message) => this.publish(message));

  subscribe(project: string, listener: Listener): () => void {
    const set = this.byProject.get(project) ?? new Set<Listener>();
    this.byProject.set(project, set);
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.byProject.delete(project);
    };
  }

  publish(message: LiveChangeMessage): void {
    const targets = message.project === null ? [...this.byProject.values()] : [this.byProject.get(message.project) ?? new Set<Listener>()];
    for (const set of targets) for (const listener of [...set]) listener(message);
  }

  /** Open streams, all projects together. */
  get listeners(): number {
    let n = 0;
    for (const set of this.byProject.values()) n += set.size;
    return n;
  }
}

/** The response and request of a stream, typed structurally (node:http's in `npm run api`). */
export interface StreamResponseLike {
  writeHead(status: number, headers: Record<string, string>): unknown;
  write(chunk: string): unknown;
  end(): unknown;
  /** node:http's response says 'close' when the client goes away (its request closed once read). */
  on(event: 'close', listener: () => void): unknown;
}

/** A comment line every this many ms keeps proxies from closing an idle stream and lets a client notice a dead one. */
export const HEARTBEAT_MS = 15_000;

/**
 * Turns an authenticated `GET /console/v1/{project}/changes` into a text/event-stream: a first comment
 * (so the client's fetch resolves at once), then one `event: change` per message for the project, and a
 * heartbeat comment every 15 s. Ends when the client goes away (or the server closes its connections).
 */
export function openChangesStream(
  res: StreamResponseLike,
  feed: ChangesFeed,
  project: string,
  headers: Record<string, string>,
  heartbeatMs = HEARTBEAT_MS,
): void {
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
  });
  res.write(`: changes of project ${project}\n\n`);
  const unsubscribe = feed.subscribe(project, (message) => res.write(`event: change\ndata: ${JSON.stringify(message)}\n\n`));
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
  res.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  });
}
