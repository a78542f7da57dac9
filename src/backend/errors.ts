import type { ZodError } from 'zod';
import { codes, type Problem } from '../domain';
import type { EcsErrorBody, VpcErrorBody } from '../contract';
import type { ApiResponse } from './handler';

/** How a path reports errors: VPC-style `{code, message, error_code, error_msg}` or ECS `{error: {code, message}}`. */
export type ErrorStyle = 'vpc' | 'ecs';

/** Codes of our own, beside the domain's Huawei VPC codes (`codes`). */
export const backendCodes = {
  /** Huawei's API gateway answers this for a path it does not know. */
  noSuchApi: 'APIGW.0101',
  /** Not a Huawei code: the console's own, for a known path with the wrong method. */
  methodNotAllowed: 'Console.0405',
  /** Not a Huawei code: a bug in the backend. */
  internal: 'Console.0500',
  /** Console extensions (HA groups) */
  haGroupNotFound: 'Console.0404',
  /** Console extensions: a `virtual_router_id` already used in the subnet. */
  haConflict: 'Console.0409',
  serverNotFound: 'Ecs.0114',
  /**
   * Not a Huawei code: the caller may not do this (a read-only user's write, a user outside its project).
   * The message names the permission in IAM's words ("Policy doesn't allow vpc:ports:update to be performed").
   */
  forbidden: 'Console.0403',
  /** Not a Huawei code: `If-Match` named a revision the resource no longer has (412). */
  preconditionFailed: 'Console.PreconditionFailed',
  /** Not a Huawei code: `npm run api --data` could not make a committed change durable (500). */
  notSaved: 'Console.NotSaved',
  /** Not a Huawei code: writes are refused while earlier changes cannot be saved; reads still work (503). */
  notWritable: 'Console.NotWritable',
} as const;

const STATUS_BY_CODE: Record<string, number> = {
  [codes.badParameter]: 400,
  [codes.vpcNotFound]: 404,
  [codes.invalidToken]: 401,
  [codes.vpcHasSubnets]: 409,
  [codes.quotaExceeded]: 409,
  [codes.subnetNotFound]: 404,
  [codes.subnetInUse]: 409,
  [codes.ipInUse]: 409,
  [codes.noFreeIp]: 409,
  [codes.ipNotValid]: 400,
  [codes.invalidPort]: 400,
  [codes.portNotFound]: 404,
  [codes.portInUse]: 409,
  [codes.eipNotFound]: 404,
  [codes.eipInUse]: 409,
  [backendCodes.noSuchApi]: 404,
  [backendCodes.preconditionFailed]: 412,
  [backendCodes.forbidden]: 403,
  [backendCodes.methodNotAllowed]: 405,
  [backendCodes.internal]: 500,
  [backendCodes.haGroupNotFound]: 404,
  [backendCodes.haConflict]: 409,
  [backendCodes.serverNotFound]: 404,
  [backendCodes.notSaved]: 500,
  [backendCodes.notWritable]: 503,
};

/**
 * ECS paths speak ECS codes. These numbers are the console's choice (Huawei documents many `Ecs.xxxx`
 * codes, not a stable mapping from HTTP status); the message keeps the words of the VPC rule.
 */
const ECS_CODE_BY_STATUS: Record<number, string> = {
  400: 'Ecs.0005',
  401: 'Ecs.0008',
  403: 'Ecs.0403',
  404: 'Ecs.0114',
  405: 'Ecs.0405',
  413: 'Ecs.0413',
  409: 'Ecs.0409',
  500: 'Ecs.0500',
  503: 'Ecs.0503',
};

/** A refusal a route throws; `handle()` turns it into a Huawei-shaped 4xx body. */
export class ApiError extends Error {
  readonly status: number;
  /** Extra response headers (e.g. `allow` on a 405). */
  headers: Record<string, string> = {};
  constructor(
    readonly code: string,
    message: string,
    status?: number,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status ?? STATUS_BY_CODE[code] ?? (code.startsWith('Ecs.') ? 400 : 400);
  }
}

