import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { HealthTextKey } from '../../domain/ha';
import { wordingReader } from '../../i18n/wording';

/**
 * An HA group's health (domain `HEALTH_TEMPLATES`: member verdicts and fixes, the group's label and
 * problems) in the console's language, by key. The English of each equals the domain's (health-text.test.ts).
 */
export const HEALTH_MESSAGES: Record<HealthTextKey, MessageDescriptor> = {
  'cannot.holdVip': msg`cannot hold the VIP`,
  'cannot.serve': msg`cannot serve requests`,
  'status.BUILD': msg({ message: 'BUILD', comment: 'An ECS status code: the server is being created.' }),
  'status.ERROR': msg({ message: 'ERROR', comment: 'An ECS status code: the server is faulty.' }),

  'verdict.deleted': msg({ message: 'Deleted: {cannot}' }),
  'verdict.nicGone': msg({ message: 'NIC gone: {cannot}' }),
  'verdict.stopped': msg({ message: 'Stopped: {cannot}' }),
  'verdict.notRunning': msg({ message: '{status}: {cannot}' }),
  'verdict.unbound': msg`Not bound: cannot hold the VIP`,
  'verdict.checkOn': msg({ message: 'Check on: {cannot}' }),
  'verdict.checking': msg({ message: 'Checking…', context: 'member verdict' }),
  'verdict.holdsVip': msg({ message: 'Can hold the VIP', context: 'member verdict' }),
  'verdict.serves': msg`Serves requests (VIP on lo)`,

  'fix.deleted': msg({ message: '{name} was deleted: edit the members to replace it, or delete the group.' }),
  'fix.nicGone': msg({ message: 'The member NIC of {name} no longer exists: edit the members to choose another NIC.' }),
  'fix.stopped': msg({ message: '{name} is stopped, so it {cannot}: start it.' }),
  'fix.notRunning': msg({ message: '{name} is {status}, not running, so it {cannot}.' }),
  'fix.unbound': msg({
    message: "The NIC {ip} of {name} is not bound to the VIP, so the network drops the VIP's traffic to it: Retry the setup, or bind the VIP to it again.",
  }),
  'fix.checkOn': msg({ message: "The source/destination check of {name}'s NIC {ip} is on, so the VIP's traffic is dropped there: turn the check off." }),

  'group.noActive': msg({ message: '{group} has no active member: edit the members and choose the server that should hold {vip}.' }),
  'group.noStandby': msg({ message: '{group} has no standby member, so nothing takes over {vip}: edit the members and add a standby.' }),
  'group.directors': msg({
    message: '{group} has {count, plural, one {# LVS director} other {# LVS directors}} and needs 2: edit the members and add a director.',
  }),
  'group.noRealServer': msg({ message: '{group} has no real server to send requests to: edit the members and add one.' }),
  'group.fewNodes': msg({ message: '{group} has {count, plural, one {# keepalived node} other {# keepalived nodes}}; failover needs at least 2: edit the members.' }),
  'group.setupUnfinished': msg({ message: 'The setup of {group} did not finish: Retry it (nothing is done twice) or Undo it.' }),
  'group.markedIncomplete': msg({
    message: '{group} is marked incomplete (a member was removed, e.g. its server deleted): check the members, then edit them to save the group again.',
  }),

  'label.complete': msg({ message: 'Complete', context: 'HA group health' }),
  'label.degraded': msg({ message: 'Degraded', context: 'HA group health' }),
  'label.incomplete': msg({ message: 'Incomplete', context: 'HA group health' }),
  'label.checking': msg({ message: 'Checking…', context: 'HA group health' }),
};

/** A health verdict, fix, label or problem in the console's language. */
export const healthText = wordingReader(HEALTH_MESSAGES);
