import type { ArgsOf, WordingValues } from '../text';
import { RULE_TEMPLATES, ruleEnglish, ruleWording, type RuleKey } from './messages';

/**
 * A refusal by a rule: a Huawei error code, a message that says what to change, and, where the rule is
 * about one input, the field it concerns. The backend turns it into a 4xx body with the English
 * `message`; forms show `rule` with its `values` in the console's language (see `RULE_TEMPLATES`).
 */
export interface Problem {
  code: string;
  message: string;
  field?: string;
  /** The rule's stable key, when the refusal is one of `RULE_TEMPLATES`. */
  rule?: RuleKey;
  values?: WordingValues;
}

export const codes = {
  badParameter: 'VPC.0002',
  vpcNotFound: 'VPC.0003',
  invalidToken: 'VPC.0008',
  vpcHasSubnets: 'VPC.0104',
  quotaExceeded: 'VPC.0114',
  subnetNotFound: 'VPC.0202',
  subnetInUse: 'VPC.0204',
  ipInUse: 'VPC.0701',
  noFreeIp: 'VPC.0703',
  ipNotValid: 'VPC.0705',
  invalidPort: 'VPC.2500',
  portNotFound: 'VPC.2502',
  portInUse: 'VPC.2503',
  eipNotFound: 'VPC.1200',
  eipInUse: 'VPC.1209',
} as const;

export function problem(code: string, message: string, field?: string): Problem {
  return field ? { code, message, field } : { code, message };
}

/** A refusal worded by the rule `rule` (its English message made from the same values). */
export function ruleProblem<K extends RuleKey>(code: string, field: string | undefined, rule: K, ...values: ArgsOf<typeof RULE_TEMPLATES, K>): Problem {
  const wording = ruleWording(rule, ...values);
  return { ...problem(code, ruleEnglish(wording), field), rule, values: wording.values };
}
