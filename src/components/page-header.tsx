import { useLingui } from '@lingui/react/macro';
import { Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router-dom';

export interface Crumb {
  label: string;
  to?: string;
}

interface PageHeaderProps {
  crumbs: Crumb[];
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** The part of the page shown (a detail page's tab): named in the browser tab after the resource. */
  section?: string;
}

/**
 * The page's heading, breadcrumbs and actions; it also names the browser tab: the last crumb (the
 * resource's name on a detail page, the list's name on a list page) first, then the section.
 */
export function PageHeader({ crumbs, title, description, actions, section }: PageHeaderProps) {
  const { t } = useLingui();
  const [name, parent] = crumbs.map((c) => c.label).reverse();
  const documentTitle = [name, section, parent, t`VIP Console`].filter(Boolean).join(' · ');
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <Stack gap="xs" mb="lg">
      <Breadcrumbs aria-label={t`Breadcrumbs`} separatorMargin={6}>
        {crumbs.map((c) =>
          c.to ? (
            <Anchor key={c.label} component={Link} to={c.to} size="sm">
              {c.label}
            </Anchor>
          ) : (
            <Text key={c.label} size="sm" c="dimmed" aria-current="page">
              {c.label}
            </Text>
          ),
        )}
      </Breadcrumbs>
      <div className="page-header-row">
        <Stack gap={2} miw={0}>
          <Title order={1} fz="h2">
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {actions && <div className="page-header-actions">{actions}</div>}
      </div>
    </Stack>
  );
}
