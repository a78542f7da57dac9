import { ruleEnglish, ruleWording, type RuleWording } from './messages';
import { codes, problem, type Problem } from './problem';

/**
 * The range of one numeric input. Every number a form takes or the API accepts is a whole number in
 * `min..max`; the form and the request schema check it with the same rule, so both refuse the same
 * values in the same words, and nothing is ever clamped or replaced by a default.
 */
export interface NumberRule {
  /** The rule's key in `NUMBER_RULES`: lets a screen name the field in its own language. */
  readonly name: string;
  /** How the message names the field, as a sentence starts: "Port", "Priority". */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** Shown after the bounds in the message: "from 1 to 2000 Mbit/s". */
  readonly unit?: string;
}

export const NUMBER_RULES = {
  /** A TCP port of an LVS virtual service (keepalived `virtual_server <vip> <port>`). */
  servicePort: { name: 'servicePort', label: 'Port', min: 1, max: 65535 },
  /** keepalived/VRRP priority: 255 belongs to the address owner, 0 means "giving up" (RFC 3768 5.3.4). */
  priority: { name: 'priority', label: 'Priority', min: 1, max: 254 },
  /** VRRP's VRID is one octet; 0 is not a router (RFC 3768 5.3.3). */
  virtualRouterId: { name: 'virtualRouterId', label: 'virtual_router_id', min: 1, max: 255 },
  /**
   * VRRPv2 (keepalived's default) carries the advertisement interval in one octet of whole seconds
   * (RFC 3768 5.3.7); keepalived refuses advert_int above 255.
   */
  advertInt: { name: 'advertInt', label: 'Advertisement interval', min: 1, max: 255, unit: 'seconds' },
  /** Huawei's dedicated EIP bandwidth. */
  bandwidth: { name: 'bandwidth', label: 'Bandwidth', min: 1, max: 2000, unit: 'Mbit/s' },
  /** Servers made by one create request (Huawei's `count`). */
  serverCount: { name: 'serverCount', label: 'Server count', min: 1, max: 500 },
  /** LVS `persistence_timeout`; 0 turns persistence off. One day at most. */
  persistenceTimeout: { name: 'persistenceTimeout', label: 'Persistence timeout', min: 0, max: 86400, unit: 'seconds' },
  /** Huawei's system disk size. */
  rootVolumeSize: { name: 'rootVolumeSize', label: 'System disk size', min: 40, max: 1024, unit: 'GB' },
  /** Servers of the console's large data set (Settings offers 10,000 and 50,000; the bench also uses 1,000). */
  largeDataSetServers: { name: 'largeDataSetServers', label: 'Server count', min: 1, max: 50000 },
} as const satisfies Record<string, NumberRule>;

export type NumberRuleName = keyof typeof NUMBER_RULES;

/** "from 1 to 65535", "from 1 to 2000 Mbit/s". */
export function rangeText(rule: NumberRule): string {
  return `from ${rule.min} to ${rule.max}${rule.unit ? ` ${rule.unit}` : ''}`;
}

/**
 * Why `value` is not acceptable for `rule`, or null when it is. `value` is what a field holds: a number,
 * or the raw text of a number input ("" when empty, "-" while typing). Empty is an error, never a default.
 * Message: "Port must be a whole number from 1 to 65535; 70000 is too large."
 */
export function numberProblem(rule: NumberRule, value: unknown): string | null {
  const why = numberWording(rule, value);
  return why && ruleEnglish(why);
}

/** `numberProblem` as a rule's sentence (`number.*`), for a screen to word in its language. */
export function numberWording(rule: NumberRule, value: unknown): RuleWording | null {
  const about = { rule: rule.name, label: rule.label, min: rule.min, max: rule.max, unit: rule.unit ?? '' };
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return ruleWording('number.empty', about);
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n)) return ruleWording('number.notNumber', { ...about, value: typeof value === 'string' ? value : String(value) });
  if (!Number.isInteger(n)) return ruleWording('number.notWhole', { ...about, value: n });
  if (n > rule.max) return ruleWording('number.tooLarge', { ...about, value: n });
  if (n < rule.min) return ruleWording('number.tooSmall', { ...about, value: n });
  return null;
}

/** `numberProblem` as a `Problem` for the API (400, VPC.0002) naming the field. */
export function checkNumber(rule: NumberRule, value: unknown, field: string): Problem | null {
  const why = numberWording(rule, value);
  return why ? { ...problem(codes.badParameter, ruleEnglish(why), field), rule: why.key, values: why.values } : null;
}

/** The value as a number once `numberProblem` has no objection; null otherwise. */
export function acceptedNumber(rule: NumberRule, value: unknown): number | null {
  return numberProblem(rule, value) === null ? Number(value) : null;
}
