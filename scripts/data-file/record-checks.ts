import { z } from 'zod';
import { checkProjectId } from '../../src/domain';
import type { StoreName } from '../../src/backend/store';

/**
 * The shape each store's records must have before the server will serve them: the fields the routes,
 * the wire views and the IndexedDB indexes rely on (an index key that is missing or of the wrong type
 * makes a record silently vanish from a lookup; a view field that is missing gives a 500 later). Other
 * fields are kept as they are.
 */
const text = z.string();
const id = z.string().min(1);
const project = z.string().refine((p) => checkProjectId(p) === null, 'is not a valid project id');
const stamp = { project_id: project, rev: z.string().optional() };
const pair = z.looseObject({ ip_address: text, mac_address: text.optional() });

const recordShapes: Record<StoreName, z.ZodType> = {
  vpcs: z.looseObject({ id, name: text, cidr: text, ...stamp }),
  subnets: z.looseObject({ id, name: text, cidr: text, gateway_ip: text, vpc_id: id, neutron_subnet_id: id, ...stamp }),
  ports: z.looseObject({
    id,
    name: text,
    network_id: id,
    vpc_id: id,
    ip: text,
    fixed_ips: z.array(z.looseObject({ subnet_id: text, ip_address: text })),
    mac_address: text,
    device_id: text,
    device_owner: text,
    allowed_address_pairs: z.array(pair),
    security_groups: z.array(text),
    pair_keys: z.array(text),
    ...stamp,
  }),
  publicips: z.looseObject({ id, public_ip_address: text, port_id: text.optional(), status: text, bandwidth_size: z.number(), ...stamp }),
  servers: z.looseObject({ id, name: text, status: text, created: text, metadata: z.looseObject({ vpc_id: text }), ...stamp }),
  jobs: z.looseObject({ id, job_id: id, status: text, ...stamp }),
  ha_groups: z.looseObject({
    id,
    name: text,
    mode: z.enum(['ha', 'lvs-dr']),
    vip_port_id: id,
    network_id: id,
    virtual_router_id: z.number().int(),
    members: z.array(z.looseObject({ server_id: id, port_id: id, role: text, priority: z.number() })),
    status: z.enum(['complete', 'incomplete']),
    ...stamp,
  }),
  users: z.looseObject({ id, name: text, role: z.enum(['Administrator', 'Read-only']), token: id, access_key: id, secret_key: id, ...stamp }),
  operations: z.looseObject({ id, trace_id: id, trace_name: text, time: z.number(), user: z.looseObject({ id: text, name: text }), ...stamp }),
  meta: z.looseObject({ project_id: project, seeded: z.boolean(), name: text.optional(), region: text.optional() }),
};

/** The key a record is stored under: its `id`, or its project for `meta`. */
export function keyOf(store: StoreName, record: { id?: unknown; project_id?: unknown }): unknown {
  return store === 'meta' ? record.project_id : record.id;
}

/**
 * What is wrong with one stored record, in words that name the field (`ports.ip: expected a string`),
 * or null when it may be served. `key` is the key it is stored under, which must be the record's own.
 */
export function recordProblem(store: StoreName, key: string, value: unknown): string | null {
  const shape = recordShapes[store];
  if (!shape) return `there is no store "${store}"`;
  const result = shape.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue.path.map(String).join('.') || 'record';
    return `${field}: ${issue.message}`;
  }
  const own = keyOf(store, value as { id?: unknown; project_id?: unknown });
  if (own !== key) return `it is stored under the key "${key}" but its ${store === 'meta' ? 'project_id' : 'id'} is "${String(own)}"`;
  return null;
}
