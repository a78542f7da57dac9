import type { TooltipProps } from '@mantine/core';
import { useEffect, useState, type ComponentType } from 'react';
import { afterFirstPaint } from './after-first-paint';

type Tooltip = ComponentType<TooltipProps>;

let loaded: Tooltip | null = null;
let loading: Promise<Tooltip> | null = null;
const waiting = new Set<(t: Tooltip) => void>();

function loadTooltip(): Promise<Tooltip> {
  loading ??= import('./hint-tooltip').then((m) => {
    loaded = m.Tooltip as Tooltip;
    for (const notify of waiting) notify(loaded);
    waiting.clear();
    return loaded;
  });
  return loading;
}


/**
 * Mantine's Tooltip, the console's one way to show a hint on hover. Its positioning code (floating-ui,
 * ~15 KB gzipped) is not on the first route: it loads right after the first page has drawn its data
 * (afterFirstPaint), and until then the target is drawn without its hint. (Swapping it in re-creates
 * the target's element once, before the user normally reaches it.)
 */
export function Hint(props: TooltipProps) {
  const [Tooltip, setTooltip] = useState<Tooltip | null>(() => loaded);
  useEffect(() => {
    if (Tooltip) return;
    const show = (t: Tooltip) => setTooltip(() => t);
    waiting.add(show);
    afterFirstPaint(() => void loadTooltip());
    return () => {
      waiting.delete(show);
    };
  }, [Tooltip]);
  return Tooltip ? <Tooltip {...props} /> : props.children;
}
