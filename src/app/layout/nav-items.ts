import { IconCloudNetwork, IconHeartRateMonitor, IconNetwork, IconServer, IconSettings, IconTargetArrow, IconTopologyStar3, IconWorldWww } from '@tabler/icons-react';

export const NAV_ITEMS = [
  { to: '/vpcs', label: 'VPCs', icon: IconCloudNetwork },
  { to: '/subnets', label: 'Subnets', icon: IconNetwork },
  { to: '/servers', label: 'Servers', icon: IconServer },
  { to: '/vips', label: 'Virtual IPs', icon: IconTargetArrow },
  { to: '/eips', label: 'EIPs', icon: IconWorldWww },
  { to: '/ha-groups', label: 'HA groups', icon: IconHeartRateMonitor },
  { to: '/topology', label: 'Topology', icon: IconTopologyStar3 },
] as const;

export const SETTINGS_ITEM = { to: '/settings', label: 'Settings', icon: IconSettings } as const;
