import { Trans } from '@lingui/react/macro';
import { Button, type ButtonProps } from '@mantine/core';
import { IconFileCode } from '@tabler/icons-react';
import { useState } from 'react';
import type { TerraformTarget } from '../api/terraform/use-terraform-export';
import { lazyDialog } from './lazy-dialog';
import type { TerraformExportDialogProps } from './terraform-export-dialog';

export const TerraformExportDialog = lazyDialog<TerraformExportDialogProps>(
  async () => (await import('./terraform-export-dialog')).TerraformExportDialog,
  (p) => p.target !== null,
);

/** "Export as Terraform": opens the export dialog (its code loads on first use) for `target`, read when clicked. */
export function TerraformExportButton({ target, ...props }: { target: () => TerraformTarget | null } & ButtonProps) {
  const [open, setOpen] = useState<TerraformTarget | null>(null);
  return (
    <>
      <Button variant="default" leftSection={<IconFileCode size={16} />} {...props} onClick={() => setOpen(target())} disabled={props.disabled}>
        <Trans>Export as Terraform</Trans>
      </Button>
      <TerraformExportDialog target={open} onClose={() => setOpen(null)} />
    </>
  );
}
