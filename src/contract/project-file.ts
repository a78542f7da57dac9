import { z } from 'zod';
import { NUMBER_RULES } from '../domain/rules/number-rules';
import { LIMITS, addressPair, haGroupFields, wholeNumber } from './requests';

/**
 * The project file: every VPC, subnet, server, port, EIP and HA group of one project, as
 * `GET /console/v1/{project_id}/export` writes it and `POST /console/v1/{project_id}/import` reads it.
 * Objects are in the API's wire shapes, with two exceptions: a server has no `addresses` (they are its
 * NIC ports and its EIPs, which the file holds already) and no field is the store's own (`rev`,
 * `project_id`, a port's `ip`, `vpc_id`, `pair_keys`, an HA group's `network_id`): import derives those.
 * `tenant_id` is written for reading's sake and ignored on import (objects join the importing project).
 * Unknown fields are dropped, as the API drops them from request bodies. The operation log is not part of it.
 */

export const PROJECT_FILE_FORMAT = 'vip-console-project';
export const PROJECT_FILE_VERSION = 1;

/**
 * How many objects of each kind a file may hold. Servers: the large data set's maximum (50,000); ports:
 * one NIC each and as many again (more NICs, VIPs); subnets: 200 /24s hold the 50,000 servers.
 */
export const PROJECT_FILE_LIMITS = {
  vpcs: 200,
  subnets: 2_000,
  servers: NUMBER_RULES.largeDataSetServers.max,
  ports: 2 * NUMBER_RULES.largeDataSetServers.max,
  publicips: 2_000,
  ha_groups: 2_000,
  routes: 200,
} as const;

/**
 * The largest project file an import reads: 64 MiB (every other request body: 1 MiB). An export of the
 * large data set is about 11 MiB at 10,000 servers and 55 MiB at 50,000.
 */
export const PROJECT_FILE_MAX_BYTES = 64 * 1024 * 1024;

/** Keys that could reach an object's prototype when a reader copies a parsed file: refused anywhere in a file. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/**
 * Ids become IndexedDB keys and URL path segments: letters, digits, `_`, `-`, `.` and `:`, starting with
 * a letter or digit, at most 128 characters (the API's id limit). Random UUIDs and the demo's stable ids fit.
 */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const id = z.string().max(LIMITS.id).regex(ID_PATTERN, 'use letters, digits, "_", "-", "." and ":" (starting with a letter or digit)');
const text = (max: number) => z.string().max(max);
/** Six bytes in hex, colon-separated, as OpenStack writes them (`fa:16:3e:12:34:56`). */
export const MAC_ADDRESS = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;
const name = text(LIMITS.name);
const address = text(LIMITS.address);
const code = text(LIMITS.shortCode);
/** ISO 8601 timestamps, as the API writes them. */
const time = text(64);

const vpc = z.object({
  id,
  name,
  cidr: address,
  description: text(LIMITS.description),
  status: z.enum(['OK', 'CREATING']),
  routes: z.array(z.object({ destination: address, nexthop: address })).max(PROJECT_FILE_LIMITS.routes),
  enterprise_project_id: id,
  tenant_id: text(LIMITS.id).optional(),
  created_at: time,
  updated_at: time,
});

/** A subnet; `neutron_network_id`, when given, must equal `id` (Huawei's rule), and is derived when absent. */
const subnet = z.object({
  id,
  name,
  description: text(LIMITS.description),
  cidr: address,
  gateway_ip: address,
  vpc_id: id,
  dhcp_enable: z.boolean(),
  primary_dns: address,
  secondary_dns: address,
  availability_zone: code,
  neutron_network_id: id.optional(),
  neutron_subnet_id: id,
  status: z.literal('ACTIVE'),
  tenant_id: text(LIMITS.id).optional(),
  created_at: time,
  updated_at: time,
});

/**
 * A port: a server NIC (`device_owner: compute:<az>`, `device_id` the server), a VIP
 * (`neutron:VIP_PORT`, `device_id: ""`) or a plain port (`device_owner: ""`). One fixed IP, as the API makes.
 */
const port = z.object({
  id,
  name: text(LIMITS.portName),
  network_id: id,
  fixed_ips: z.array(z.object({ subnet_id: id, ip_address: address })).length(LIMITS.fixedIps),
  mac_address: address.regex(MAC_ADDRESS, 'use a MAC address like fa:16:3e:12:34:56'),
  device_id: text(LIMITS.id),
  device_owner: code,
  status: z.enum(['ACTIVE', 'DOWN', 'BUILD']),
  admin_state_up: z.boolean(),
  security_groups: z.array(text(LIMITS.id)).max(LIMITS.securityGroups),
  allowed_address_pairs: z.array(addressPair).max(LIMITS.addressPairs),
  port_security_enabled: z.boolean(),
  tenant_id: text(LIMITS.id).optional(),
  binding_vnic_type: z.literal('normal'),
  dns_name: text(LIMITS.name),
  created_at: time,
  updated_at: time,
});

