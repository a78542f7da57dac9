import { useLingui } from '@lingui/react/macro';
import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../api/client';
import { planBulk, type BulkJob } from './bulk-action';
import { formatNumber } from './format';
import { StepList, type StepItem } from './step-list';

interface Props<T> {
  job: BulkJob<T> | null;
  onClose: () => void;
  /** After the last row was tried (the list refreshes, the selection clears). */
  onFinished: () => void;
}

type Phase = 'confirm' | 'running' | 'done';

const notice = (node: ReactNode) => (typeof node === 'string' ? <Text size="sm">{node}</Text> : node);

/**
 * Confirms a bulk action with every selected row named (a blocked one with its reason, skipped), then
 * acts on one row after another with visible progress, and ends with each row's outcome.
 */
export function BulkDialog<T>({ job, onClose, onFinished }: Props<T>) {
  const { t } = useLingui();
  const [items, setItems] = useState<StepItem[]>(() => (job ? planBulk(job) : []));
  const [phase, setPhase] = useState<Phase>('confirm');
  if (!job) return null;
  const { action, rows, rowKey } = job;
  const skipped = new Set(items.filter((i) => i.status === 'skipped').map((i) => i.id));
  const toGo = rows.filter((r) => !skipped.has(rowKey(r)));
  const count = (status: StepItem['status']) => items.filter((i) => i.status === status).length;
  const tried = count('done') + count('failed');
  const set = (id: string, change: Partial<StepItem>) => setItems((list) => list.map((i) => (i.id === id ? { ...i, ...change } : i)));

  const start = async () => {
    setPhase('running');
    for (const row of toGo) {
      const id = rowKey(row);
      set(id, { status: 'running' });
      try {
        await action.run(row);
        set(id, { status: 'done' });
      } catch (err) {
        set(id, { status: 'failed', error: errorMessage(err) });
      }
    }
    setPhase('done');
    onFinished();
  };
  const close = () => phase !== 'running' && onClose();
  const label = action.label;
  const going = formatNumber(toGo.length);
  const selected = formatNumber(rows.length);
  const triedCount = formatNumber(tried);
  const done = formatNumber(count('done'));
  const refused = formatNumber(count('failed'));
  const skippedCount = formatNumber(count('skipped'));

  return (
    <Modal opened onClose={close} title={action.title} centered>
      <Stack>
        {phase === 'confirm' && (
          <Text size="sm">
            {toGo.length === 0
              ? t`None of the selected can go now; each says why below.`
              : t`${label}: ${going} of the ${selected} selected, one after another.`}
          </Text>
        )}
        {phase === 'confirm' && toGo.length > 0 && notice(action.notice?.(toGo))}
        {phase !== 'confirm' && (
          <Stack gap={4}>
            <Progress value={toGo.length ? (tried / toGo.length) * 100 : 100} aria-label={t`Progress`} animated={phase === 'running'} />
            <Text size="sm" aria-live="polite">
              {phase === 'running'
                ? t`${triedCount} of ${going} tried…`
                : t`Finished: ${done} done, ${refused} refused, ${skippedCount} skipped.`}
            </Text>
          </Stack>
        )}
        <StepList steps={items} label={phase === 'confirm' ? t`Selected` : t`Results`} />
        <Group justify="flex-end">
          {phase === 'confirm' ? (
            <>
              <Button variant="default" onClick={close}>
                {t`Cancel`}
              </Button>
              <Button color="red" onClick={() => void start()} disabled={toGo.length === 0}>
                {t`${label} ${going}`}
              </Button>
            </>
          ) : (
            <Button onClick={close} disabled={phase === 'running'}>
              {phase === 'running' ? t`Working…` : t`Close`}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
