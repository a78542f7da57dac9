import { useMemo, type Ref, type RefCallback } from 'react';

/**
 * Stands in for floating-ui's `useMergeRefs` in Mantine's ScrollArea (see vite.config.ts): every list
 * page draws a Mantine Table, whose ScrollContainer imports ScrollArea, whose one use of floating-ui
 * would otherwise put all of floating-ui (~15 KB gzipped) on the first route. Same contract: one callback
 * ref that sets every given ref, or null when none is given.
 */
export function useMergeRefs<T>(refs: ReadonlyArray<Ref<T> | undefined>): RefCallback<T> | null {
  return useMemo(
    () => {
      if (refs.every((r) => r == null)) return null;
      return (value: T | null) => {
        for (const ref of refs) {
          if (typeof ref === 'function') ref(value);
          else if (ref) (ref as { current: T | null }).current = value;
        }
      };
    },
    // The refs themselves are the dependencies.
    refs,
  );
}
