import type { Rect } from '@xyflow/react';

const MAX_SIDE = 4096;

/** Draws the diagram's viewport element into a PNG or SVG and downloads it. html-to-image loads on first use. */
export async function exportDiagram(viewportEl: HTMLElement, bounds: Rect, kind: 'png' | 'svg', fileName: string): Promise<void> {
  const { toPng, toSvg } = await import('html-to-image');
  const pad = 40;
  const scale = Math.min(1.5, MAX_SIDE / Math.max(bounds.width + 2 * pad, bounds.height + 2 * pad));
  const width = Math.round((bounds.width + 2 * pad) * scale);
  const height = Math.round((bounds.height + 2 * pad) * scale);
  const vp = { x: (pad - bounds.x) * scale, y: (pad - bounds.y) * scale, zoom: scale };
  const options = {
    backgroundColor: '#f8f9fa',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})` },
  };
  const url = kind === 'png' ? await toPng(viewportEl, options) : await toSvg(viewportEl, options);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${fileName}.${kind}`;
  document.body.appendChild(a);
  a.click();
  a.remove();
}
