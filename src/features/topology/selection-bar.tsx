import { CloseButton, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FlowEdge, FlowNode } from './flow-elements';
import type { PickFrom } from './use-binding-requests';
import { WriteButton } from '../../components/write-button';

interface SelectionBarProps {
  node: FlowNode | null;
  edge: FlowEdge | null;
  editable: boolean;
  onPickVip: (from: PickFrom) => void;
  onEdge: (edgeId: string) => void;
  onClear: () => void;
}

export function SelectionBar({ node, edge, editable, onPickVip, onEdge, onClear }: SelectionBarProps) {
  if (!node && !edge) return null;
  let text = '';
  let action: ReactNode = null;
  if (edge) {
    text = edge.data?.kind === 'eip' ? `EIP ${edge.data.ip} binding` : `Binding of NIC ${edge.data?.ip ?? ''}`;
    if (editable) {
      action = (
        <WriteButton size="xs" color="red" variant="light" onClick={() => onEdge(edge.id)}>
          {edge.data?.kind === 'eip' ? 'Unbind EIP…' : 'Unbind…'}
        </WriteButton>
      );
    }
  } else if (node?.type === 'server') {
    text = `Server ${String(node.data.name)}`;
    if (editable) {
      action = (
        <WriteButton size="xs" onClick={() => onPickVip({ kind: 'server', serverId: String(node.data.serverId), name: String(node.data.name) })}>
          Bind to VIP…
        </WriteButton>
      );
    }
  } else if (node?.type === 'eip') {
    text = `EIP ${String(node.data.ip)}`;
    if (editable && !node.data.bound) {
      action = (
        <WriteButton size="xs" onClick={() => onPickVip({ kind: 'eip', eipNodeId: node.id, name: `EIP ${String(node.data.ip)}` })}>
          Bind to VIP…
        </WriteButton>
      );
    }
  } else if (node?.type === 'vip') {
    text = `Virtual IP ${String(node.data.ip)}: draw a NIC to it to bind, or select a server and use Bind to VIP…`;
  } else if (node?.type === 'subnet') {
    text = `Subnet ${String(node.data.name)}: its menu adds a server or a VIP here`;
  } else if (node) {
    text = String(node.data.label ?? node.id);
  }
  return (
    <Paper withBorder px="sm" py={6} radius="md" shadow="sm" role="region" aria-label="Selection">
      <Group gap="sm" wrap="nowrap">
        <Text size="sm">{text}</Text>
        {action}
        <CloseButton size="sm" aria-label="Clear the selection" onClick={onClear} />
      </Group>
    </Paper>
  );
}
