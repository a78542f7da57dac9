import type { Problem } from '../domain';

/** A domain rule's answer as a form error: its message, or null when the value passes. */
export const problemMessage = (p: Problem | null): string | null => p?.message ?? null;
