import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { operationsLink } from '../api/operations/operation-filters';

/** "Recent operations": the operation log filtered to one resource. */
export function RecentOperationsLink({ resourceType, resourceId, size = 'sm' }: { resourceType: string; resourceId: string; size?: 'sm' | 'xs' }) {
  const { t } = useLingui();
  return (
    <Button
      component={Link}
      to={operationsLink(resourceType, resourceId)}
      variant="subtle"
      size={size}
      leftSection={<IconHistory size={16} />}
      aria-label={t`Recent operations`}
      title={t`Recent operations`}
      className="label-from-lg"
    >
      <Trans>Recent operations</Trans>
    </Button>
  );
}
