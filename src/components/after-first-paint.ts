/** How long after boot the deferred work starts at the latest, when no page says it has drawn its data. */
const LATEST_MS = 10_000;

let marked = false;
let done = false;
const queue: (() => void)[] = [];
let fallback: ReturnType<typeof setTimeout> | null = null;

function flush(): void {
  done = true;
  if (fallback) clearTimeout(fallback);
  for (const task of queue.splice(0)) task();
}

/**
 * Says the first page has drawn its data (a list's rows, a detail card): what waits in
 * `afterFirstPaint` starts in the next task after that frame, so it never delays the first page.
 */
export function markFirstPaint(): void {
  if (marked) return;
  marked = true;
  requestAnimationFrame(() => setTimeout(flush, 0));
}

/**
 * Runs `task` once the first page has drawn its data (see markFirstPaint), or LATEST_MS after the first
 * call at the latest. Code and styles the first page does not need (tooltips, notifications, the full
 * style sheet) load here, off the first route.
 */
export function afterFirstPaint(task: () => void): void {
  if (done) {
    task();
    return;
  }
  queue.push(task);
  fallback ??= setTimeout(flush, LATEST_MS);
}
