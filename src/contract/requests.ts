import { z } from 'zod';
import type { ApplyLogEntry, ApplyStep } from '../domain/ha/apply-plan';
import { NUMBER_RULES, numberProblem, type NumberRule } from '../domain/rules/number-rules';

/**
 * Request bodies of the API subset, as zod schemas shared by the backend (which validates every body)
 * and the client (which builds them). Shapes follow Huawei's API; unknown fields are ignored, as the
 * real API does. Semantic rules (CIDR containment, free IPs, same subnet...) live in `domain/`.
 */

/**
 * Bounds of every string and list the API takes. Names and descriptions follow Huawei (64 and 255;
 * a port's name 255); ids, addresses and codes get a sane bound, free text 1024. A value past a bound is
 * refused with 400 naming the field and the limit ("vpc.description: use at most 255 characters").
 */
export const LIMITS = {
  name: 64,
  portName: 255,
  description: 255,
  id: 128,
  address: 64,
  shortCode: 64,
  freeText: 1024,
  path: 255,
  nics: 12,
  fixedIps: 1,
  /** Huawei recommends at most 10 servers per VIP (a warning in the console); the API stops at 100 pairs. */
  addressPairs: 100,
  securityGroups: 10,
  members: 64,
  /** Servers named in one start, stop or delete request. */
  batchServers: 1000,
  planSteps: 200,
} as const;

const text = (max: number) => z.string().max(max);
const name = text(LIMITS.name);
const id = text(LIMITS.id);
const address = text(LIMITS.address);
const code = text(LIMITS.shortCode);

/**
 * A whole number checked by the domain's rule, so the API refuses with 400 exactly what the form
 * refuses, in the same words ("...: Port must be a whole number from 1 to 65535; 70000 is too large").
 */
export const wholeNumber = (rule: NumberRule) =>
  z.number().superRefine((value, ctx) => {
    const message = numberProblem(rule, value);
    if (message) ctx.addIssue({ code: 'custom', message: message.replace(/\.$/, '') });
  });

export const createVpcRequest = z.object({
  vpc: z.object({
    name,
    cidr: address.optional(),
    description: text(LIMITS.description).optional(),
    enterprise_project_id: id.optional(),
  }),
});
export type CreateVpcRequest = z.infer<typeof createVpcRequest>;

export const updateVpcRequest = z.object({
  vpc: z.object({ name: name.optional(), cidr: address.optional(), description: text(LIMITS.description).optional() }),
});
export type UpdateVpcRequest = z.infer<typeof updateVpcRequest>;

export const createSubnetRequest = z.object({
  subnet: z.object({
    name,
    cidr: address,
    gateway_ip: address,
    vpc_id: id,
    description: text(LIMITS.description).optional(),
    dhcp_enable: z.boolean().optional(),
    primary_dns: address.optional(),
    secondary_dns: address.optional(),
    availability_zone: code.optional(),
  }),
});
export type CreateSubnetRequest = z.infer<typeof createSubnetRequest>;

export const updateSubnetRequest = z.object({
  subnet: z.object({
    name,
    description: text(LIMITS.description).optional(),
    dhcp_enable: z.boolean().optional(),
    primary_dns: address.optional(),
    secondary_dns: address.optional(),
  }),
});
export type UpdateSubnetRequest = z.infer<typeof updateSubnetRequest>;

export const addressPair = z.object({ ip_address: address, mac_address: address.optional() });
const addressPairs = z.array(addressPair).max(LIMITS.addressPairs);
const securityGroups = z.array(id).max(LIMITS.securityGroups);

export const createPortRequest = z.object({
  port: z.object({
    network_id: id,
    name: text(LIMITS.portName).optional(),
    device_owner: code.optional(),
    fixed_ips: z.array(z.object({ subnet_id: id.optional(), ip_address: address.optional() })).max(LIMITS.fixedIps).optional(),
    admin_state_up: z.boolean().optional(),
    security_groups: securityGroups.optional(),
    allowed_address_pairs: addressPairs.optional(),
  }),
});
export type CreatePortRequest = z.infer<typeof createPortRequest>;

