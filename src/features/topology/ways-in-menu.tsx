import { Button, Checkbox, Menu, Stack, Text } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useTopologyView } from './store';

export function WaysInMenu() {
  const waysIn = useTopologyView((s) => s.waysIn);
  const setWaysIn = useTopologyView((s) => s.setWaysIn);
  return (
    <Menu closeOnItemClick={false} shadow="md">
      <Menu.Target>
        <Button size="xs" variant="default" leftSection={<IconRoute size={14} />}>
          Ways in
        </Button>
      </Menu.Target>
      <Menu.Dropdown p="sm">
        <Stack gap={8}>
          <Text size="xs" c="dimmed" maw={220}>
            The Internet comes in through EIPs. Private ways reach the VIPs by their private address.
          </Text>
          <Checkbox size="xs" label="VPN" checked={waysIn.vpn} onChange={(e) => setWaysIn({ vpn: e.currentTarget.checked })} />
          <Checkbox size="xs" label="Direct Connect" checked={waysIn.directConnect} onChange={(e) => setWaysIn({ directConnect: e.currentTarget.checked })} />
          <Checkbox size="xs" label="Peered VPC" checked={waysIn.peering} onChange={(e) => setWaysIn({ peering: e.currentTarget.checked })} />
        </Stack>
      </Menu.Dropdown>
    </Menu>
  );
}
