import { Button, EmptyState } from '@mantine/core';
import { IconZoomQuestion } from '@tabler/icons-react';
import { Link } from 'react-router-dom';

export function NotFound({ what, backTo, backLabel }: { what: string; backTo: string; backLabel: string }) {
  return (
    <EmptyState
      py="xl"
      icon={<IconZoomQuestion size={28} />}
      withIndicatorBackground
      title={`${what} not found`}
      description="It may have been deleted, or it belongs to another project."
    >
      <EmptyState.Actions>
        <Button component={Link} to={backTo} variant="light">
          {backLabel}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
