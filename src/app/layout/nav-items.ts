import { IconHistory, IconCloudNetwork, IconHeartRateMonitor, IconNetwork, IconServer, IconSettings, IconTargetArrow, IconTopologyStar3, IconWorldWww, type Icon } from '@tabler/icons-react';

export interface NavItem {
  to: string;
  label: string;
  icon: Icon;
}

export interface NavGroup {
  label: string;
  items: NavItem[];
}

export const NAV_GROUPS: NavGroup[] = [
  {
    label: 'Network',
    items: [
      { to: '/vpcs', label: 'VPCs', icon: IconCloudNetwork },
      { to: '/subnets', label: 'Subnets', icon: IconNetwork },
      { to: '/vips', label: 'Virtual IPs', icon: IconTargetArrow },
      { to: '/eips', label: 'EIPs', icon: IconWorldWww },
    ],
  },
  {
    label: 'Compute',
    items: [{ to: '/servers', label: 'Servers', icon: IconServer }],
  },
  {
    label: 'High availability',
    items: [
      { to: '/ha-groups', label: 'HA groups', icon: IconHeartRateMonitor },
      { to: '/topology', label: 'Topology', icon: IconTopologyStar3 },
    ],
  },
  {
    label: 'Management',
    items: [{ to: '/operations', label: 'Operation log', icon: IconHistory }],
  },
];

export const NAV_ITEMS: NavItem[] = NAV_GROUPS.flatMap((g) => g.items);

export const SETTINGS_ITEM: NavItem = { to: '/settings', label: 'Settings', icon: IconSettings };
