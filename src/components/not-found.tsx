import { useLingui } from '@lingui/react/macro';
import { Button, EmptyState } from '@mantine/core';
import { IconZoomQuestion } from '@tabler/icons-react';
import type { ComponentProps } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from './page-header';

interface NotFoundProps {
  what: string;
  backTo: string;
  backLabel: string;
  title?: string;
  description?: string;
}

export function NotFound({ what, backTo, backLabel, title, description }: NotFoundProps) {
  const { t } = useLingui();
  return (
    <EmptyState
      py="xl"
      icon={<IconZoomQuestion size={28} />}
      withIndicatorBackground
      title={title ?? t`${what} not found`}
      description={description ?? t`It may have been deleted, or it belongs to another project.`}
    >
      <EmptyState.Actions>
        <Button component={Link} to={backTo} variant="light">
          {backLabel}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

/** A detail page whose object is gone: the page's breadcrumbs, then the way back. */
export function NotFoundPage({ crumbs, ...props }: NotFoundProps & { crumbs: ComponentProps<typeof PageHeader>['crumbs'] }) {
  const { t } = useLingui();
  const what = props.what;
  return (
    <>
      <PageHeader crumbs={crumbs} title={t`${what} not found`} />
      <NotFound {...props} />
    </>
  );
}
