import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { CascadeTextKey } from '../../domain/ha';
import { wordingReader } from '../../i18n/wording';

/**
 * What deleting or stopping servers does (domain `CASCADE_TEMPLATES`) in the console's language, by
 * key. The English of each equals the domain's (cascade-text.test.ts).
 */
export const CASCADE_MESSAGES: Record<CascadeTextKey, MessageDescriptor> = {
  'list.and': msg({ message: '{first} and {last}', comment: 'The last two names of a list.' }),
  'list.comma': msg({ message: '{first}, {rest}', comment: 'A name and the rest of a list.' }),

  'role.active': msg({ message: 'active member', context: 'within a sentence' }),
  'role.standby': msg({ message: 'standby', context: 'within a sentence' }),
  'role.director': msg({ message: 'LVS director', context: 'within a sentence' }),
  'role.backend': msg({ message: 'real server', context: 'within a sentence' }),

  'vip.named': msg({ message: 'virtual IP {name} ({ip})' }),
  'vip.unnamed': msg({ message: 'virtual IP ({ip})' }),
  'vip.deleteStays': msg({ message: '{vip} is bound to {nics}: that binding is removed; it stays bound to {others}.' }),
  'vip.deleteAlone': msg({ message: '{vip} is bound to {nics}: that binding is removed; it is then bound to no server, so nothing answers for it.' }),
  'vip.stopOthers': msg({
    message: '{vip} is bound to {nics}: while stopped, {count, plural, one {it cannot} other {they cannot}} answer for it; the other bound NICs ({others}) still can.',
  }),
  'vip.stopAlone': msg({
    message:
      '{vip} is bound to {nics}: while stopped, {count, plural, one {it cannot} other {they cannot}} answer for it; no other server is bound, so nothing answers for it.',
  }),

  'group.delete': msg({ message: '{group} loses its {role} {server}: {effect}; the group becomes incomplete.' }),
  'group.stop': msg({ message: "{group}'s {role} {server} stops: {effect} until it is started again." }),
  'group.theVip': msg`the VIP`,
  'group.theHolder': msg`the member holding it`,

  'effect.otherBackends': msg({
    message: 'the directors send its requests to {count, plural, one {the other real server} other {the other # real servers}}',
  }),
  'effect.noBackend': msg`no real server is left, so requests to the VIP fail`,
  'effect.failover': msg({ message: '{vip} fails over to {server} ({role})' }),
  'effect.noTakeover': msg({ message: 'no other member can take {vip}, so it stops answering' }),
  'effect.backups': msg({ message: '{servers} can still take over {vip}' }),
  'effect.noBackup': msg({ message: 'nothing is left to take over {vip} if {holder} fails' }),
};

/** A consequence of deleting or stopping servers in the console's language. */
export const cascadeText = wordingReader(CASCADE_MESSAGES);
