import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Edges {
  left: boolean;
  right: boolean;
}

const NONE: Edges = { left: false, right: false };

/**
 * A box that scrolls sideways when its content is wider (a table on a phone). A shade on each edge that
 * hides more content says so, as cloud consoles do. While it scrolls, it is a named region in the tab
 * order, so keyboard users can scroll it with the arrow keys.
 */
export function ScrollX({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<Edges>(NONE);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const hidden = box.scrollWidth - box.clientWidth;
      const left = hidden > 1 && box.scrollLeft > 1;
      const right = hidden > 1 && box.scrollLeft < hidden - 1;
      setEdges((e) => (e.left === left && e.right === right ? e : { left, right }));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    // No first measure here: reading the widths now would force a layout before the first paint; the
    // observer reports once the table is laid out.
    box.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      box.removeEventListener('scroll', measure);
    };
  }, []);
  const overflows = edges.left || edges.right;
  return (
    <div className="scroll-x" data-more-left={edges.left || undefined} data-more-right={edges.right || undefined}>
      <div ref={ref} style={{ overflowX: 'auto' }} {...(overflows ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}>
        {children}
      </div>
    </div>
  );
}
