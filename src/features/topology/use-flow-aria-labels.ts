import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';

const DIRECTIONS: Record<string, MessageDescriptor> = { up: msg`up`, down: msg`down`, left: msg`left`, right: msg`right` };

/** React Flow's own words (its controls, keyboard help and announcements) in the console's language. */
export function useFlowAriaLabels(): Partial<AriaLabelConfig> {
  const { t } = useLingui();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t`Press Enter or Space to select a node. Press Escape to cancel.`,
      'node.a11yDescription.keyboardDisabled': t`Press Enter or Space to select a node, then move it with the arrow keys. Press Escape to cancel.`,
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => {
        const towards = DIRECTIONS[direction] ? t(DIRECTIONS[direction]) : direction;
        return t`Moved the selected node ${towards}. New position: x ${x}, y ${y}`;
      },
      'edge.a11yDescription.default': t`Press Enter or Space to select an edge, then Delete to unbind it or Escape to cancel.`,
      'controls.ariaLabel': t`Diagram controls`,
      'controls.zoomIn.ariaLabel': t`Zoom in`,
      'controls.zoomOut.ariaLabel': t`Zoom out`,
      'controls.fitView.ariaLabel': t`Zoom to fit`,
      'controls.interactive.ariaLabel': t`Toggle interactivity`,
      'minimap.ariaLabel': t`Minimap`,
      'handle.ariaLabel': t`Handle`,
    }),
    [t],
  );
}
