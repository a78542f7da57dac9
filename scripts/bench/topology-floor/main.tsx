// The floor of the topology bench: a bare React Flow page (default nodes, no custom code) with the same
// nodes, sizes, parents and edges as the console's view, culling on, in a canvas of the same size.
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(location.search);
const width = Number(params.get('w') ?? 1100);
const height = Number(params.get('h') ?? 600);

async function main() {
  const { nodes, edges } = (await fetch('./graph.json').then((r) => r.json())) as { nodes: Node[]; edges: Edge[] };
  createRoot(document.getElementById('root')!).render(
    <div style={{ width, height }} data-testid="floor">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onlyRenderVisibleElements
        fitView
        fitViewOptions={{ maxZoom: 1.1, padding: { top: '76px', left: '24px', bottom: '24px', right: '24px' } }}
        minZoom={0.05}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
      />
    </div>,
  );
}
void main();
