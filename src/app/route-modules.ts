import type { ComponentType } from 'react';
import { markFirstPaint } from '../components/after-first-paint';
import { loadAllStyles } from '../components/all-styles';
import { loadCatalogs } from '../i18n/catalogs';
import { currentLocale } from '../i18n/locale';

/**
 * Every page's code, loaded when first visited. The list pages draw with the shell's styles alone; the
 * others (`fullStyles`) wait for Mantine's full sheet too. src/main.tsx starts the current page's load
 * at boot, beside the app's own code, so the two do not load one after the other.
 */
export interface PageModule {
  path: string;
  load: () => Promise<ComponentType>;
  /** The feature areas whose texts the page shows (their catalogs load with it; a test checks the list). */
  areas: readonly string[];
  fullStyles?: boolean;
}

export const PAGES: readonly PageModule[] = [
  { path: 'vpcs', load: async () => (await import('./routes/vpcs-route')).VpcsRoute, areas: ['vpcs'] },
  { path: 'vpcs/:vpcId/:tab?', load: async () => (await import('./routes/vpc-detail-route')).VpcDetailRoute, areas: ['vpcs', 'subnets', 'vips', 'topology'], fullStyles: true },
  { path: 'subnets', load: async () => (await import('./routes/subnets-route')).SubnetsRoute, areas: ['subnets'] },
  { path: 'subnets/:subnetId/:tab?', load: async () => (await import('./routes/subnet-detail-route')).SubnetDetailRoute, areas: ['subnets', 'vips'], fullStyles: true },
  { path: 'servers', load: async () => (await import('./routes/servers-route')).ServersRoute, areas: ['servers'] },
  { path: 'servers/:serverId/:tab?', load: async () => (await import('./routes/server-detail-route')).ServerDetailRoute, areas: ['servers'], fullStyles: true },
  { path: 'vips', load: async () => (await import('./routes/vips-route')).VipsRoute, areas: ['vips'], fullStyles: true },
  { path: 'vips/:vipId', load: async () => (await import('./routes/vip-detail-route')).VipDetailRoute, areas: ['vips'], fullStyles: true },
  { path: 'eips', load: async () => (await import('./routes/eips-route')).EipsRoute, areas: ['eips'] },
  { path: 'eips/:eipId', load: async () => (await import('./routes/eip-detail-route')).EipDetailRoute, areas: ['eips'], fullStyles: true },
  { path: 'ha-groups', load: async () => (await import('./routes/ha-groups-route')).HaGroupsRoute, areas: ['ha-groups'] },
  { path: 'ha-groups/new', load: async () => (await import('./routes/ha-wizard-route')).HaWizardRoute, areas: ['ha-wizard'], fullStyles: true },
  { path: 'ha-groups/:groupId/:tab?', load: async () => (await import('./routes/ha-group-detail-route')).HaGroupDetailRoute, areas: ['ha-groups', 'topology'], fullStyles: true },
  { path: 'topology', load: async () => (await import('./routes/topology-route')).TopologyRoute, areas: ['topology', 'vips'], fullStyles: true },
  { path: 'topology/:vpcId', load: async () => (await import('./routes/topology-route')).TopologyRoute, areas: ['topology', 'vips'], fullStyles: true },
  {
    path: 'topology/ha-groups/:groupId',
    load: async () => (await import('./routes/ha-group-topology-route')).HaGroupTopologyRoute, areas: ['topology'],
    fullStyles: true,
  },
  { path: 'operations', load: async () => (await import('./routes/operations-route')).OperationsRoute, areas: ['operations'], fullStyles: true },
  { path: 'settings', load: async () => (await import('./routes/settings-route')).SettingsRoute, areas: ['settings'], fullStyles: true },
  { path: '*', load: async () => (await import('./routes/not-found-route')).NotFoundRoute, areas: [] },
];

const loaded = new Map<PageModule, ComponentType>();

/** The page's code, its texts and, for pages beyond the lists, the full styles. */
export async function loadPage(page: PageModule): Promise<{ Component: ComponentType }> {
  const [Component] = await Promise.all([page.load(), page.fullStyles ? loadAllStyles() : null, loadCatalogs(currentLocale(), page.areas)]);
  // These pages carry the full styles already: nothing is gained by holding back the deferred rest.
  if (page.fullStyles) markFirstPaint();
  loaded.set(page, Component);
  return { Component };
}

/**
 * The page's component if its code has loaded, else undefined. A loaded page renders at once; through
 * React.lazy it would suspend for one render even with its code in hand, and the first page would take
 * three renders (fallback, page, data) instead of one.
 */
export function loadedPage(page: PageModule): ComponentType | undefined {
  return loaded.get(page);
}

/** Whether a route's path matches; a trailing `:name?` (a detail page's tab) may be absent. */
export function matches(pattern: string, segments: string[]): boolean {
  const parts = pattern.split('/');
  const required = parts.filter((p) => !p.endsWith('?')).length;
  if (segments.length < required || segments.length > parts.length) return false;
  return segments.every((s, i) => parts[i].startsWith(':') || parts[i] === s);
}

function pageAt(pathname: string): PageModule | undefined {
  const segments = pathname.split('/').filter(Boolean);
  return PAGES.find((p) => p.path !== '*' && matches(p.path, segments));
}

/** The feature areas whose texts the page at `pathname` shows. */
export function pageAreas(pathname: string): readonly string[] {
  return pageAt(pathname)?.areas ?? [];
}

/**
 * Starts loading the page `pathname` (below the app's base) will show; resolves when it has loaded (or
 * failed: the route's own load then reports it). A miss costs nothing.
 */
export function preloadPage(pathname: string): Promise<void> {
  const page = pageAt(pathname);
  return page ? loadPage(page).then(() => {}, () => {}) : Promise.resolve();
}
