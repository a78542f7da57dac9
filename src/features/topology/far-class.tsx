import { useStore, type ReactFlowState } from '@xyflow/react';
import { createContext, useContext } from 'react';

const FAR_ZOOM = 0.3;
const isFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;

/**
 * Zoomed far out, node text is unreadable and costs most of a frame to paint on a machine without a GPU, and
 * most of the first draw of a large VPC (which opens fitted, far out). One subscriber to the zoom (the canvas)
 * says whether the view is far: CSS draws the nodes as plain boxes, and server nodes render only their box and
 * handles. Nodes re-render only when the zoom crosses the line, never while panning.
 */
export const useFarZoom = () => useStore(isFar);

export const FarContext = createContext(false);
export const useFar = () => useContext(FarContext);
