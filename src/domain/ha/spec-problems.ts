import { parseIpv4 } from '../net/ipv4';
import type { HaConfigSpec } from './config-spec';

/**
 * Why a spec cannot become a working keepalived configuration, in words a person can act on; empty
 * when it can. keepalived with fewer than two nodes writes an empty `unicast_peer {}`, which
 * `keepalived --config-test` refuses ("Defaulting to multicast", exit 5); a node without its NIC
 * address would be written as a peer nobody has. The generator refuses such a spec (see
 * `IncompleteConfigError`), so no caller can hand out a configuration that cannot fail over.
 */
export function configSpecProblems(spec: HaConfigSpec): string[] {
  const problems: string[] = [];
  const nodes = spec.nodes;
  if (nodes.length < 2) {
    const names = nodes.map((n) => n.name).join(', ') || 'none';
    problems.push(`keepalived needs at least 2 nodes to fail over; ${spec.groupName} has ${nodes.length} (${names}). Add a member before installing a configuration.`);
  }
  if (spec.mode === 'ha' && nodes.length > 0 && !nodes.some((n) => n.role === 'active')) {
    problems.push(`${spec.groupName} has no active node: choose the server that should hold ${spec.vip}.`);
  }
  for (const n of nodes) {
    if (parseIpv4(n.ip) === null || n.ip === '0.0.0.0') problems.push(`The NIC address of ${n.name} is unknown (its NIC may be gone): choose its NIC again.`);
  }
  const ips = nodes.map((n) => n.ip);
  const twice = ips.find((ip, i) => ips.indexOf(ip) !== i);
  if (twice) problems.push(`Two nodes share the address ${twice}; each node needs its own NIC.`);
  if (parseIpv4(spec.vip) === null) problems.push(`The virtual IP address "${spec.vip}" is unknown.`);
  if (spec.mode === 'lvs-dr') {
    const real = spec.service?.realServers ?? [];
    if (real.length === 0) problems.push(`${spec.groupName} has no real server for the directors to send requests to: add one.`);
    for (const r of real) {
      if (parseIpv4(r.ip) === null || r.ip === '0.0.0.0') problems.push(`The NIC address of real server ${r.name} is unknown: choose its NIC again.`);
    }
  }
  return problems;
}

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
