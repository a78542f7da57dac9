const queue: (() => void)[] = [];
let channel: MessageChannel | null = null;

/**
 * Runs `fn` in a task of its own, soon, without a timer: a hidden tab (one in the background while
 * another tab is used) clamps `setTimeout` to once a second, which would make a change from another tab
 * take seconds to show. A message task is not throttled. Falls back to `setTimeout` where there is no
 * MessageChannel.
 */
export function nextTask(fn: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(fn, 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()?.();
  }
  queue.push(fn);
  channel.port2.postMessage(null);
}
