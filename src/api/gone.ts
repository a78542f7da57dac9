import { t } from '@lingui/core/macro';
import type { QueryClient } from '@tanstack/react-query';
import type { ChangedStore, LiveChangeMessage } from '../contract/live-changes';
import { VIP_DEVICE_OWNER } from '../contract';
import { ApiError } from './client';
import { eipKeys } from './eips/keys';
import { haGroupKeys } from './ha-groups/keys';
import { portKeys } from './ports/keys';
import { serverKeys } from './servers/keys';
import { subnetKeys } from './subnets/keys';
import { vipKeys } from './vips/keys';
import { vpcKeys } from './vpcs/keys';

/** The object a 404 says is gone: the store it lived in and its id. */
export interface GoneRecord {
  store: ChangedStore;
  id: string;
}

const PATH_STORES: Record<string, ChangedStore> = {
  ports: 'ports',
  publicips: 'publicips',
  cloudservers: 'servers',
  vpcs: 'vpcs',
  subnets: 'subnets',
  'ha-groups': 'ha_groups',
};
const NOT_IDS = new Set(['detail', 'delete', 'action']);

/**
 * The object a 404 is about: the last `<resource>/<id>` of the request's path, when the backend's
 * message names that id (a 404 about an object the request only refers to, e.g. the EIP an HA group
 * names, is not "this object is gone").
 */
export function goneRecordOf(error: unknown): GoneRecord | null {
  if (!(error instanceof ApiError) || error.status !== 404 || !error.request) return null;
  const pairs = [...error.request.path.matchAll(/\/([a-z-]+)\/([^/]+)/g)].filter(([, kind, id]) => kind in PATH_STORES && !NOT_IDS.has(id));
  const last = pairs.at(-1);
  if (!last) return null;
  const id = decodeURIComponent(last[2]);
  return error.message.includes(id) ? { store: PATH_STORES[last[1]], id } : null;
}

/** What this tab knew of a gone object: what it is and how the screens named it. */
export interface KnownObject {
  kind: 'virtual IP' | 'NIC' | 'EIP' | 'server' | 'VPC' | 'subnet' | 'HA group';
  label: string;
}

type Row = Record<string, unknown>;

/** A record with this id in a query's data: the record itself, a list of them, or a page object holding one. */
function findById(data: unknown, id: string): Row | undefined {
  if (Array.isArray(data)) return data.find((r: Row | null) => r?.id === id);
  if (!data || typeof data !== 'object') return undefined;
  if ((data as Row).id === id) return data as Row;
  for (const value of Object.values(data)) {
    const found = Array.isArray(value) ? findById(value, id) : undefined;
    if (found) return found;
  }
  return undefined;
}

function findCached(qc: QueryClient, families: readonly (readonly unknown[])[], id: string): Row | undefined {
  for (const family of families) {
    for (const query of qc.getQueryCache().findAll({ queryKey: family })) {
      const found = findById(query.state.data, id);
      if (found) return found;
    }
  }
  return undefined;
}

const named = (row: Row, fallback: string) => (typeof row.name === 'string' && row.name ? row.name : fallback);

function describePort(port: Row): KnownObject {
  const ip = (port.fixed_ips as { ip_address?: string }[] | undefined)?.[0]?.ip_address ?? String(port.id);
  if (port.device_owner === VIP_DEVICE_OWNER) return { kind: 'virtual IP', label: port.name ? `${String(port.name)} (${ip})` : ip };
  return { kind: 'NIC', label: ip };
}

const DESCRIBE: Partial<Record<ChangedStore, { families: readonly (readonly unknown[])[]; describe: (row: Row, id: string) => KnownObject }>> = {
  ports: { families: [vipKeys.all, portKeys.all], describe: (row) => describePort(row) },
  publicips: { families: [eipKeys.all], describe: (row, id) => ({ kind: 'EIP', label: String(row.public_ip_address ?? id) }) },
  servers: { families: [serverKeys.all], describe: (row, id) => ({ kind: 'server', label: named(row, id) }) },
  vpcs: { families: [vpcKeys.all], describe: (row, id) => ({ kind: 'VPC', label: named(row, id) }) },
  subnets: { families: [subnetKeys.all], describe: (row, id) => ({ kind: 'subnet', label: named(row, id) }) },
  ha_groups: { families: [haGroupKeys.all], describe: (row, id) => ({ kind: 'HA group', label: named(row, id) }) },
};

/** How the screens of this tab name the object, read from the query cache; null when it never showed it. */
export function knownObject(qc: QueryClient, { store, id }: GoneRecord): KnownObject | null {
  const how = DESCRIBE[store];
  const row = how && findCached(qc, how.families, id);
  return how && row ? how.describe(row, id) : null;
}

/**
 * The sentence a person reads when they acted on an object that another tab or client removed;
 * `refreshed` adds that the screens are being brought up to date.
 */
export function goneMessage({ kind, label }: KnownObject, refreshed: boolean): string {
  const said = goneSentence(kind, label);
  return refreshed ? t`${said} The page now shows what is there.` : said;
}

function goneSentence(kind: KnownObject['kind'], label: string): string {
  switch (kind) {
    case 'virtual IP':
      return t`Virtual IP ${label} was released in another tab or by another client.`;
    case 'EIP':
      return t`EIP ${label} was released in another tab or by another client.`;
    case 'NIC':
      return t`The NIC ${label} no longer exists: its server was deleted in another tab or by another client.`;
    case 'server':
      return t`Server ${label} was deleted in another tab or by another client.`;
    case 'VPC':
      return t`VPC ${label} was deleted in another tab or by another client.`;
    case 'subnet':
      return t`Subnet ${label} was deleted in another tab or by another client.`;
    case 'HA group':
      return t`HA group ${label} was deleted in another tab or by another client.`;
  }
}

const REMEMBERED = 200;

/**
 * Names of objects recently changed by any tab, taken from the cache just before the change refreshes it:
 * once a list no longer holds a released VIP, a dialog still open on it can still name it.
 */
export class RecentNames {
  private readonly names = new Map<string, KnownObject>();

  constructor(private readonly qc: QueryClient) {}

  remember(message: LiveChangeMessage): void {
    for (const { store, key } of message.changes) {
      if (key === undefined) continue;
      const known = knownObject(this.qc, { store, id: key });
      if (!known) continue;
      this.names.delete(`${store}/${key}`);
      this.names.set(`${store}/${key}`, known);
      if (this.names.size > REMEMBERED) this.names.delete(this.names.keys().next().value!);
    }
  }

  /** The object as the screens named it: from the cache, else from what was remembered. */
  find(gone: GoneRecord): KnownObject | null {
    return knownObject(this.qc, gone) ?? this.names.get(`${gone.store}/${gone.id}`) ?? null;
  }
}
