import { t } from '@lingui/core/macro';
import type { Decision } from '../domain';
import { ApiError, isNotFound, isPreconditionFailed, type WithEtag } from './client';
import { stepWordingText } from './step-text';

/**
 * A write that could not proceed because another client (another tab, the SDK) changed the resource
 * in between, even after one fresh read and re-plan. The message says what changed.
 */
export class ChangedElsewhereError extends ApiError {
  constructor(message: string) {
    super(412, 'Console.ChangedElsewhere', message);
    this.name = 'ChangedElsewhereError';
  }
}

/** One resource as a read-modify-write sees it. */
export interface VersionedResource<T, B> {
  read(): Promise<WithEtag<T>>;
  /** Writes `body` with `If-Match: etag`; answers the resource as written. */
  write(body: B, etag: string | null): Promise<T>;
  /** What another client changed between two reads, in the user's words and language (no final full stop). */
  describeChange(before: T, after: T): string;
}

export interface ReadModifyWriteResult<T> {
  /** The resource as read just before the write (or when found done). */
  before: T;
  after: T;
  /** False when the resource already showed the change: nothing was written. */
  wrote: boolean;
}

/**
 * Reads the resource with its ETag, decides from what it holds now (`decide`, pure), and writes with
 * `If-Match`. On 412 (someone wrote in between) it reads again and decides ONCE more on the fresh
 * data, so another tab's change is merged, not overwritten. If the write is refused again, or the
 * fresh data blocks it, it stops with a `ChangedElsewhereError` saying what changed.
 */
export async function readModifyWrite<T, B>(
  resource: VersionedResource<T, B>,
  decide: (current: T) => Decision<B>,
  /** The resource read earlier (a workflow reads every step's resource at once when it starts): its ETag still guards the write. */
  readEarlier?: Promise<WithEtag<T>>,
): Promise<ReadModifyWriteResult<T>> {
  const first = await (readEarlier ?? resource.read());
  let current = first;
  for (let attempt = 0; ; attempt++) {
    const decision = decide(current.body);
    if (decision.kind === 'done') return { before: current.body, after: current.body, wrote: false };
    if (decision.kind === 'blocked') {
      const reason = stepWordingText(decision.text);
      if (attempt === 0) throw new ApiError(409, 'Console.Blocked', reason);
      const change = resource.describeChange(first.body, current.body);
      throw new ChangedElsewhereError(t`${change}. ${reason} Review and retry.`);
    }
    try {
      return { before: current.body, after: await resource.write(decision.body, current.etag), wrote: true };
    } catch (err) {
      if (!isPreconditionFailed(err)) throw err;
      const latest = await resource.read();
      if (attempt >= 1) {
        const change = resource.describeChange(first.body, latest.body);
        throw new ChangedElsewhereError(t`${change}; review and retry.`);
      }
      current = latest;
    }
  }
}

/**
 * Deletes a resource read just before with `If-Match`; on 412 reads it again and deletes once more.
 * Resolves false when it was gone already (nothing to do), true when this call deleted it.
 */
export async function deleteIfUnchanged(what: string, read: () => Promise<WithEtag<unknown>>, remove: (etag: string | null) => Promise<unknown>): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    let current: WithEtag<unknown>;
    try {
      current = await read();
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
    try {
      await remove(current.etag);
      return true;
    } catch (err) {
      if (!isPreconditionFailed(err)) throw err;
      if (attempt >= 1) throw new ChangedElsewhereError(t`${what} changed in another tab while it was being deleted; review and retry.`);
    }
  }
}