export const updatePortRequest = z.object({
  port: z.object({
    name: text(LIMITS.portName).optional(),
    security_groups: securityGroups.optional(),
    allowed_address_pairs: addressPairs.optional(),
  }),
});
export type UpdatePortRequest = z.infer<typeof updatePortRequest>;

export const createPublicIpRequest = z.object({
  publicip: z.object({ type: z.enum(['5_bgp', '5_sbgp']), ip_version: z.literal(4).optional(), alias: name.optional() }),
  bandwidth: z.object({
    name,
    size: wholeNumber(NUMBER_RULES.bandwidth),
    share_type: z.enum(['PER', 'WHOLE']),
    charge_mode: z.enum(['bandwidth', 'traffic']).optional(),
  }),
});
export type CreatePublicIpRequest = z.infer<typeof createPublicIpRequest>;

export const updatePublicIpRequest = z.object({
  publicip: z.object({ port_id: id.nullable().optional(), alias: name.optional() }),
});
export type UpdatePublicIpRequest = z.infer<typeof updatePublicIpRequest>;

export const createServersRequest = z.object({
  server: z.object({
    name,
    imageRef: id,
    flavorRef: id,
    vpcid: id,
    nics: z.array(z.object({ subnet_id: id, ip_address: address.optional() })).min(1).max(LIMITS.nics),
    root_volume: z.object({ volumetype: code, size: wholeNumber(NUMBER_RULES.rootVolumeSize).optional() }),
    count: wholeNumber(NUMBER_RULES.serverCount).optional(),
    availability_zone: code.optional(),
  }),
});
export type CreateServersRequest = z.infer<typeof createServersRequest>;

const serverRefs = z.object({ servers: z.array(z.object({ id })).min(1).max(LIMITS.batchServers) });

export const serverActionRequest = z.union([
  z.object({ 'os-start': serverRefs }),
  z.object({ 'os-stop': serverRefs.extend({ type: z.enum(['SOFT', 'HARD']).optional() }) }),
]);
export type ServerActionRequest = z.infer<typeof serverActionRequest>;

export const deleteServersRequest = serverRefs.extend({
  delete_publicip: z.boolean().optional(),
  delete_volume: z.boolean().optional(),
});
export type DeleteServersRequest = z.infer<typeof deleteServersRequest>;

/**
 * Console extension: reset the demo project, or replace it with the large data set of `servers` servers
 * (default 10,000; 250 per subnet). `servers` is only for `load-large`.
 */
export const demoDataRequest = z
  .object({ action: z.enum(['reset', 'load-large']), servers: wholeNumber(NUMBER_RULES.largeDataSetServers).optional() })
  .refine((b) => b.action === 'load-large' || b.servers === undefined, { message: 'only load-large takes a server count', path: ['servers'] });
export type DemoDataRequest = z.infer<typeof demoDataRequest>;

/** A step's label as a key and its values (domain `StepWording`), so a console can show it in its language. */
const stepWording = z.object({
  key: code,
  values: z.record(z.string().max(LIMITS.shortCode), z.union([text(LIMITS.freeText), z.number()])),
});

/** One step of the HA wizard's apply plan (domain `ApplyStep`), as the group stores it. */
const applyStep = z.object({
  text: stepWording.optional(),
  id: text(200),
  kind: z.enum(['assign-vip', 'save-group', 'buy-eip', 'bind-vip', 'check-off', 'bind-eip', 'complete']),
  label: text(LIMITS.freeText),
  port_id: id.optional(),
  ips: z.array(address).max(64).optional(),
  ip: address.optional(),
  name: name.optional(),
  bandwidth: wholeNumber(NUMBER_RULES.bandwidth).optional(),
  eip_id: id.optional(),
}) satisfies z.ZodType<ApplyStep>;

