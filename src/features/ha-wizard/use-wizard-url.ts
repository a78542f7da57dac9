import { useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseWizard, wizardParams, type StepKey, type WizardState } from './wizard-state';

/** A change of the wizard's state: the fields to set, or a function of the latest state that returns them. */
export type WizardPatch = Partial<WizardState> | ((current: WizardState) => Partial<WizardState>);

/**
 * The wizard's state lives in the URL. A URL change lands a little after it is asked for (the router
 * navigates in a transition), so two quick changes (a role chosen, then a port typed at once) would each
 * start from the URL as it was and the second would undo the first. `set` therefore builds on the latest
 * state it asked for while the URL is still on that chain of its own writes; a URL changed from outside
 * (Back, a link) starts a new chain.
 */
export function useWizardUrl() {
  const [params, setParams] = useSearchParams();
  const chain = useRef<{ seen: Set<string>; last: URLSearchParams } | null>(null);

  const latest = (): URLSearchParams => {
    const now = params.toString();
    const c = chain.current;
    if (c && c.seen.has(now) && c.last.toString() !== now) return c.last;
    chain.current = { seen: new Set([now]), last: params };
    return params;
  };

  const write = (patch: WizardPatch, replace: boolean) => {
    const current = parseWizard(latest());
    const next = wizardParams({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
    chain.current!.seen.add(next.toString());
    chain.current!.last = next;
    setParams(next, { replace });
  };

  return {
    state: parseWizard(params),
    set: (patch: WizardPatch) => write(patch, true),
    go: (step: StepKey) => write({ step }, false),
  };
}
