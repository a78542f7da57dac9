import { Trans, useLingui } from '@lingui/react/macro';
import { CloseButton, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FlowEdge, FlowNode } from './flow-elements';
import type { EntryKind } from './model';
import { ENTRY_TEXT } from './texts';
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
  const { t } = useLingui();
  if (!node && !edge) return null;
  let text = '';
  let action: ReactNode = null;
  if (edge) {
    const ip = edge.data?.ip ?? '';
    text = edge.data?.kind === 'eip' ? t`EIP ${ip} binding` : t`Binding of NIC ${ip}`;
    if (editable) {
      action = (
        <WriteButton size="xs" color="red" variant="light" onClick={() => onEdge(edge.id)}>
          {edge.data?.kind === 'eip' ? t`Unbind EIP…` : t`Unbind…`}
        </WriteButton>
      );
    }
  } else if (node?.type === 'server') {
    const name = String(node.data.name);
    text = t`Server ${name}`;
    if (editable) {
      action = (
        <WriteButton size="xs" onClick={() => onPickVip({ kind: 'server', serverId: String(node.data.serverId), name })}>
          <Trans>Bind to VIP…</Trans>
        </WriteButton>
      );
    }
  } else if (node?.type === 'eip') {
    const ip = String(node.data.ip);
    text = t`EIP ${ip}`;
    if (editable && !node.data.bound) {
      action = (
        <WriteButton size="xs" onClick={() => onPickVip({ kind: 'eip', eipNodeId: node.id, name: t`EIP ${ip}` })}>
          <Trans>Bind to VIP…</Trans>
        </WriteButton>
      );
    }
  } else if (node?.type === 'vip') {
    const ip = String(node.data.ip);
    text = t`Virtual IP ${ip}: draw a NIC to it to bind, or select a server and use Bind to VIP…`;
  } else if (node?.type === 'subnet') {
    const name = String(node.data.name);
    text = t`Subnet ${name}: its menu adds a server or a VIP here`;
  } else if (node?.type === 'entry') {
    text = t(ENTRY_TEXT[node.data.kind as EntryKind].label);
  } else if (node) {
    text = node.id;
  }
  return (
    <Paper withBorder px="sm" py={6} radius="md" shadow="sm" role="region" aria-label={t`Selection`}>
      <Group gap="sm" wrap="nowrap">
        <Text size="sm">{text}</Text>
        {action}
        <CloseButton size="sm" aria-label={t`Clear the selection`} onClick={onClear} />
      </Group>
    </Paper>
  );
}
