import { z } from 'zod';
import type { ApplyLogEntry, ApplyStep } from '../domain/ha/apply-plan';

/**
 * Request bodies of the API subset, as zod schemas shared by the backend (which validates every body)
 * and the client (which builds them). Shapes follow Huawei's API; unknown fields are ignored, as the
 * real API does. Semantic rules (CIDR containment, free IPs, same subnet...) live in `domain/`.
 */

const text = (max: number) => z.string().max(max);

export const createVpcRequest = z.object({
  vpc: z.object({
    name: z.string(),
    cidr: z.string().optional(),
    description: text(255).optional(),
    enterprise_project_id: z.string().optional(),
  }),
});
export type CreateVpcRequest = z.infer<typeof createVpcRequest>;

export const updateVpcRequest = z.object({
  vpc: z.object({ name: z.string().optional(), cidr: z.string().optional(), description: text(255).optional() }),
});
export type UpdateVpcRequest = z.infer<typeof updateVpcRequest>;

export const createSubnetRequest = z.object({
  subnet: z.object({
    name: z.string(),
    cidr: z.string(),
    gateway_ip: z.string(),
    vpc_id: z.string(),
    description: text(255).optional(),
    dhcp_enable: z.boolean().optional(),
    primary_dns: z.string().optional(),
    secondary_dns: z.string().optional(),
    availability_zone: z.string().optional(),
  }),
});
export type CreateSubnetRequest = z.infer<typeof createSubnetRequest>;

export const updateSubnetRequest = z.object({
  subnet: z.object({
    name: z.string(),
    description: text(255).optional(),
    dhcp_enable: z.boolean().optional(),
    primary_dns: z.string().optional(),
    secondary_dns: z.string().optional(),
  }),
});
export type UpdateSubnetRequest = z.infer<typeof updateSubnetRequest>;

export const addressPair = z.object({ ip_address: z.string(), mac_address: z.string().optional() });

export const createPortRequest = z.object({
  port: z.object({
    network_id: z.string(),
    name: text(255).optional(),
    device_owner: z.string().optional(),
    fixed_ips: z.array(z.object({ subnet_id: z.string().optional(), ip_address: z.string().optional() })).max(1).optional(),
    admin_state_up: z.boolean().optional(),
    security_groups: z.array(z.string()).optional(),
    allowed_address_pairs: z.array(addressPair).optional(),
  }),
});
export type CreatePortRequest = z.infer<typeof createPortRequest>;

export const updatePortRequest = z.object({
  port: z.object({
    name: text(255).optional(),
    security_groups: z.array(z.string()).optional(),
    allowed_address_pairs: z.array(addressPair).optional(),
  }),
});
export type UpdatePortRequest = z.infer<typeof updatePortRequest>;

export const createPublicIpRequest = z.object({
  publicip: z.object({ type: z.enum(['5_bgp', '5_sbgp']), ip_version: z.literal(4).optional(), alias: text(64).optional() }),
  bandwidth: z.object({
    name: z.string(),
    size: z.number().int().min(1).max(2000),
    share_type: z.enum(['PER', 'WHOLE']),
    charge_mode: z.enum(['bandwidth', 'traffic']).optional(),
  }),
});
export type CreatePublicIpRequest = z.infer<typeof createPublicIpRequest>;

export const updatePublicIpRequest = z.object({
  publicip: z.object({ port_id: z.string().nullable().optional(), alias: text(64).optional() }),
});
export type UpdatePublicIpRequest = z.infer<typeof updatePublicIpRequest>;

export const createServersRequest = z.object({
  server: z.object({
    name: z.string(),
    imageRef: z.string(),
    flavorRef: z.string(),
    vpcid: z.string(),
    nics: z.array(z.object({ subnet_id: z.string(), ip_address: z.string().optional() })).min(1).max(12),
    root_volume: z.object({ volumetype: z.string(), size: z.number().int().optional() }),
    count: z.number().int().min(1).max(500).optional(),
    availability_zone: z.string().optional(),
  }),
});
export type CreateServersRequest = z.infer<typeof createServersRequest>;

const serverRefs = z.object({ servers: z.array(z.object({ id: z.string() })).min(1).max(1000) });

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

/** Console extension: reset the demo project, or load the large data set (10,000 servers, 40 subnets). */
export const demoDataRequest = z.object({ action: z.enum(['reset', 'load-large']) });
export type DemoDataRequest = z.infer<typeof demoDataRequest>;

/** One step of the HA wizard's apply plan (domain `ApplyStep`), as the group stores it. */
const applyStep = z.object({
  id: z.string().max(200),
  kind: z.enum(['assign-vip', 'save-group', 'buy-eip', 'bind-vip', 'check-off', 'bind-eip', 'complete']),
  label: z.string().max(1000),
  port_id: z.string().optional(),
  ips: z.array(z.string()).max(64).optional(),
  ip: z.string().optional(),
  name: z.string().max(64).optional(),
  bandwidth: z.number().int().min(1).max(2000).optional(),
  eip_id: z.string().optional(),
}) satisfies z.ZodType<ApplyStep>;

const applyLogEntry = z.object({
  step: z.string().max(200),
  state: z.enum(['applying', 'applied']),
  at: z.string().max(64),
  resource_id: z.string().optional(),
  ips: z.array(z.string()).max(64).optional(),
}) satisfies z.ZodType<ApplyLogEntry>;

/**
 * Console extension: an HA group (see `HaGroup`). The backend checks the rest: members' ports bound to
 * the VIP, distinct priorities 1-254 among the VRRP members, `virtual_router_id` unique per subnet.
 */
export const haGroupFields = z.object({
  name: z.string(),
  mode: z.enum(['ha', 'lvs-dr']),
  vip_port_id: z.string(),
  eip_id: z.string().optional(),
  members: z
    .array(
      z.object({
        server_id: z.string(),
        port_id: z.string(),
        role: z.enum(['active', 'standby', 'director', 'backend']),
        priority: z.number().int(),
      }),
    )
    .max(64),
  virtual_router_id: z.number().int(),
  advert_int: z.number().int().min(1).max(255).optional(),
  preempt: z.boolean().optional(),
  service: z
    .object({
      protocol: z.literal('TCP'),
      port: z.number().int().min(1).max(65535),
      scheduler: z.enum(['rr', 'wrr', 'lc', 'wlc']),
      persistence_timeout: z.number().int().min(0).max(86400),
      health_check: z.union([z.object({ type: z.literal('TCP') }), z.object({ type: z.literal('HTTP'), path: z.string().startsWith('/') })]),
    })
    .optional(),
  status: z.enum(['complete', 'incomplete']).optional(),
  /** keepalived's health check (`vrrp_script`): an absolute command, no quotes or backslashes (it sits in "..."). */
  check_command: z.string().regex(/^\/[^"\\\n]{0,199}$/, 'an absolute command such as /usr/bin/pgrep -x nginx, without quotes or backslashes').optional(),
  apply_plan: z.array(applyStep).max(200).optional(),
  apply_log: z.array(applyLogEntry).max(200).optional(),
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
