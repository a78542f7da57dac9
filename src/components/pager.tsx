import { useLingui } from '@lingui/react/macro';
import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { formatNumber } from './format';

export interface PagerProps {
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** How many pages there are, when known: "Page 2 of 3". */
  pages?: number;
  /** What the pages hold, in words, when known: "Page 2 of 3 (41 servers)" (needs `pages`). */
  count?: string;
  /** Words after "Page 2" when `pages` is not given (e.g. "of 3"). Prefer `pages`. */
  total?: string;
}

function PageOf({ page, pages, count, total }: Pick<PagerProps, 'page' | 'pages' | 'count' | 'total'>) {
  const { t } = useLingui();
  const current = formatNumber(page);
  if (pages === undefined) return total ? `${t`Page ${current}`} ${total}` : t`Page ${current}`;
  const last = formatNumber(pages);
  return count ? t`Page ${current} of ${last} (${count})` : t`Page ${current} of ${last}`;
}

export function Pager({ page, hasPrevious, hasNext, onPrevious, onNext, pages, count, total }: PagerProps) {
  const { t } = useLingui();
  if (!hasPrevious && !hasNext) return null;
  return (
    <Group justify="flex-end" mt="sm" gap="xs" component="nav" aria-label={t`Pages`}>
      <Button variant="default" size="xs" leftSection={<IconChevronLeft size={14} />} disabled={!hasPrevious} onClick={onPrevious}>
        {t({ context: 'pager', message: 'Previous' })}
      </Button>
      <Text size="sm" c="dimmed" aria-live="polite">
        <PageOf page={page} pages={pages} count={count} total={total} />
      </Text>
      <Button variant="default" size="xs" rightSection={<IconChevronRight size={14} />} disabled={!hasNext} onClick={onNext}>
        {t({ context: 'pager', message: 'Next' })}
      </Button>
    </Group>
  );
}
