import type { QueryClient } from '@tanstack/react-query';
import { setApiErrorExplainer } from './client';
import { goneMessage, goneRecordOf, RecentNames } from './gone';
import { createInvalidationBatch, listenToLiveChanges, targetsOfChanges } from './live-updates';

/**
 * Keeps what this tab shows true while others write:
 * - every write the in-browser backend commits (from any tab) refreshes exactly the queries it touches;
 * - an action on an object another tab or client removed answers in words ("Virtual IP vip-x was released
 *   in another tab or by another client") instead of the backend's "Port ... does not exist", and the
 *   screens that still show it are refreshed (needed against `npm run api`, where no change is announced).
 * Returns the function that stops both.
 */
export function keepQueriesFresh(qc: QueryClient): () => void {
  const invalidate = createInvalidationBatch(qc);
  const names = new RecentNames(qc);
  const stopExplaining = setApiErrorExplainer((error) => {
    const gone = goneRecordOf(error);
    if (!gone) return null;
    const known = names.find(gone);
    // A GET that 404s is already the fresh answer; refreshing it again would loop.
    const refresh = error.request?.method !== 'GET';
    if (refresh) invalidate(targetsOfChanges([{ store: gone.store, key: gone.id }]));
    return known ? goneMessage(known, refresh) : null;
  });
  const stopListening = listenToLiveChanges(invalidate, (message) => names.remember(message));
  return () => {
    stopExplaining();
    stopListening();
  };
}
