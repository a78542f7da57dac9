import { t } from '@lingui/core/macro';
import { z } from 'zod';
import type { NumberRule, Problem } from '../domain';
import { numberText, problemText } from './problem-text';

type Check = (text: string) => Problem | null;

const withCheck = (check: Check) =>
  z
    .string()
    .trim()
    .superRefine((text, ctx) => {
      const problem = check(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problemText(problem) ?? problem.message });
    });

/** A text field judged by a domain rule (the backend's rule, in the console's language), trimmed. */
export const checkedText = (check: Check) => withCheck(check);

/** Like `checkedText`, but may stay empty: then it is `undefined`. */
export const optionalCheckedText = (check: Check) => withCheck((text) => (text ? check(text) : null)).transform((text) => text || undefined);

/** Free text up to `max` characters, trimmed; empty is `undefined`. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    // Worded when a value is judged, in the language of that moment (schemas may be built once, at import).
    .max(max, { error: () => t`Use at most ${max} characters.` })
    .transform((text) => text || undefined);

/** A Select's or a radio group's value: `message` until one is chosen. */
export const chosen = (message: string) => z.string({ error: message }).min(1, message);

/** A number input (a number, or its text while typed) judged by a domain rule; the output is the number. */
export const wholeNumberField = (rule: NumberRule) =>
  z.union([z.number(), z.string()]).superRefine((value, ctx) => {
    const message = numberText(rule, value);
    if (message) ctx.addIssue({ code: 'custom', message });
  }).transform(Number);
