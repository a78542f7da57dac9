import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';

export interface PagerProps {
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** e.g. "of 400" when the total is known. */
  total?: string;
}

export function Pager({ page, hasPrevious, hasNext, onPrevious, onNext, total }: PagerProps) {
  if (!hasPrevious && !hasNext) return null;
  return (
    <Group justify="flex-end" mt="sm" gap="xs" component="nav" aria-label="Pages">
      <Button variant="default" size="xs" leftSection={<IconChevronLeft size={14} />} disabled={!hasPrevious} onClick={onPrevious}>
        Previous
      </Button>
      <Text size="sm" c="dimmed" aria-live="polite">
        Page {page}
        {total ? ` ${total}` : ''}
      </Text>
      <Button variant="default" size="xs" rightSection={<IconChevronRight size={14} />} disabled={!hasNext} onClick={onNext}>
        Next
      </Button>
    </Group>
  );
}
