import { useStore } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';

const FAR_ZOOM = 0.3;

/**
 * Zoomed far out, node text is unreadable and costs most of a frame to paint on a machine without a GPU:
 * one subscriber to the zoom puts a class on the shell, and CSS draws the nodes as plain boxes. No node re-renders.
 */
export function FarClass({ shell }: { shell: RefObject<HTMLDivElement | null> }) {
  const far = useStore((s) => s.transform[2] < FAR_ZOOM);
  useEffect(() => {
    shell.current?.classList.toggle('is-far', far);
  }, [far, shell]);
  return null;
}
