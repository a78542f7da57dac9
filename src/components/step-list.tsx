import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { List, Loader, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconMinus, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { StepStatus } from '../workflows/runner';

export interface StepItem {
  id: string;
  label: string;
  status: StepStatus;
  error?: string;
  /** Found done before this run: shown as "already done". */
  already?: boolean;
  /** Why it is skipped, or any other word on it, shown under its label. */
  note?: string;
}

const ICONS: Record<StepStatus, { color: string; icon: ReactNode; text: MessageDescriptor }> = {
  pending: { color: 'gray', icon: <IconCircleDashed size={14} />, text: msg({ context: 'step', message: 'pending' }) },
  running: { color: 'blue', icon: <Loader size={12} color="white" />, text: msg({ context: 'step', message: 'running' }) },
  done: { color: 'teal', icon: <IconCheck size={14} />, text: msg({ context: 'step', message: 'done' }) },
  failed: { color: 'red', icon: <IconX size={14} />, text: msg({ context: 'step', message: 'failed' }) },
  skipped: { color: 'gray', icon: <IconMinus size={14} />, text: msg({ context: 'step', message: 'skipped' }) },
};

/** Each step of a multi-call action with its state; a failed step shows the backend's message. */
export function StepList({ steps, label }: { steps: StepItem[]; label?: string }) {
  const { t } = useLingui();
  return (
    <List spacing="xs" size="sm" center aria-label={label ?? t`Steps`} aria-live="polite">
      {steps.map((s) => {
        const look = ICONS[s.status];
        return (
          <List.Item
            key={s.id}
            icon={
              <ThemeIcon color={look.color} size={20} radius="xl" aria-hidden>
                {look.icon}
              </ThemeIcon>
            }
          >
            <Text size="sm">
              {s.label}{' '}
              <Text span c="dimmed" size="xs">
                — {s.status === 'done' && s.already ? t({ context: 'step', message: 'already done' }) : t(look.text)}
              </Text>
            </Text>
            {s.note && (
              <Text size="xs" c="dimmed">
                {s.note}
              </Text>
            )}
            {s.error && (
              <Text size="xs" c="red" role="alert">
                {s.error}
              </Text>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}
