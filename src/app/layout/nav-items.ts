import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { IconHistory, IconCloudNetwork, IconHeartRateMonitor, IconNetwork, IconServer, IconSettings, IconTargetArrow, IconTopologyStar3, IconWorldWww, type Icon } from '@tabler/icons-react';

export interface NavItem {
  to: string;
  label: MessageDescriptor;
  icon: Icon;
}

export interface NavGroup {
  /** Stable across languages (a React key and an element id). */
  key: string;
  label: MessageDescriptor;
  items: NavItem[];
}

export const NAV_GROUPS: NavGroup[] = [
  {
    key: 'network',
    label: msg`Network`,
    items: [
      { to: '/vpcs', label: msg`VPCs`, icon: IconCloudNetwork },
      { to: '/subnets', label: msg`Subnets`, icon: IconNetwork },
      { to: '/vips', label: msg`Virtual IPs`, icon: IconTargetArrow },
      { to: '/eips', label: msg`EIPs`, icon: IconWorldWww },
    ],
  },
  {
    key: 'compute',
    label: msg`Compute`,
    items: [{ to: '/servers', label: msg`Servers`, icon: IconServer }],
  },
  {
    key: 'high-availability',
    label: msg`High availability`,
    items: [
      { to: '/ha-groups', label: msg`HA groups`, icon: IconHeartRateMonitor },
      { to: '/topology', label: msg`Topology`, icon: IconTopologyStar3 },
    ],
  },
  {
    key: 'management',
    label: msg`Management`,
    items: [{ to: '/operations', label: msg`Operation log`, icon: IconHistory }],
  },
];

export const NAV_ITEMS: NavItem[] = NAV_GROUPS.flatMap((g) => g.items);

export const SETTINGS_ITEM: NavItem = { to: '/settings', label: msg`Settings`, icon: IconSettings };
