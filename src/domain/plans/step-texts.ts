import { wordings, type Wording } from '../text';

const wasWere = (count: number) => (count === 1 ? 'was' : 'were');

/**
 * The English of the steps the console's workflows show (bind, unbind, HA apply, edit, delete, their
 * undo), of a step a changed resource blocks, and of what another tab changed, by stable key. Screens
 * translate by key (src/api/step-text.ts); `label` and error messages keep these English words.
 */
export const STEP_TEMPLATES = {
  'pairs.add': (v: { ips: string; vip: string }) => `Add ${v.ips} to the allowed addresses of ${v.vip}`,
  'pairs.unbind': (v: { nic: string; vip: string }) => `Unbind ${v.nic} from ${v.vip}`,
  'check.on': (v: { nic: string }) => `Turn on Source/Destination Check on ${v.nic}`,
  'check.off': (v: { nic: string }) => `Turn off Source/Destination Check on ${v.nic}`,
  'eip.bind': (v: { eip: string; vip: string }) => `Bind EIP ${v.eip} to ${v.vip}`,
  'eip.unbind': (v: { eip: string }) => `Unbind EIP ${v.eip}`,
  'eip.unbindFrom': (v: { eip: string; vip: string }) => `Unbind EIP ${v.eip} from ${v.vip}`,
  'haEdit.bind': (v: { servers: string; vip: string }) => `Bind ${v.servers} to the virtual IP ${v.vip}`,
  'haEdit.save': (v: { group: string }) => `Save HA group ${v.group}`,
  'haEdit.unbind': (v: { servers: string; vip: string }) => `Unbind ${v.servers} from the virtual IP ${v.vip}`,
  'haDelete.releaseEip': (v: { eip: string }) => `Release EIP ${v.eip}`,
  'haDelete.unbind': (v: { vip: string }) => `Unbind the members from ${v.vip}`,
  'haDelete.group': (v: { group: string }) => `Delete HA group ${v.group}`,
  'haDelete.releaseVip': (v: { vip: string }) => `Release virtual IP ${v.vip}`,
  undo: (v: { step: string }) => `Undo: ${v.step}`,

  'apply.assignVip': (v: { ip: string }) => `Assign virtual IP ${v.ip}`,
  'apply.assignFirstFree': () => 'Assign a virtual IP (first free address)',
  'apply.saveGroup': (v: { group: string }) => `Save HA group ${v.group} (incomplete until the last step)`,
  'apply.buyEip': (v: { eip: string; bandwidth: number }) => `Buy EIP ${v.eip} (${v.bandwidth} Mbit/s)`,
  'apply.bindVip': (v: { vip: string; servers: string }) => `Bind virtual IP ${v.vip} to ${v.servers}`,
  'apply.bindNewVip': (v: { servers: string }) => `Bind the virtual IP to ${v.servers}`,
  'apply.bindEip': (v: { eip: string; vip: string }) => `Bind EIP ${v.eip} to virtual IP ${v.vip}`,
  'apply.bindEipNewVip': (v: { eip: string }) => `Bind EIP ${v.eip} to the virtual IP`,
  'apply.complete': (v: { group: string }) => `Mark HA group ${v.group} complete`,
  'applyUndo.unbindEip': () => 'Unbind the EIP from the virtual IP',
  'applyUndo.unbindVip': (v: { ips: string }) => `Unbind ${v.ips} from the virtual IP`,
  'applyUndo.releaseEip': (v: { eip: string }) => `Release EIP ${v.eip} bought by the wizard`,
  'applyUndo.releaseAnEip': () => 'Release the EIP bought by the wizard',
  'applyUndo.deleteGroup': () => 'Delete the HA group',
  'applyUndo.deleteVip': () => 'Release the virtual IP assigned by the wizard (and the group with it)',

  'blocked.eipElsewhere': (v: { eip: string }) => `EIP ${v.eip} is bound to another port now; unbind it there first.`,
  'blocked.eipRebound': (v: { eip: string }) => `EIP ${v.eip} was bound again elsewhere; it is left as it is.`,
  'change.added': (v: { name: string; added: string; addedCount: number }) => `${v.name}'s pairs changed in another tab: ${v.added} ${wasWere(v.addedCount)} added`,
  'change.removed': (v: { name: string; removed: string; removedCount: number }) =>
    `${v.name}'s pairs changed in another tab: ${v.removed} ${wasWere(v.removedCount)} removed`,
  'change.addedRemoved': (v: { name: string; added: string; addedCount: number; removed: string; removedCount: number }) =>
    `${v.name}'s pairs changed in another tab: ${v.added} ${wasWere(v.addedCount)} added, ${v.removed} ${wasWere(v.removedCount)} removed`,
  'change.rewritten': (v: { name: string }) => `${v.name}'s pairs changed in another tab: it was written again`,
  'change.sentinel': (v: { ip: string }) => `${v.ip} (the check-off sentinel)`,
  'change.same': (v: { name: string }) => `${v.name} changed in another tab`,
  'change.eipBound': (v: { name: string; port: string }) => `${v.name} changed in another tab: it is now bound to port ${v.port}`,
  'change.eipUnbound': (v: { name: string }) => `${v.name} changed in another tab: it was unbound`,
} as const;

export type StepTextKey = keyof typeof STEP_TEMPLATES;
export type StepWording = Wording<StepTextKey>;

export const { word: stepWording, english: stepEnglish } = wordings(STEP_TEMPLATES);
