import type { Node } from '@xyflow/react';

export function miniMapColor(n: Node): string {
  switch (n.type) {
    case 'vpc':
      return 'rgba(116, 192, 252, 0.25)';
    case 'subnet':
      return 'rgba(255, 255, 255, 0.9)';
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