export function statusOf(code: string): number {
  return STATUS_BY_CODE[code] ?? 400;
}

/** Throws the domain's refusal as an ApiError. */
export function refuse(p: Problem | null): void {
  if (p) throw new ApiError(p.code, p.message, undefined, p.field);
}

export function badRequest(message: string, field?: string): ApiError {
  return new ApiError(codes.badParameter, message, 400, field);
}

export function notFound(code: string, message: string): ApiError {
  return new ApiError(code, message, 404);
}

export function errorResponse(error: ApiError, style: ErrorStyle, requestId: string): ApiResponse {
  const headers = { ...error.headers, 'content-type': 'application/json', 'x-request-id': requestId };
  if (style === 'ecs') {
    const code = error.code.startsWith('Ecs.') ? error.code : (ECS_CODE_BY_STATUS[error.status] ?? 'Ecs.0005');
    const body: EcsErrorBody = { error: { code, message: error.message } };
    return { status: error.status, headers, body };
  }
  const body: VpcErrorBody = {
    code: error.code,
    message: error.message,
    error_code: error.code,
    error_msg: error.message,
    request_id: requestId,
  };
  return { status: error.status, headers, body };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}...` : value)}`;
  return `${typeof value} ${String(value)}`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = body;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

type Issue = ZodError['issues'][number];

/** `port.allowed_address_pairs[0].ip_address`, as the body's author would write it. */
function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || 'body';
}

function sentenceOf(issue: Issue, body: unknown, base: readonly PropertyKey[] = []): string {
  const full = [...base, ...issue.path];
  const path = pathText(full);
  const at = valueAt(body, full);
  const i = issue as Issue & { expected?: unknown; values?: unknown[]; maximum?: unknown; minimum?: unknown; origin?: string; errors?: Issue[][] };
  switch (issue.code) {
    case 'invalid_type':
      return at === undefined ? `${path} is required` : `${path}: expected ${article(String(i.expected ?? 'value'))}, got ${describe(at)}`;
    case 'invalid_value':
      return `${path}: expected ${(i.values ?? []).map((v) => JSON.stringify(v)).join(' or ')}, got ${describe(at)}`;
    case 'too_big':
    case 'too_small': {
      const bound = issue.code === 'too_big' ? `at most ${String(i.maximum)}` : `at least ${String(i.minimum)}`;
      const unit = i.origin === 'string' ? ' characters' : i.origin === 'array' ? ' items' : '';
      return `${path}: use ${bound}${unit}`;
    }
    case 'invalid_union': {
      // Spell out the branch the body got furthest into (its first issue lies deepest), e.g. os-stop.type.
      const firstBranch = (i.errors ?? [])
        .map((branch) => branch[0])
        .filter(Boolean)
        .reduce<Issue | undefined>((best, issue) => (!best || issue.path.length > best.path.length ? issue : best), undefined);
      return firstBranch ? `${path} matches none of the accepted forms; for example ${sentenceOf(firstBranch, body, full)}` : `${path} matches none of the accepted forms`;
    }
    default:
      return `${path}: ${issue.message}`;
  }
}

/**
 * One sentence from zod's issues, naming the field: `vpc.cidr: expected a string, got number 5`,
 * `subnet.vpc_id is required`. Only the first issue is spelled out; the count of the others follows.
 */
export function zodMessage(error: ZodError, body: unknown): string {
  const [first, ...rest] = error.issues;
  if (!first) return 'The request body is not valid.';
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return `${sentenceOf(first, body)}${more}.`;
}

/** Every issue as `path: reason` (`vpcs[0].cidr is required`), in zod's order, for a refusal that lists them all. */
export function zodProblems(error: ZodError, body: unknown): string[] {
  return error.issues.map((issue) => sentenceOf(issue, body));
}
