let loading: Promise<unknown> | null = null;

/**
 * Loads every Mantine style once (the first route carries only the shell's: src/app/styles). Dialogs,
 * notifications and the pages beyond the lists await it before they draw; the app also asks for it
 * when idle after the first render, so it is usually there already.
 */
export function loadAllStyles(): Promise<unknown> {
  loading ??= import('./all-styles-sheet').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
