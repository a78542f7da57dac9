import { z } from 'zod';
import { LIMITS } from './requests';

/**
 * What a team shares: projects (IAM's `/v3/projects`, Keystone shapes), the users of a project with their
 * role (the console's IAM-like extension, `/console/v1/{project_id}/users`), and the operation log
 * (CTS-like traces, `/console/v1/{project_id}/operations`).
 */

/** Regions a project can be created in (Huawei's region ids; the demo project is in cn-north-4). */
export const REGIONS = ['cn-north-4', 'cn-north-1', 'cn-east-3', 'cn-east-2', 'cn-south-1', 'cn-southwest-2', 'ap-southeast-1', 'ap-southeast-3', 'eu-west-101'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * A project as IAM lists it. Huawei names a region's projects `<region>` (the default one) or
 * `<region>_<name>` (a sub-project); the console shows the part after the region as the project's name.
 */
export interface Project {
  id: string;
  /** `<region>_<name>`, as IAM shows it. */
  name: string;
  description: string;
  domain_id: string;
  parent_id: string;
  enabled: boolean;
  is_domain: boolean;
  /** Console extension: the region and the short name, split out of `name`. */
  region: string;
  display_name: string;
  created_at: string;
}

/** The part of a project name after `<region>_`: letters, digits, `-` and `_`, as IAM allows. */
export const PROJECT_SHORT_NAME = /^[A-Za-z0-9_-]+$/;

const shortName = z
  .string()
  .trim()
  .min(1, 'Give the project a name.')
  .max(LIMITS.name - 'cn-southwest-2_'.length, `Use at most ${LIMITS.name - 'cn-southwest-2_'.length} characters: with the region in front, IAM allows 64.`)
  .regex(PROJECT_SHORT_NAME, 'Use letters, digits, "-" and "_" only.');

export const createProjectRequest = z.object({
  project: z.object({
    name: shortName,
    region: z.enum(REGIONS, { error: `Choose one of the regions ${REGIONS.join(', ')}.` }),
    description: z.string().max(LIMITS.description).optional(),
  }),
});
export type CreateProjectRequest = z.infer<typeof createProjectRequest>;

/** Rename (the region stays: a project does not move). */
export const updateProjectRequest = z.object({
  project: z.object({ name: shortName.optional(), description: z.string().max(LIMITS.description).optional() }),
});
export type UpdateProjectRequest = z.infer<typeof updateProjectRequest>;

/** `Administrator` may do everything; `Read-only` may read everything (every GET) and write nothing. */
export const ROLES = ['Administrator', 'Read-only'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A user of one project. Its token (sent as `X-Auth-Token`) and its access key pair (to sign with
 * SDK-HMAC-SHA256, as the official SDK does) identify it to the backend. Only administrators are shown
 * the secrets: for a read-only caller `token` and `secret_key` are null.
 */
export interface User {
  id: string;
  name: string;
  role: Role;
  description: string;
  created_at: string;
  token: string | null;
  access_key: string;
  secret_key: string | null;
  /** The built-in administrator of every project (any credential where authentication is open; the server's own otherwise). */
  builtin?: boolean;
}

export const USER_NAME = /^[A-Za-z0-9._-]+$/;

export const createUserRequest = z.object({
  user: z.object({
    name: z.string().trim().min(1, 'Give the user a name.').max(LIMITS.name).regex(USER_NAME, 'Use letters, digits, ".", "-" and "_" only.'),
    role: z.enum(ROLES, { error: 'Choose the role Administrator or Read-only.' }),
    description: z.string().max(LIMITS.description).optional(),
  }),
});
export type CreateUserRequest = z.infer<typeof createUserRequest>;

export const updateUserRequest = z.object({ user: z.object({ role: z.enum(ROLES, { error: 'Choose the role Administrator or Read-only.' }) }) });
export type UpdateUserRequest = z.infer<typeof updateUserRequest>;

/** How CTS rates a trace: `normal` (2xx), `warning` (refused, 4xx), `incident` (failed, 5xx). */
export type TraceRating = 'normal' | 'warning' | 'incident';
export const TRACE_RATINGS: readonly TraceRating[] = ['normal', 'warning', 'incident'];

/**
 * One write, as the operation log keeps it (CTS's trace fields). `time` is ms since the epoch;
 * `code` is the HTTP status as a string (CTS's way); request and response are JSON text, cut to
 * `OPERATION_BODY_LIMIT` characters (`request_truncated` / `response_truncated` then say so).
 */
export interface Operation {
  trace_id: string;
  trace_name: string;
  trace_rating: TraceRating;
  trace_type: 'ApiCall' | 'ConsoleAction';
  service_type: 'VPC' | 'ECS' | 'Console';
  resource_type: string;
  resource_id: string;
  resource_name: string;
  user: { id: string; name: string };
  time: number;
  http_method: string;
  request_path: string;
  code: string;
  error_code: string | null;
  /** What sent it: `console`, `huawei-sdk`, `curl`, or the client's User-Agent, cut short. */
  client: string;
  request: string;
  response: string;
  request_truncated?: boolean;
  response_truncated?: boolean;
}

export const OPERATION_BODY_LIMIT = 8192;
/** The log keeps each project's newest operations, this many (an older one goes as a new one comes). */
export const OPERATION_RETENTION = 10_000;
export const OPERATIONS_MAX_LIMIT = 200;

export interface OperationList {
  traces: Operation[];
  meta_data: { count: number; marker: string | null };
}
