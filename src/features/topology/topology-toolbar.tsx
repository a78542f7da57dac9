import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, Menu, Paper } from '@mantine/core';
import { IconDownload, IconFocusCentered, IconLayoutDistributeHorizontal, IconPlus, IconTimeline } from '@tabler/icons-react';
import type { ExportKind } from './use-diagram-export';
import type { SetupMode } from './view-props';
import { WaysInMenu } from './ways-in-menu';
import { Hint } from '../../components/hint';
import { WriteButton } from '../../components/write-button';

interface TopologyToolbarProps {
  onRelayout: () => void;
  onFitView: () => void;
  exporting: boolean;
  onExport: (kind: ExportKind) => void;
  /** Export the selection (or, with none, the whole view) as Terraform. */
  onTerraform: () => void;
  /** Absent when the view cannot start a setup (read-only, or no wizard to go to). */
  onNewSetup?: (mode: SetupMode) => void;
  simOpen: boolean;
  onToggleSim: () => void;
}

export function TopologyToolbar({ onRelayout, onFitView, exporting, onExport, onTerraform, onNewSetup, simOpen, onToggleSim }: TopologyToolbarProps) {
  const { t } = useLingui();
  return (
    <Paper withBorder p={6} radius="md" shadow="xs" className="topo-toolbar">
      <Group gap={6} wrap="nowrap">
        <Hint label={t`Place every node again (forgets dragged positions)`}>
          <Button size="xs" variant="default" className="topo-icon-only" aria-label={t`Re-layout`} leftSection={<IconLayoutDistributeHorizontal size={14} />} onClick={onRelayout}>
            <Trans>Re-layout</Trans>
          </Button>
        </Hint>
        <Button size="xs" variant="default" className="topo-icon-only" aria-label={t`Fit view`} title={t`Fit view`} leftSection={<IconFocusCentered size={14} />} onClick={onFitView}>
          <Trans>Fit view</Trans>
        </Button>
        <WaysInMenu />
        <Menu shadow="md">
          <Menu.Target>
            <Button size="xs" variant="default" className="topo-icon-only" aria-label={t`Export`} title={t`Export`} leftSection={<IconDownload size={14} />} loading={exporting}>
              <Trans>Export</Trans>
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => onExport('png')}>
              <Trans>PNG image</Trans>
            </Menu.Item>
            <Menu.Item onClick={() => onExport('svg')}>
              <Trans>SVG image</Trans>
            </Menu.Item>
            <Menu.Item onClick={onTerraform}>
              <Trans>Export as Terraform</Trans>
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        {onNewSetup && (
          <>
            <WriteButton size="xs" variant="light" aria-label={t`New HA setup`} title={t`New HA setup`} leftSection={<IconPlus size={14} />} onClick={() => onNewSetup('ha')}>
              <Trans>New HA setup</Trans>
            </WriteButton>
            <WriteButton size="xs" variant="light" aria-label={t`New LVS cluster`} title={t`New LVS cluster`} leftSection={<IconPlus size={14} />} onClick={() => onNewSetup('lvs-dr')}>
              <Trans>New LVS cluster</Trans>
            </WriteButton>
          </>
        )}
        <Button
          size="xs"
          variant={simOpen ? 'filled' : 'default'}
          color={simOpen ? 'teal.9' : undefined}
          leftSection={<IconTimeline size={14} color={simOpen ? undefined : 'var(--mantine-color-teal-8)'} />}
          onClick={onToggleSim}
          aria-label={t`Simulate failover`}
          title={t`Simulate failover`}
        >
          <Trans>Simulate failover</Trans>
        </Button>
      </Group>
    </Paper>
  );
}
