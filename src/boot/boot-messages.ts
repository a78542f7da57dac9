import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';

/** Why the console could not start. */
export type BootProblem = 'no-service-worker' | 'not-registered' | 'not-controlling' | 'app-failed';

const MESSAGES: Record<BootProblem, MessageDescriptor> = {
  'no-service-worker': msg`This browser has no service workers, which the console needs to run its backend.`,
  'not-registered': msg`The backend service worker could not be registered.`,
  'not-controlling': msg`The backend service worker does not control this page. Reload the page to try again.`,
  'app-failed': msg({ message: 'The console could not load ({detail}). Reload the page.' }),
};

/**
 * The same words for when no language could load (a build's descriptors carry ids only): a boot error
 * may come before, or because of, the catalogs.
 */
/* eslint-disable lingui/no-unlocalized-strings -- the fallback when no catalog is active */
const ENGLISH: Record<BootProblem, string> = {
  'no-service-worker': 'This browser has no service workers, which the console needs to run its backend.',
  'not-registered': 'The backend service worker could not be registered.',
  'not-controlling': 'The backend service worker does not control this page. Reload the page to try again.',
  'app-failed': 'The console could not load ({detail}). Reload the page.',
};
/* eslint-enable lingui/no-unlocalized-strings */

/** The problem in the console's language once Lingui is active, else in English. */
export function bootMessage(problem: BootProblem, detail = ''): string {
  if (i18n.locale) return i18n._(MESSAGES[problem].id, { detail });
  return ENGLISH[problem].replace('{detail}', detail);
}

export class BackendUnavailableError extends Error {
  readonly problem: BootProblem;
  constructor(problem: BootProblem) {
    super(ENGLISH[problem]);
    this.problem = problem;
  }
}