const applyLogEntry = z.object({
  step: text(200),
  state: z.enum(['applying', 'applied']),
  at: text(64),
  resource_id: id.optional(),
  ips: z.array(address).max(64).optional(),
}) satisfies z.ZodType<ApplyLogEntry>;

const VRRP_ROLES: readonly string[] = ['active', 'standby', 'director'];

/**
 * A member of an HA group. VRRP members (active, standby, director) carry a keepalived priority 1-254;
 * a real server (backend) takes no part in VRRP and carries 0.
 */
const haMember = z
  .object({
    server_id: id,
    port_id: id,
    role: z.enum(['active', 'standby', 'director', 'backend']),
    priority: z.number(),
  })
  .superRefine((m, ctx) => {
    const message = VRRP_ROLES.includes(m.role)
      ? numberProblem(NUMBER_RULES.priority, m.priority)
      : m.priority === 0
        ? null
        : `a real server takes no part in VRRP: give it priority 0, not ${m.priority}`;
    if (message) ctx.addIssue({ code: 'custom', path: ['priority'], message: message.replace(/\.$/, '') });
  });

/**
 * Console extension: an HA group (see `HaGroup`). The backend checks the rest: members' ports bound to
 * the VIP, distinct priorities among the VRRP members, `virtual_router_id` unique per subnet.
 */
export const haGroupFields = z.object({
  name,
  mode: z.enum(['ha', 'lvs-dr']),
  vip_port_id: id,
  eip_id: id.optional(),
  members: z.array(haMember).max(LIMITS.members),
  virtual_router_id: wholeNumber(NUMBER_RULES.virtualRouterId),
  advert_int: wholeNumber(NUMBER_RULES.advertInt).optional(),
  preempt: z.boolean().optional(),
  service: z
    .object({
      protocol: z.literal('TCP'),
      port: wholeNumber(NUMBER_RULES.servicePort),
      scheduler: z.enum(['rr', 'wrr', 'lc', 'wlc']),
      persistence_timeout: wholeNumber(NUMBER_RULES.persistenceTimeout),
      health_check: z.union([z.object({ type: z.literal('TCP') }), z.object({ type: z.literal('HTTP'), path: text(LIMITS.path).startsWith('/') })]),
    })
    .optional(),
  status: z.enum(['complete', 'incomplete']).optional(),
  /** keepalived's health check (`vrrp_script`): an absolute command, no quotes or backslashes (it sits in "..."). */
  check_command: text(LIMITS.path)
    .regex(/^\/[^"\\\n]{0,199}$/, 'an absolute command such as /usr/bin/pgrep -x nginx, without quotes or backslashes')
    .optional(),
  apply_plan: z.array(applyStep).max(LIMITS.planSteps).optional(),
  apply_log: z.array(applyLogEntry).max(LIMITS.planSteps).optional(),
});
export const createHaGroupRequest = z.object({ ha_group: haGroupFields });
export type CreateHaGroupRequest = z.infer<typeof createHaGroupRequest>;
export const updateHaGroupRequest = z.object({ ha_group: haGroupFields.partial() });
export type UpdateHaGroupRequest = z.infer<typeof updateHaGroupRequest>;

/**
 * Console extension, a test aid (off by default): make the next request that matches answer an error
 * instead of running, once; `after` lets that many matching requests through first. `path_pattern`
 * is a plain substring of the path (e.g. "/ports/"). `null` clears it. Nothing else is ever faked.
 */
export const faultRequest = z.object({
  fail_next: z
    .object({
      method: z.enum(['GET', 'POST', 'PUT', 'DELETE']),
      path_pattern: z.string().min(1).max(200),
      status: z.number().int().min(400).max(599).optional(),
      code: z.string().max(32).optional(),
      message: z.string().max(500).optional(),
      after: z.number().int().min(0).max(100).optional(),
    })
    .nullable(),
});
export type FaultRequest = z.infer<typeof faultRequest>;
