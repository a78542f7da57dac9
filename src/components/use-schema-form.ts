import { schemaResolver, useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';

export interface SchemaForm<Values extends Record<string, unknown>, Out> {
  /** The Mantine form: `getInputProps(path)` gives a field its value, onChange and shown error. */
  form: UseFormReturnType<Values, Out>;
  /** Every problem the schema finds in the current values, by path, shown or not. */
  problems: FormErrors;
  valid: boolean;
  /** The problem of `path` once the field was changed or the form submitted; null before. */
  error: (path: string) => ReactNode | null;
  /** The backend's refusal of the last submit; the values stay as they were. */
  refusal: unknown;
  submitting: boolean;
  /**
   * A form's onSubmit: shows every problem, or calls `action` with the schema's output (trimmed, parsed);
   * `onDone` runs when it resolves, a rejection becomes `refusal`.
   */
  onSubmit: (action: (values: Out) => Promise<unknown> | void, onDone?: () => void) => (event?: React.FormEvent<HTMLFormElement>) => void;
  /** Back to `initialValues` (as given on the latest render), nothing touched, no refusal. */
  reset: () => void;
}

/**
 * @mantine/form driven by a zod schema (a Standard Schema, through Mantine's `schemaResolver`). The
 * problems are the schema's answer for the current values, so a field that depends on another one or on
 * data still loading is judged again on every change; a field shows its problem once it was changed
 * (not merely focused), and every field shows it after a submit.
 */
export function useSchemaForm<Values extends Record<string, unknown>, Out>(schema: z.ZodType<Out, Values>, initialValues: Values): SchemaForm<Values, Out> {
  const [submitted, setSubmitted] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);
  const resolve = schemaResolver(schema, { sync: true });
  const form: UseFormReturnType<Values, Out> = useForm<Values, Out>({
    initialValues,
    validate: resolve,
    transformValues: (values: Values) => schema.parse(values),
    enhanceGetInputProps: ({ field }) => ({ error: error(field), onFocus: undefined }),
  });
  const problems: FormErrors = resolve(form.values);
  const error = (path: string): ReactNode | null => ((submitted || form.isTouched(path)) && problems[path]) || null;
  const onSubmit: SchemaForm<Values, Out>['onSubmit'] = (action, onDone) =>
    form.onSubmit(
      async (values) => {
        setSubmitted(true);
        setRefusal(null);
        try {
          await action(values);
        } catch (err) {
          setRefusal(err);
          return;
        }
        onDone?.();
      },
      () => setSubmitted(true),
    );
  const reset = () => {
    form.setInitialValues(initialValues);
    form.reset();
    setSubmitted(false);
    setRefusal(null);
  };
  return { form, problems, valid: Object.keys(problems).length === 0, error, refusal, submitting: form.submitting, onSubmit, reset };
}
