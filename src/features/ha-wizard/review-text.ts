import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ReviewTextKey } from '../../domain/ha';
import { wordingReader } from '../../i18n/wording';

/**
 * The review checks' titles and findings (domain `REVIEW_TEMPLATES`) in the console's language, by key.
 * The English of each equals the domain's own (review-text.test.ts).
 */
export const REVIEW_MESSAGES: Record<ReviewTextKey, MessageDescriptor> = {
  'label.roles': msg`Roles`,
  'label.sameSubnet': msg`Same subnet`,
  'label.sourceDestCheck': msg`Source/destination check`,
  'label.severalNics': msg`One NIC per server in the subnet`,
  'label.serversPerVip': msg({ message: 'At most {max} servers on the VIP' }),
  'label.vipsPerServer': msg({ message: 'At most {max} VIPs per server' }),
  'label.forwarding': msg`IP forwarding off on standbys`,
  'label.priorities': msg`Distinct priorities`,
  'label.routerId': msg`Unique virtual_router_id`,

  'roles.twice': msg({ message: '{server} is chosen twice; each server can have one role.' }),
  'roles.oneActive': msg`Choose exactly one active server.`,
  'roles.standby': msg`Choose at least one standby server.`,
  'roles.haPass': msg({ message: '1 active and {standbys} standby server(s).' }),
  'roles.twoDirectors': msg`Choose exactly two LVS directors (active and standby).`,
  'roles.realServers': msg`Choose at least two real servers behind the directors.`,
  'roles.lvsPass': msg({ message: '2 directors and {realServers} real servers.' }),

  'sameSubnet.pass': msg({ message: "Every chosen NIC is in {subnet}, the VIP's subnet." }),
  'sameSubnet.fail': msg({ message: '{servers}: a virtual IP can be bound only to NICs in its own subnet ({subnet}).' }),
  'check.pass': msg`Already off on every chosen NIC.`,
  'check.warn': msg({ message: 'On for {servers}: Apply turns it off on {count, plural, one {that NIC} other {each of those NICs}}.' }),
  'severalNics.pass': msg`No chosen server has several NICs in the subnet.`,
  'severalNics.warn': msg({ message: '{servers} {count, plural, one {has} other {have}} several NICs in {subnet}: VIP traffic may fail through route conflicts.' }),
  'serversPerVip.pass': msg({ message: '{vip} will be bound to {count} server(s).' }),
  'serversPerVip.warn': msg({ message: '{vip} would be bound to {count} servers; Huawei recommends at most {max}.' }),
  'vipsPerServer.pass': msg`No chosen server goes over the limit.`,
  'vipsPerServer.warn': msg({ message: '{servers} would have more than {max} virtual IPs.' }),
  'forwarding.pass': msg`No standby servers in this mode.`,
  'forwarding.warn': msg({ message: 'Run the generated standby-sysctl.sh (net.ipv4.ip_forward = 0) on {servers}.' }),
  'priorities.range': msg({ message: '{server} has priority {priority}; use a whole number from 1 to 254.' }),
  'priorities.same': msg({ message: '{first} and {second} both have priority {priority}; give each node its own.' }),
  'priorities.outranked': msg({
    message:
      '{standby} (standby, {standbyPriority}) outranks the active {active} ({activePriority}): keepalived would make the standby MASTER. Give the active server the highest priority.',
  }),
  'priorities.lead': msg({ message: '{first} leads {second} by {lead}; a lead of 50 or more is recommended.' }),
  'priorities.pass': msg({ message: '{list}.' }),
  'routerId.range': msg({ message: 'virtual_router_id {id} is out of range; use 1 to 255.' }),
  'routerId.taken': msg({ message: 'HA group {group} in {subnet} already uses virtual_router_id {id}; choose another.' }),
  'routerId.pass': msg({ message: 'virtual_router_id {id} is free in {subnet}.' }),
};

/** A review check's title or finding in the console's language. */
export const reviewText = wordingReader(REVIEW_MESSAGES);
