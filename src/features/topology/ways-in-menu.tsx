import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Checkbox, Menu, Stack, Text } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useTopologyView } from './store';
import { ENTRY_TEXT } from './texts';

export function WaysInMenu() {
  const { t } = useLingui();
  const waysIn = useTopologyView((s) => s.waysIn);
  const setWaysIn = useTopologyView((s) => s.setWaysIn);
  return (
    <Menu closeOnItemClick={false} shadow="md">
      <Menu.Target>
        <Button size="xs" variant="default" className="topo-icon-only" aria-label={t`Private access`} title={t`Private access`} leftSection={<IconRoute size={14} />}>
          <Trans>Private access</Trans>
        </Button>
      </Menu.Target>
      <Menu.Dropdown p="sm">
        <Stack gap={8}>
          <Text size="xs" c="dimmed" maw={220}>
            <Trans>Internet traffic comes in through EIPs. Show the private connections that reach the virtual IPs at their private address:</Trans>
          </Text>
          <Checkbox size="xs" label={t(ENTRY_TEXT.vpn.label)} checked={waysIn.vpn} onChange={(e) => setWaysIn({ vpn: e.currentTarget.checked })} />
          <Checkbox size="xs" label={t(ENTRY_TEXT['direct-connect'].label)} checked={waysIn.directConnect} onChange={(e) => setWaysIn({ directConnect: e.currentTarget.checked })} />
          <Checkbox size="xs" label={t(ENTRY_TEXT.peering.label)} checked={waysIn.peering} onChange={(e) => setWaysIn({ peering: e.currentTarget.checked })} />
        </Stack>
      </Menu.Dropdown>
    </Menu>
  );
}
