import { t } from '@lingui/core/macro';
import { create } from 'zustand';

interface WorkState {
  /** What runs now (a workflow's title), one entry per run. */
  running: string[];
}

const useWork = create<WorkState>(() => ({ running: [] }));

/**
 * Says a multi-step change runs in the current project until the returned function is called. Its later
 * requests name the project (and are signed as the user) current when they are sent, so switching project
 * or user meanwhile would send them elsewhere: switching waits until it ends.
 */
export function holdProject(label: string): () => void {
  useWork.setState((s) => ({ running: [...s.running, label] }));
  let released = false;
  return () => {
    if (released) return;
    released = true;
    useWork.setState((s) => {
      const i = s.running.indexOf(label);
      return { running: i < 0 ? s.running : [...s.running.slice(0, i), ...s.running.slice(i + 1)] };
    });
  };
}

const reasonOf = (running: readonly string[]) => {
  const first = running[0];
  return running.length ? t`${first} is still running in this project: switch project or user once it has finished.` : null;
};

/** Why the project or the acting user cannot change now, or null. */
export const switchBlock = (): string | null => reasonOf(useWork.getState().running);

export const useSwitchBlock = (): string | null => useWork((s) => reasonOf(s.running));
