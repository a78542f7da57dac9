import { i18n as activeI18n, type I18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { StepTextKey, Wording } from '../domain';
import { wordingReader } from '../i18n/wording';

/**
 * The workflows' step labels, blocked steps and changes seen in another tab (domain `STEP_TEMPLATES`)
 * in the console's language, by key. The English of each equals the domain's (step-text.test.ts).
 */
export const STEP_MESSAGES: Record<StepTextKey, MessageDescriptor> = {
  'pairs.add': msg({ message: 'Add {ips} to the allowed addresses of {vip}' }),
  'pairs.unbind': msg({ message: 'Unbind {nic} from {vip}' }),
  'check.on': msg({ message: 'Turn on Source/Destination Check on {nic}' }),
  'check.off': msg({ message: 'Turn off Source/Destination Check on {nic}' }),
  'eip.bind': msg({ message: 'Bind EIP {eip} to {vip}' }),
  'eip.unbind': msg({ message: 'Unbind EIP {eip}' }),
  'eip.unbindFrom': msg({ message: 'Unbind EIP {eip} from {vip}' }),
  'haEdit.bind': msg({ message: 'Bind {servers} to the virtual IP {vip}' }),
  'haEdit.save': msg({ message: 'Save HA group {group}' }),
  'haEdit.unbind': msg({ message: 'Unbind {servers} from the virtual IP {vip}' }),
  'haDelete.releaseEip': msg({ message: 'Release EIP {eip}' }),
  'haDelete.unbind': msg({ message: 'Unbind the members from {vip}' }),
  'haDelete.group': msg({ message: 'Delete HA group {group}' }),
  'haDelete.releaseVip': msg({ message: 'Release virtual IP {vip}' }),
  undo: msg({ message: 'Undo: {step}' }),

  'apply.assignVip': msg({ message: 'Assign virtual IP {ip}' }),
  'apply.assignFirstFree': msg({ message: 'Assign a virtual IP (first free address)' }),
  'apply.saveGroup': msg({ message: 'Save HA group {group} (incomplete until the last step)' }),
  'apply.buyEip': msg({ message: 'Buy EIP {eip} ({bandwidth} Mbit/s)' }),
  'apply.bindVip': msg({ message: 'Bind virtual IP {vip} to {servers}' }),
  'apply.bindNewVip': msg({ message: 'Bind the virtual IP to {servers}' }),
  'apply.bindEip': msg({ message: 'Bind EIP {eip} to virtual IP {vip}' }),
  'apply.bindEipNewVip': msg({ message: 'Bind EIP {eip} to the virtual IP' }),
  'apply.complete': msg({ message: 'Mark HA group {group} complete' }),
  'applyUndo.unbindEip': msg({ message: 'Unbind the EIP from the virtual IP' }),
  'applyUndo.unbindVip': msg({ message: 'Unbind {ips} from the virtual IP' }),
  'applyUndo.releaseEip': msg({ message: 'Release EIP {eip} bought by the wizard' }),
  'applyUndo.releaseAnEip': msg({ message: 'Release the EIP bought by the wizard' }),
  'applyUndo.deleteGroup': msg({ message: 'Delete the HA group' }),
  'applyUndo.deleteVip': msg({ message: 'Release the virtual IP assigned by the wizard (and the group with it)' }),

  'blocked.eipElsewhere': msg({ message: 'EIP {eip} is bound to another port now; unbind it there first.' }),
  'blocked.eipRebound': msg({ message: 'EIP {eip} was bound again elsewhere; it is left as it is.' }),
  'change.added': msg({ message: "{name}'s pairs changed in another tab: {added} {addedCount, plural, one {was} other {were}} added" }),
  'change.removed': msg({ message: "{name}'s pairs changed in another tab: {removed} {removedCount, plural, one {was} other {were}} removed" }),
  'change.addedRemoved': msg({
    message:
      "{name}'s pairs changed in another tab: {added} {addedCount, plural, one {was} other {were}} added, {removed} {removedCount, plural, one {was} other {were}} removed",
  }),
  'change.rewritten': msg({ message: "{name}'s pairs changed in another tab: it was written again" }),
  'change.sentinel': msg({ message: '{ip} (the check-off sentinel)' }),
  'change.same': msg({ message: '{name} changed in another tab' }),
  'change.eipBound': msg({ message: '{name} changed in another tab: it is now bound to port {port}' }),
  'change.eipUnbound': msg({ message: '{name} changed in another tab: it was unbound' }),
};

/** A step's (or a change's) sentence in the console's language; nested sentences worded first. */
export const stepWordingText = wordingReader(STEP_MESSAGES);

/** A step's label in the console's language; a step saved without its wording keeps its English label. */
export const stepLabel = (step: { label: string; text?: Wording }, i18n: I18n = activeI18n): string =>
  (step.text && stepWordingText(step.text, i18n)) || step.label;
