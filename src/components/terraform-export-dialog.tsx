import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Code, CopyButton, Group, Loader, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconFileZip } from '@tabler/icons-react';
import { strToU8, zipSync } from 'fflate';
import { useTerraformExport, type TerraformTarget } from '../api/terraform/use-terraform-export';
import { download } from './download';
import { InlineError } from './inline-error';

export interface TerraformExportDialogProps {
  target: TerraformTarget | null;
  onClose: () => void;
}

function ExportBody({ target }: { target: TerraformTarget }) {
  const { t } = useLingui();
  const query = useTerraformExport(target);
  if (query.error) return <InlineError error={query.error} />;
  const result = query.data;
  if (!result)
    return (
      <Group gap="xs">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          <Trans>Loading the resources…</Trans>
        </Text>
      </Group>
    );
  const zip = () => {
    const entries = Object.fromEntries(result.files.map((f) => [`${result.stem}/${f.name}`, strToU8(f.content)]));
    download(`${result.stem}.zip`, zipSync(entries) as Uint8Array<ArrayBuffer>, 'application/zip');
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        <Trans>
          HCL for the huaweicloud provider. Fill in the variables (region, image, flavor, password) before <Code>terraform apply</Code>.
        </Trans>
      </Text>
      <ScrollArea.Autosize mah="60vh" type="auto" viewportProps={{ tabIndex: 0, 'aria-label': t`Terraform configuration` }}>
        <Code block fz="xs">
          {result.single}
        </Code>
      </ScrollArea.Autosize>
      <Group justify="flex-end" gap="xs">
        <CopyButton value={result.single} timeout={1500}>
          {({ copied, copy }) => (
            <Button variant="default" leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
              {copied ? t`Copied` : t`Copy`}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => download(`${result.stem}.tf`, result.single, 'text/plain')}>
          <Trans>Download .tf</Trans>
        </Button>
        <Button leftSection={<IconFileZip size={16} />} onClick={zip}>
          <Trans>Download .zip</Trans>
        </Button>
      </Group>
    </Stack>
  );
}

/** The HCL of a VPC, an HA group or a diagram's selection, to copy or download as one `.tf` or a zip of files. */
export function TerraformExportDialog({ target, onClose }: TerraformExportDialogProps) {
  const { t } = useLingui();
  return (
    <Modal opened={target !== null} onClose={onClose} title={t`Export as Terraform`} size="xl">
      {target && <ExportBody target={target} />}
    </Modal>
  );
}
