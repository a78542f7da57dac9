import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { TraceRating } from '../../contract';
import type { OperationQuery } from './get-operations';

/** The log's filters as the page's URL carries them (so a link opens the log filtered). */
export interface OperationFilters {
  resourceType?: string;
  resourceId?: string;
  user?: string;
  rating?: TraceRating;
  /** `1h`, `24h`, `7d`, or `custom` with `from` / `to` (ms). */
  range?: string;
  from?: number;
  to?: number;
}

/** A choice whose `label` is read in the console's language at the moment it is shown. */
function choice<V extends string, X extends object = object>(value: V, label: MessageDescriptor, extra?: X): { value: V; readonly label: string } & X {
  return Object.defineProperty({ value, ...extra } as { value: V; label: string } & X, 'label', { get: () => i18n._(label), enumerable: true });
}

export const RESOURCE_TYPES = [
  choice('vpc', msg`VPC`),
  choice('subnet', msg`Subnet`),
  choice('vip', msg`Virtual IP`),
  choice('port', msg`Port (NIC)`),
  choice('eip', msg`EIP`),
  choice('server', msg`Server`),
  choice('ha-group', msg`HA group`),
  choice('user', msg`User`),
  choice('project', msg`Project`),
];

export const RATINGS: { value: TraceRating; readonly label: string }[] = [
  choice('normal', msg`Succeeded`),
  choice('warning', msg`Refused (4xx)`),
  choice('incident', msg`Failed (5xx)`),
];

/** The log's time ranges: the last hour, day, week, or `custom` (from, to), with their length. */
const RANGE_CHOICES: Record<'1h' | '24h' | '7d' | 'custom', [MessageDescriptor, number]> = {
  '1h': [msg`Last hour`, 3_600_000],
  '24h': [msg`Last 24 hours`, 86_400_000],
  '7d': [msg`Last 7 days`, 7 * 86_400_000],
  custom: [msg`Custom range`, 0],
};

export const RANGES = Object.entries(RANGE_CHOICES).map(([value, [label, ms]]) => choice(value, label, { ms }));

const RATING_VALUES = new Set<string>(RATINGS.map((r) => r.value));

function whole(text: string | null): number | undefined {
  if (!text) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

export function filtersFromParams(params: URLSearchParams): OperationFilters {
  const rating = params.get('result');
  return {
    resourceType: params.get('resource_type') || undefined,
    resourceId: params.get('resource_id') || undefined,
    user: params.get('user') || undefined,
    rating: rating && RATING_VALUES.has(rating) ? (rating as TraceRating) : undefined,
    range: params.get('range') || undefined,
    from: whole(params.get('from')),
    to: whole(params.get('to')),
  };
}

export function paramsFromFilters(f: OperationFilters): URLSearchParams {
  const out = new URLSearchParams();
  const put = (key: string, value: string | number | undefined) => value !== undefined && value !== '' && out.set(key, String(value));
  put('resource_type', f.resourceType);
  put('resource_id', f.resourceId);
  put('user', f.user);
  put('result', f.rating);
  put('range', f.range);
  if (f.range === 'custom') {
    put('from', f.from);
    put('to', f.to);
  }
  return out;
}

/** The API query of the filters at `now`: a preset range becomes `from` (its end is now). */
export function queryOfFilters(f: OperationFilters, now: number, pageSize: number, marker?: string): OperationQuery {
  const preset = RANGES.find((r) => r.value === f.range && r.ms > 0);
  return {
    pageSize,
    marker,
    resourceType: f.resourceType,
    resourceId: f.resourceId,
    user: f.user,
    rating: f.rating,
    from: preset ? now - preset.ms : f.range === 'custom' ? f.from : undefined,
    // The end is a whole second as typed: every entry of that second is in.
    to: f.range === 'custom' && f.to !== undefined ? f.to + 999 : undefined,
  };
}

/** A link to the log filtered to one resource (its "Recent operations"). */
export function operationsLink(resourceType: string, resourceId: string): string {
  return `/operations?${paramsFromFilters({ resourceType, resourceId }).toString()}`;
}

/** Where a resource of the log lives in the console, when it has a page. */
export function resourcePath(type: string, id: string): string | null {
  if (!id || id.includes(',')) return null;
  const base: Record<string, string> = { vpc: 'vpcs', subnet: 'subnets', vip: 'vips', eip: 'eips', server: 'servers', 'ha-group': 'ha-groups' };
  return base[type] ? `/${base[type]}/${encodeURIComponent(id)}` : null;
}
