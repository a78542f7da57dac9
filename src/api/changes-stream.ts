import { t } from '@lingui/core/macro';
import type { LiveChangeMessage } from '../contract/live-changes';

/** One server-sent event: its `event` name (default "message") and its `data` lines joined by "\n". */
export interface SseEvent {
  event: string;
  data: string;
}

/**
 * Splits text/event-stream text into complete events; `rest` is the unfinished tail to prepend to the
 * next chunk. Comment lines (`: ...`, heartbeats) and fields other than `event` and `data` are skipped.
 */
export function parseSse(text: string): { events: SseEvent[]; rest: string } {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blocks = normalised.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: SseEvent[] = [];
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length) events.push({ event, data: data.join('\n') });
  }
  return { events, rest };
}

/** How a tab hears of a remote backend's changes right now. */
export type RemoteChangesState = 'connecting' | 'live' | 'polling';

export interface FollowOptions {
  /** Opens the stream (fetch with the request's credentials); rejects when unreachable. */
  connect: (signal: AbortSignal) => Promise<Response>;
  onMessage: (message: LiveChangeMessage) => void;
  /** Refresh what the tab shows: a poll, or a catch-up after the stream was down. */
  refresh: () => void;
  onState?: (state: RemoteChangesState, detail?: string) => void;
  /** Poll every this many ms while there is no stream. */
  pollMs?: number;
  /** Reconnect delays: first, doubling up to max (each with up to 20% random added). */
  retryMs?: number;
  maxRetryMs?: number;
  /** A stream silent this long (the server sends a heartbeat every 15 s) is taken for dead and reopened. */
  silenceMs?: number;
  /** Timers, replaceable in tests. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Statuses that mean "this backend has no changes stream": poll, and stop asking. */
const NO_STREAM = new Set([404, 405, 406, 501]);

/**
 * Follows a remote backend's changes stream (`GET /console/v1/{project_id}/changes`, text/event-stream,
 * read with fetch so that it carries the same credentials as every request; EventSource cannot send
 * headers). Each `change` event is handed to `onMessage`. When the stream cannot be opened or breaks,
 * it polls (`refresh` every `pollMs`) and reconnects with backoff. Each time the stream opens (the first
 * time too) it refreshes once, for what was read before it and changed since. A backend without the stream (404/405/406/501, or not an event stream) is polled only.
 * Returns the function that stops it all.
 */
export function followRemoteChanges(options: FollowOptions): () => void {
  const pollMs = options.pollMs ?? 7_000;
  const retryMs = options.retryMs ?? 1_000;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  const silenceMs = options.silenceMs ?? 45_000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let stopped = false;
  let controller: AbortController | null = null;
  let pollTimer: unknown = null;
  let failures = 0;

  const state = (s: RemoteChangesState, detail?: string) => options.onState?.(s, detail);
  const poll = () => {
    if (stopped) return;
    options.refresh();
    pollTimer = setTimer(poll, pollMs);
  };
  const startPolling = () => {
    if (pollTimer === null) pollTimer = setTimer(poll, pollMs);
  };
  const stopPolling = () => {
    if (pollTimer !== null) clearTimer(pollTimer);
    pollTimer = null;
  };
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimer(resolve, ms));

  async function readStream(response: Response, abort: AbortController): Promise<void> {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    let watchdog: unknown = null;
    const watch = () => {
      if (watchdog !== null) clearTimer(watchdog);
      watchdog = setTimer(() => abort.abort(), silenceMs);
    };
    watch();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        watch();
        const { events, rest } = parseSse(buffered + decoder.decode(value, { stream: true }));
        buffered = rest;
        for (const e of events) {
          if (e.event !== 'change') continue;
          try {
            options.onMessage(JSON.parse(e.data) as LiveChangeMessage);
          } catch {
            // A message this console cannot read is skipped; the next poll or focus catches up.
          }
        }
      }
    } finally {
      if (watchdog !== null) clearTimer(watchdog);
    }
  }

  async function run(): Promise<void> {
    state('connecting');
    while (!stopped) {
      controller = new AbortController();
      let detail = '';
      try {
        const response = await options.connect(controller.signal);
        const type = response.headers.get('content-type') ?? '';
        if (response.ok && type.includes('text/event-stream') && response.body) {
          failures = 0;
          stopPolling();
          // What was read before the stream opened may have missed a change meanwhile (at start, or while down).
          options.refresh();
          state('live');
          await readStream(response, controller);
          detail = t`the stream ended`;
        } else {
          void response.body?.cancel().catch(() => {});
          if (NO_STREAM.has(response.status) || (response.ok && !type.includes('text/event-stream'))) {
            startPolling();
            const status = response.status;
            state('polling', t`this backend has no changes stream (${status})`);
            return;
          }
          const status = response.status;
          detail = t`the stream answered ${status}`;
        }
      } catch (error) {
        if (stopped) return;
        detail = error instanceof Error ? error.message : String(error);
      }
      if (stopped) return;
      startPolling();
      state('polling', detail);
      const delay = Math.min(maxRetryMs, retryMs * 2 ** failures++);
      await sleep(delay * (1 + Math.random() * 0.2));
    }
  }

  void run();
  return () => {
    stopped = true;
    stopPolling();
    controller?.abort();
  };
}