/** A server without `addresses` (derived from its NIC ports and EIPs). */
const server = z.object({
  id,
  name,
  status: z.enum(['ACTIVE', 'SHUTOFF', 'BUILD', 'ERROR']),
  tenant_id: text(LIMITS.id).optional(),
  created: time,
  updated: time,
  flavor: z.object({ id: code, name: code, vcpus: code, ram: code, disk: code }),
  image: z.object({ id: text(LIMITS.portName) }),
  metadata: z.object({ vpc_id: id, image_name: text(LIMITS.portName) }),
  'OS-EXT-AZ:availability_zone': code,
  'OS-EXT-STS:vm_state': z.enum(['active', 'stopped', 'building']),
  'OS-EXT-STS:power_state': z.union([z.literal(1), z.literal(4)]),
});

/** An EIP; `status` and `private_ip_address` are derived on import from `port_id` (bound: ACTIVE). */
const publicip = z.object({
  id,
  alias: name,
  type: z.enum(['5_bgp', '5_sbgp']),
  public_ip_address: address,
  ip_version: z.literal(4),
  status: z.enum(['ACTIVE', 'DOWN']).optional(),
  port_id: id.optional(),
  private_ip_address: address.optional(),
  bandwidth_id: text(LIMITS.id),
  bandwidth_name: name,
  bandwidth_size: wholeNumber(NUMBER_RULES.bandwidth),
  bandwidth_share_type: z.enum(['PER', 'WHOLE']),
  tenant_id: text(LIMITS.id).optional(),
  create_time: time,
});

/** An HA group: the request's fields (same limits and number rules) plus its id, status and times. */
const haGroup = haGroupFields.extend({
  id,
  status: z.enum(['complete', 'incomplete']),
  advert_int: wholeNumber(NUMBER_RULES.advertInt),
  preempt: z.boolean(),
  created_at: time,
  updated_at: time,
});

export const projectFileSchema = z.object({
  format: z.literal(PROJECT_FILE_FORMAT),
  version: z.literal(PROJECT_FILE_VERSION),
  exported_at: time,
  /** The project it was exported from. A name and region are kept for people; import uses neither yet. */
  project: z.object({ id: text(LIMITS.id), name: name.optional(), region: code.optional() }),
  vpcs: z.array(vpc).max(PROJECT_FILE_LIMITS.vpcs),
  subnets: z.array(subnet).max(PROJECT_FILE_LIMITS.subnets),
  servers: z.array(server).max(PROJECT_FILE_LIMITS.servers),
  ports: z.array(port).max(PROJECT_FILE_LIMITS.ports),
  publicips: z.array(publicip).max(PROJECT_FILE_LIMITS.publicips),
  ha_groups: z.array(haGroup).max(PROJECT_FILE_LIMITS.ha_groups),
});
export type ProjectFile = z.infer<typeof projectFileSchema>;
export type ProjectFileKind = 'vpcs' | 'subnets' | 'servers' | 'ports' | 'publicips' | 'ha_groups';
export const PROJECT_FILE_KINDS: readonly ProjectFileKind[] = ['vpcs', 'subnets', 'servers', 'ports', 'publicips', 'ha_groups'];

/** What an import answers: how many objects of each kind it created, and whether the file's ids were kept. */
export interface ImportResult {
  imported: Record<ProjectFileKind, number>;
  /** `renewed`: some id of the file was taken in this backend, so every object got a new id. */
  ids: 'kept' | 'renewed';
  elapsed_ms: number;
}

/**
 * The paths (`ports[3].__proto__`) of every forbidden key in a parsed JSON value, walked without
 * recursion (a deeply nested file cannot overflow the stack); a path is spelled only for a key found,
 * and at most `max` of them (a refusal spells 50 and counts the rest).
 * `JSON.parse` keeps such keys as plain own properties, so walking the parsed value sees them all.
 */
export function forbiddenKeyPaths(value: unknown, max = 10_000): string[] {
  interface At {
    up: At | null;
    key: string | number;
  }
  const pathOf = (at: At | null): string => {
    const parts: string[] = [];
    for (let a = at; a; a = a.up) parts.push(typeof a.key === 'number' ? `[${a.key}]` : a.up ? `.${a.key}` : a.key);
    return parts.reverse().join('');
  };
  const found: string[] = [];
  const stack: [unknown, At | null][] = [[value, null]];
  while (stack.length > 0 && found.length < max) {
    const [node, at] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) if (node[i] !== null && typeof node[i] === 'object') stack.push([node[i], { up: at, key: i }]);
      continue;
    }
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const child = (node as Record<string, unknown>)[key];
      if (FORBIDDEN_KEYS.includes(key)) found.push(pathOf({ up: at, key }));
      else if (child !== null && typeof child === 'object') stack.push([child, { up: at, key }]);
    }
  }
  return found;
}

/** How many problems an import refusal spells out; the others are counted ("- and 12 more"). */
export const IMPORT_PROBLEMS_SHOWN = 50;

/**
 * The message of an import's 400: one line saying nothing was written, then one `- path: reason` line
 * per problem (`- ports[3].fixed_ips[0].ip_address: 192.168.9.4 is not in subnet subnet-web ...`).
 */
export function importRefusalMessage(problems: readonly string[]): string {
  const shown = problems.slice(0, IMPORT_PROBLEMS_SHOWN).map((p) => `- ${p}`);
  if (problems.length > IMPORT_PROBLEMS_SHOWN) shown.push(`- and ${problems.length - IMPORT_PROBLEMS_SHOWN} more`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`The project file was not imported (${count}; nothing was written):`, ...shown].join('\n');
}

/** The `path: reason` lines of an import refusal's message (none when it is another error). */
export function importProblemsOf(message: string): string[] {
  return message
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2));
}
