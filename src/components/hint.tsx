import type { TooltipProps } from '@mantine/core';
import { useEffect, useState, type ComponentType } from 'react';
import { afterFirstPaint } from './after-first-paint';

type Tooltip = ComponentType<TooltipProps>;

let loaded: Tooltip | null = null;
let loading: Promise<Tooltip> | null = null;

function loadTooltip(): Promise<Tooltip> {
  loading ??= import('./hint-tooltip').then((m) => (loaded = m.Tooltip as Tooltip));
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
    let live = true;
    afterFirstPaint(() => void loadTooltip().then((t) => live && setTooltip(() => t)));
    return () => {
      live = false;
    };
  }, [Tooltip]);
  return Tooltip ? <Tooltip {...props} /> : props.children;
}
