import { Code, DataList, Group, Paper } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { markFirstPaint } from './after-first-paint';
import { CopyButton } from './copy-button';

export interface DetailItem {
  label: string;
  value: ReactNode;
}

export function DetailCard({ items }: { items: DetailItem[] }) {
  useEffect(markFirstPaint, []);
  return (
    <Paper withBorder radius="md" p="md" mb="lg">
      <DataList labelWidth={170} withDivider>
        {items.map((item) => (
          <DataList.Item key={item.label}>
            <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
            <DataList.ItemValue>{item.value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  );
}

/** An ID or address in a summary, with a button that copies it; `label` names the button. */
export function CopyableCode({ value, label }: { value: string; label: string }) {
  return (
    <Group gap={4}>
      <Code>{value}</Code>
      <CopyButton value={value} label={label} />
    </Group>
  );
}
