import { parseIpv4 } from '../net/ipv4';
import type { HaConfigSpec } from './config-spec';
import { specProblemEnglish, specProblemWording, type SpecProblemWording } from './spec-problem-texts';

/**
 * Why a spec cannot become a working keepalived configuration, in words a person can act on (by key,
 * `SPEC_PROBLEM_TEMPLATES`); empty when it can. keepalived with fewer than two nodes writes an empty
 * `unicast_peer {}`, which `keepalived --config-test` refuses ("Defaulting to multicast", exit 5); a
 * node without its NIC address would be written as a peer nobody has. The generator refuses such a
 * spec (see `IncompleteConfigError`), so no caller can hand out a configuration that cannot fail over.
 */
export function configSpecWordings(spec: HaConfigSpec): SpecProblemWording[] {
  const problems: SpecProblemWording[] = [];
  const nodes = spec.nodes;
  const group = spec.groupName;
  const unknown = (ip: string) => parseIpv4(ip) === null || ip === '0.0.0.0';
  if (nodes.length === 0) problems.push(specProblemWording('nodes.none', { group }));
  if (nodes.length === 1) problems.push(specProblemWording('nodes.tooFew', { group, count: 1, names: nodes[0].name }));
  if (spec.mode === 'ha' && nodes.length > 0 && !nodes.some((n) => n.role === 'active')) {
    problems.push(specProblemWording('nodes.noActive', { group, vip: spec.vip }));
  }
  for (const n of nodes) if (unknown(n.ip)) problems.push(specProblemWording('nodes.nicUnknown', { name: n.name }));
  const ips = nodes.map((n) => n.ip);
  const twice = ips.find((ip, i) => ips.indexOf(ip) !== i);
  if (twice) problems.push(specProblemWording('nodes.sharedAddress', { ip: twice }));
  if (parseIpv4(spec.vip) === null) problems.push(specProblemWording('vip.unknown', { vip: spec.vip }));
  if (spec.mode === 'lvs-dr') {
    const real = spec.service?.realServers ?? [];
    if (real.length === 0) problems.push(specProblemWording('realServers.none', { group }));
    for (const r of real) if (unknown(r.ip)) problems.push(specProblemWording('realServers.nicUnknown', { name: r.name }));
  }
  return problems;
}

/** The same problems in English (the generator's refusal, the API's words). */
export const configSpecProblems = (spec: HaConfigSpec): string[] => configSpecWordings(spec).map(specProblemEnglish);

/** Thrown by the generator for a spec `configSpecProblems` refuses; `problems` says what is missing. */
export class IncompleteConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`No configuration for an incomplete group: ${problems.join(' ')}`);
    this.name = 'IncompleteConfigError';
  }
}

export function assertConfigurable(spec: HaConfigSpec): void {
  const problems = configSpecProblems(spec);
  if (problems.length > 0) throw new IncompleteConfigError(problems);
}
