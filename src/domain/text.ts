/**
 * A sentence the console shows, named by a stable key with its values. The domain words it in English
 * (for the API's messages, logs and tests); the screens map the key to a translated message and fill in
 * the same values, so a form can speak the console's language while the backend answers in English.
 * A value may itself be a sentence: an undo step names the step it reverses.
 */
export interface Wording<K extends string = string> {
  key: K;
  values: WordingValues;
}

export type WordingValue = string | number | Wording;

/** A wording without nested sentences, as it travels on the wire (an HA group's saved apply plan). */
export interface FlatWording {
  key: string;
  values: Readonly<Record<string, string | number>>;
}
export type WordingValues = Readonly<Record<string, WordingValue>>;

/** English templates by key; each takes its values, with any nested sentence already in words. */
export type Templates = Record<string, (values: never) => string>;

/** The values a template takes (an empty record for a template without values). */
export type ValuesOf<T extends Templates, K extends keyof T> = Parameters<T[K]> extends [infer V, ...unknown[]] ? V : Record<string, never>;

/** A template's values where any text may also be a nested sentence. */
type Nestable<V> = { [P in keyof V]: V[P] extends string ? V[P] | Wording : V[P] };

/** The arguments after the key: the values, or none for a template without values. */
export type ArgsOf<T extends Templates, K extends keyof T> = Parameters<T[K]> extends [infer V, ...unknown[]] ? [Nestable<V>] : [];

/** The wording helpers of one table of templates: build a sentence by key, and word it in English. */
export function wordings<T extends Templates>(templates: T) {
  const english = (w: Wording): string => {
    const template = templates[w.key] as ((values: Record<string, string | number>) => string) | undefined;
    if (!template) return '';
    const flat = Object.fromEntries(Object.entries(w.values).map(([k, v]) => [k, typeof v === 'object' ? english(v) : v]));
    return template(flat);
  };
  const word = <K extends keyof T & string>(key: K, ...values: ArgsOf<T, K>): Wording<K> => ({
    key,
    values: (values[0] ?? {}) as WordingValues,
  });
  return { english, word };
}
