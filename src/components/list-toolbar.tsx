import { useLingui } from '@lingui/react/macro';
import { ActionIcon, CloseButton, TextInput } from '@mantine/core';
import { IconRefresh, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Hint } from './hint';

interface ListToolbarProps {
  search?: string;
  onSearch?: (value: string) => void;
  searchLabel?: string;
  onRefresh: () => void;
  refreshing?: boolean;
  /** Filters shown after the search box. */
  children?: ReactNode;
  /** Primary actions, on the right. */
  actions?: ReactNode;
}

/**
 * Search and filters on the left, Refresh and the list's actions on the right: one row from 1024 px on
 * (the search box and the filters give up width first), wrapped below.
 */
export function ListToolbar({ search, onSearch, searchLabel, onRefresh, refreshing, children, actions }: ListToolbarProps) {
  const { t } = useLingui();
  return (
    <div className="list-toolbar">
      <div className="list-toolbar-filters">
        {onSearch && (
          <TextInput
            aria-label={searchLabel}
            placeholder={searchLabel}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => onSearch(e.currentTarget.value)}
            rightSection={search ? <CloseButton size="sm" aria-label={t`Clear search`} onClick={() => onSearch('')} /> : null}
            w={280}
          />
        )}
        {children}
      </div>
      <div className="list-toolbar-actions">
        <Hint label={t`Refresh`} withArrow>
          <ActionIcon variant="default" size="lg" onClick={onRefresh} loading={refreshing} aria-label={t`Refresh`}>
            <IconRefresh size={18} />
          </ActionIcon>
        </Hint>
        {actions}
      </div>
    </div>
  );
}
