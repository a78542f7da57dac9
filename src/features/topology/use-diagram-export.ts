import { useLingui } from '@lingui/react/macro';
import { useReactFlow } from '@xyflow/react';
import { useState, type RefObject } from 'react';
import { notifyError } from '../../components/notify';
import { exportDiagram } from './export-image';

export type ExportKind = 'png' | 'svg';

/** Exports the diagram as an image: every node is rendered first (not only the visible ones), then captured. */
/** `subject`: what the file is named after (the VPC's or the HA group's name). */
export function useDiagramExport(shellRef: RefObject<HTMLDivElement | null>, subject: string) {
  const { t } = useLingui();
  const rf = useReactFlow();
  const [exporting, setExporting] = useState(false);

  const doExport = async (kind: ExportKind) => {
    setExporting(true);
    await new Promise((r) => setTimeout(r, 150));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    try {
      const el = shellRef.current?.querySelector<HTMLElement>('.react-flow__viewport');
      if (!el) throw new Error(t`The diagram is not on the page.`);
      const bounds = rf.getNodesBounds(rf.getNodes().filter((n) => !n.parentId));
      await exportDiagram(el, bounds, kind, `topology-${subject.replace(/[^A-Za-z0-9._-]+/g, '-')}`);
    } catch (err) {
      notifyError(t`Could not export the diagram`, err);
    } finally {
      setExporting(false);
    }
  };

  return { exporting, doExport };
}
