import { t } from '@lingui/core/macro';
import type { Server } from '../../contract';
import { problemText } from '../../components/problem-text';
import { checkVipBinding, type NicFacts, type VipFacts } from '../../domain';

export interface ServerChoice {
  server: Server;
  nics: NicFacts[];
  /** NICs this VIP can be bound to. */
  eligible: NicFacts[];
  /** Why none can, in the domain's words and the console's language. */
  reason: string | null;
}

export function serverChoice(server: Server, nics: NicFacts[], vip: VipFacts, vipSubnetName: string): ServerChoice {
  const problems = nics.map((n) => ({ nic: n, problem: checkVipBinding(vip, n, vipSubnetName) }));
  const eligible = problems.filter((p) => p.problem === null).map((p) => p.nic);
  let reason: string | null = null;
  if (eligible.length === 0) {
    const sameSubnet = problems.find((p) => p.nic.network_id === vip.network_id);
    const name = server.name;
    reason = problemText((sameSubnet ?? problems[0])?.problem ?? null) ?? t`${name} has no NIC.`;
  }
  return { server, nics, eligible, reason };
}

/** Servers the VIP can be bound to first, then the others; each group by name. */
export function orderServerChoices(choices: readonly ServerChoice[]): ServerChoice[] {
  return [...choices].sort(
    (a, b) => Number(a.reason !== null) - Number(b.reason !== null) || a.server.name.localeCompare(b.server.name) || a.server.id.localeCompare(b.server.id),
  );
}
