import { wordings, type Wording } from '../text';

/**
 * The English of why a spec cannot become a working keepalived configuration (domain
 * `configSpecProblems`), by stable key; the screens translate by key (src/api/ha-groups/spec-problem-text.ts).
 */
export const SPEC_PROBLEM_TEMPLATES = {
  'nodes.none': (v: { group: string }) =>
    `keepalived needs at least 2 nodes to fail over; ${v.group} has 0 (none). Add a member before installing a configuration.`,
  'nodes.tooFew': (v: { group: string; count: number; names: string }) =>
    `keepalived needs at least 2 nodes to fail over; ${v.group} has ${v.count} (${v.names}). Add a member before installing a configuration.`,
  'nodes.noActive': (v: { group: string; vip: string }) => `${v.group} has no active node: choose the server that should hold ${v.vip}.`,
  'nodes.nicUnknown': (v: { name: string }) => `The NIC address of ${v.name} is unknown (its NIC may be gone): choose its NIC again.`,
  'nodes.sharedAddress': (v: { ip: string }) => `Two nodes share the address ${v.ip}; each node needs its own NIC.`,
  'vip.unknown': (v: { vip: string }) => `The virtual IP address "${v.vip}" is unknown.`,
  'realServers.none': (v: { group: string }) => `${v.group} has no real server for the directors to send requests to: add one.`,
  'realServers.nicUnknown': (v: { name: string }) => `The NIC address of real server ${v.name} is unknown: choose its NIC again.`,
} as const;

export type SpecProblemKey = keyof typeof SPEC_PROBLEM_TEMPLATES;
export type SpecProblemWording = Wording<SpecProblemKey>;

export const { word: specProblemWording, english: specProblemEnglish } = wordings(SPEC_PROBLEM_TEMPLATES);
