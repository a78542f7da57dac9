import { schemaResolver, useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';

/** A form's state before it is judged: @mantine/form's values and touched fields, plus submitted and the refusal. */
export interface FormState<Values extends Record<string, unknown>> {
  form: UseFormReturnType<Values>;
  submitted: boolean;
  setSubmitted: (submitted: boolean) => void;
  refusal: unknown;
  setRefusal: (refusal: unknown) => void;
  initialValues: Values;
}

export interface SchemaForm<Values extends Record<string, unknown>, Out> {
  /** The Mantine form, whose `getInputProps(path)` also gives the field its shown problem. */
  form: UseFormReturnType<Values>;
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
  /** Back to the initial values (as given on the latest render), nothing touched, no refusal. */
  reset: () => void;
}

/** The state of a form whose schema needs data read with its own values (the chosen VPC's subnets): judge it with `judgeForm`. */
export function useFormState<Values extends Record<string, unknown>>(initialValues: Values): FormState<Values> {
  const [submitted, setSubmitted] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);
  const form = useForm<Values>({ initialValues });
  return { form, submitted, setSubmitted, refusal, setRefusal, initialValues };
}

/**
 * A form state judged by a zod schema (a Standard Schema, through @mantine/form's `schemaResolver`).
 * The problems are the schema's answer for the current values on every render, so a field that depends
 * on another one, or on data still loading, is judged again as they change. A field shows its problem
 * once it was changed (not merely focused); every field shows it after a submit.
 */
export function judgeForm<Values extends Record<string, unknown>, Out>(state: FormState<Values>, schema: z.ZodType<Out, Values>): SchemaForm<Values, Out> {
  const { form, submitted, setSubmitted, setRefusal } = state;
  const problems = schemaResolver(schema, { sync: true })(form.values);
  const error = (path: string) => ((submitted || form.isTouched(path)) && problems[path]) || null;
  const getInputProps: typeof form.getInputProps = (path, options) => ({ ...form.getInputProps(path, { ...options, withFocus: false }), error: error(path) });
  const onSubmit: SchemaForm<Values, Out>['onSubmit'] = (action, onDone) => (event) => {
    event?.preventDefault();
    setSubmitted(true);
    const parsed = schema.safeParse(form.getValues());
    if (!parsed.success || form.submitting) return;
    setRefusal(null);
    form.setSubmitting(true);
    Promise.resolve()
      .then(() => action(parsed.data))
      .then(
        () => onDone?.(),
        (err: unknown) => setRefusal(err),
      )
      .finally(() => form.setSubmitting(false));
  };
  const reset = () => {
    form.setInitialValues(state.initialValues);
    form.reset();
    setSubmitted(false);
    setRefusal(null);
  };
  return {
    form: { ...form, getInputProps },
    problems,
    valid: Object.keys(problems).length === 0,
    error,
    refusal: state.refusal,
    submitting: form.submitting,
    onSubmit,
    reset,
  };
}

/** `useFormState` judged by a schema that needs nothing read with the form's values. */
export function useSchemaForm<Values extends Record<string, unknown>, Out>(schema: z.ZodType<Out, Values>, initialValues: Values): SchemaForm<Values, Out> {
  return judgeForm(useFormState(initialValues), schema);
}
