import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { SpecProblemKey } from '../../domain/ha';
import { wordingReader } from '../../i18n/wording';

/**
 * Why a group gets no keepalived configuration (domain `SPEC_PROBLEM_TEMPLATES`) in the console's
 * language, by key. The English of each equals the domain's (spec-problem-text.test.ts).
 */
export const SPEC_PROBLEM_MESSAGES: Record<SpecProblemKey, MessageDescriptor> = {
  'nodes.none': msg({ message: 'keepalived needs at least 2 nodes to fail over; {group} has 0 (none). Add a member before installing a configuration.' }),
  'nodes.tooFew': msg({ message: 'keepalived needs at least 2 nodes to fail over; {group} has {count} ({names}). Add a member before installing a configuration.' }),
  'nodes.noActive': msg({ message: '{group} has no active node: choose the server that should hold {vip}.' }),
  'nodes.nicUnknown': msg({ message: 'The NIC address of {name} is unknown (its NIC may be gone): choose its NIC again.' }),
  'nodes.sharedAddress': msg({ message: 'Two nodes share the address {ip}; each node needs its own NIC.' }),
  'vip.unknown': msg({ message: 'The virtual IP address "{vip}" is unknown.' }),
  'realServers.none': msg({ message: '{group} has no real server for the directors to send requests to: add one.' }),
  'realServers.nicUnknown': msg({ message: 'The NIC address of real server {name} is unknown: choose its NIC again.' }),
};

/** A reason a group gets no configuration, in the console's language. */
export const specProblemText = wordingReader(SPEC_PROBLEM_MESSAGES);
