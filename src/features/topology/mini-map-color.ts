import type { Node } from '@xyflow/react';

export function miniMapColor(n: Node): string {
  switch (n.type) {
    case 'vpc':
      return 'var(--topo-minimap-vpc)';
    case 'subnet':
      return 'var(--topo-minimap-subnet)';
    case 'vip':
      return '#12b886';
    case 'eip':
      return '#be4bdb';
    case 'entry':
      return '#343a40';
    default:
      return '#adb5bd';
  }
}
