import type { Problem } from '../domain';
import { problemText } from './problem-text';

/** A domain rule's answer as a form error, in the console's language, or null when the value passes. */
export const problemMessage = (p: Problem | null): string | null => problemText(p);
