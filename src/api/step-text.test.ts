import { expect, it } from 'vitest';
import { describeWordingTable } from '../i18n/wording-suite';
import { pairsChangeWording, planBind, planHaDelete, planHaEdit, stepEnglish, STEP_TEMPLATES, stepWording, undoOf, type StepTextKey } from '../domain';
import { planHaApply, planUndo } from '../domain/ha';
import { STEP_MESSAGES, stepLabel, stepWordingText } from './step-text';

type Values = Record<string, string | number>;
const nic = { nic: 'ecs-web-01 (192.168.0.11)' };

/** Values for every step key: the compiler refuses a key without its sample. */
const SAMPLES: Record<StepTextKey, Values> = {
  'pairs.add': { ips: '192.168.0.11, 192.168.0.12', vip: '192.168.0.100' },
  'pairs.unbind': { nic: 'ecs-web-01 (192.168.0.11)', vip: '192.168.0.100' },
  'check.on': nic,
  'check.off': nic,
  'eip.bind': { eip: '88.1.1.1', vip: '192.168.0.100' },
  'eip.unbind': { eip: '88.1.1.1' },
  'eip.unbindFrom': { eip: '88.1.1.1', vip: '192.168.0.100' },
  'haEdit.bind': { servers: 'ecs-web-03', vip: '192.168.0.100' },
  'haEdit.save': { group: 'ha-web' },
  'haEdit.unbind': { servers: 'ecs-web-02', vip: '192.168.0.100' },
  'haDelete.releaseEip': { eip: '88.1.1.1' },
  'haDelete.unbind': { vip: '192.168.0.100' },
  'haDelete.group': { group: 'ha-web' },
  'haDelete.releaseVip': { vip: '192.168.0.100' },
  undo: { step: 'Bind EIP 88.1.1.1 to 192.168.0.100' },
  'apply.assignVip': { ip: '192.168.0.100' },
  'apply.assignFirstFree': {},
  'apply.saveGroup': { group: 'ha-web' },
  'apply.buyEip': { eip: 'eip-ha', bandwidth: 5 },
  'apply.bindVip': { vip: '192.168.0.100', servers: 'ecs-web-01 (192.168.0.11)' },
  'apply.bindNewVip': { servers: 'ecs-web-01 (192.168.0.11)' },
  'apply.bindEip': { eip: '88.1.1.1', vip: '192.168.0.100' },
  'apply.bindEipNewVip': { eip: 'eip-ha' },
  'apply.complete': { group: 'ha-web' },
  'applyUndo.unbindEip': {},
  'applyUndo.unbindVip': { ips: '192.168.0.11' },
  'applyUndo.releaseEip': { eip: 'eip-ha' },
  'applyUndo.releaseAnEip': {},
  'applyUndo.deleteGroup': {},
  'applyUndo.deleteVip': {},
  'blocked.eipElsewhere': { eip: '88.1.1.1' },
  'blocked.eipRebound': { eip: '88.1.1.1' },
  'change.added': { name: 'vip-web', added: '192.168.0.13', addedCount: 1 },
  'change.removed': { name: 'vip-web', removed: '192.168.0.13, 192.168.0.14', removedCount: 2 },
  'change.addedRemoved': { name: 'vip-web', added: '192.168.0.13, 192.168.0.14', addedCount: 2, removed: '192.168.0.15', removedCount: 1 },
  'change.rewritten': { name: 'vip-web' },
  'change.sentinel': { ip: '1.1.1.1/0' },
  'change.same': { name: 'EIP 88.1.1.1' },
  'change.eipBound': { name: 'EIP 88.1.1.1', port: 'port-1' },
  'change.eipUnbound': { name: 'EIP 88.1.1.1' },
};


const vip = { id: 'vip-1', ip: '192.168.0.100' };
const group = { id: 'g1', name: 'ha-web', vipPortId: 'vip-1', vipIp: '192.168.0.100' };
const everyPlannedStep = () => [
  ...planBind(vip, [{ portId: 'p1', ip: '192.168.0.11', label: 'ecs-web-01 (192.168.0.11)' }]),
  ...planHaEdit({ group, members: [], added: [{ serverName: 'ecs-web-03', portId: 'p3', ip: '192.168.0.13', vrrp: true }], removed: [{ serverName: 'ecs-web-02', portId: 'p2', ip: '192.168.0.12', vrrp: true }] }),
  ...planHaDelete({ group, memberIps: ['192.168.0.11'], eip: { id: 'e1', address: '88.1.1.1' }, releaseVip: true, releaseEip: true }),
  ...planHaApply({
    groupName: 'ha-web',
    vip: { kind: 'new', name: 'vip-ha' },
    members: [{ serverName: 'ecs-web-01', portId: 'p1', ip: '192.168.0.11', role: 'active' }],
    eip: { kind: 'new', name: 'eip-ha', bandwidth: 5 },
  }),
];

describeWordingTable(
  'step texts',
  { templates: STEP_TEMPLATES, messages: STEP_MESSAGES, read: (w) => stepWordingText(w), english: stepEnglish, samples: SAMPLES },
  {
    english: () => {
      it('every planned step, and the undo of one, reads in English as its label', () => {
        for (const step of everyPlannedStep()) expect(stepLabel(step)).toBe(step.label);
        const [pairs] = planBind(vip, [{ portId: 'p1', ip: '192.168.0.11', label: 'ecs-web-01 (192.168.0.11)' }]);
        const undo = undoOf(pairs, { kind: 'port', pairs: [] })!;
        expect(stepLabel(undo)).toBe('Undo: Add 192.168.0.11 to the allowed addresses of 192.168.0.100');
        const change = pairsChangeWording('vip-web', [{ ip_address: '192.168.0.11' }], [{ ip_address: '1.1.1.1/0' }]);
        expect(stepWordingText(change)).toBe(stepEnglish(change));
      });

      it('a step saved without its wording keeps its label', () => {
        expect(stepLabel({ label: 'Old label' })).toBe('Old label');
      });
    },
    chinese: () => {
      it('words a nested step in Chinese too', () => {
        const inner = stepWording('check.off', { nic: 'ecs-web-01' });
        expect(stepWordingText(stepWording('undo', { step: inner }))).toBe('撤销：关闭 ecs-web-01 的源/目的检查');
        const undo = planUndo(
          planHaApply({ groupName: 'g', vip: { kind: 'existing', ip: '192.168.0.100' }, members: [], eip: { kind: 'none' } }),
          [{ step: 'save-group', state: 'applied', at: '' }],
          { group: { exists: true }, vip: null, nics: {}, eip: null },
        );
        expect(undo.map((a) => stepLabel(a))).toEqual(['删除高可用组']);
      });
    },
  },
);
