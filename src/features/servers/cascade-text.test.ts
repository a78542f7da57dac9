import { expect, it } from 'vitest';
import { describeWordingTable } from '../../i18n/wording-suite';
import { CASCADE_TEMPLATES, cascadeEnglish, cascadeList, cascadeWording, serverCascade, type CascadeInput } from '../../domain/ha';
import { CASCADE_MESSAGES, cascadeText } from './cascade-text';

const vip = cascadeWording('vip.named', { name: 'vip-ha', ip: '192.168.0.50' });
const two = cascadeList(['ecs-web-01 (192.168.0.11)', 'ecs-web-02 (192.168.0.12)']);
const member = { group: 'ha-web', role: cascadeWording('role.active'), server: 'ecs-web-01' };
const effect = cascadeWording('effect.failover', { vip: '192.168.0.50', server: 'ecs-web-02', role: cascadeWording('role.standby') });

const input = (action: CascadeInput['action']): CascadeInput => ({
  action,
  servers: [{ id: 'w1', name: 'ecs-web-01' }],
  nics: [{ serverId: 'w1', ip: '192.168.0.11', networkId: 'net-web' }],
  vips: [{ id: 'vip-ha', name: 'vip-ha', ip: '192.168.0.50', networkId: 'net-web', boundIps: ['192.168.0.11', '192.168.0.12', '192.168.0.13'] }],
  groups: [
    {
      id: 'g1',
      name: 'ha-web',
      vipPortId: 'vip-ha',
      members: [
        { server_id: 'w1', role: 'active', priority: 150 },
        { server_id: 'w2', role: 'standby', priority: 100 },
      ],
    },
  ],
  otherServer: (id) => ({ w2: { name: 'ecs-web-02', status: 'ACTIVE' } })[id],
});

describeWordingTable(
  'server cascade texts',
  {
    templates: CASCADE_TEMPLATES,
    messages: CASCADE_MESSAGES,
    read: (w) => cascadeText(w),
    english: cascadeEnglish,
    samples: {
      'list.and': { first: 'a', last: 'b' },
      'list.comma': { first: 'a', rest: cascadeList(['b', 'c']) },
      'role.active': {},
      'role.standby': {},
      'role.director': {},
      'role.backend': {},
      'vip.named': { name: 'vip-ha', ip: '192.168.0.50' },
      'vip.unnamed': { ip: '192.168.0.50' },
      'vip.deleteStays': { vip, nics: 'ecs-web-01 (192.168.0.11)', others: '192.168.0.12' },
      'vip.deleteAlone': { vip, nics: two },
      'vip.stopOthers': [
        { vip, nics: 'ecs-web-01 (192.168.0.11)', count: 1, others: '192.168.0.12' },
        { vip, nics: two, count: 2, others: '192.168.0.13' },
      ],
      'vip.stopAlone': [
        { vip, nics: 'ecs-web-01 (192.168.0.11)', count: 1 },
        { vip, nics: two, count: 2 },
      ],
      'group.delete': { ...member, effect },
      'group.stop': { ...member, effect },
      'group.theVip': {},
      'group.theHolder': {},
      'effect.otherBackends': [{ count: 1 }, { count: 3 }],
      'effect.noBackend': {},
      'effect.failover': { vip: '192.168.0.50', server: 'ecs-web-02', role: cascadeWording('role.standby') },
      'effect.noTakeover': { vip: cascadeWording('group.theVip') },
      'effect.backups': { servers: cascadeList(['ecs-web-02', 'ecs-web-03', 'ecs-web-04']), vip: '192.168.0.50' },
      'effect.noBackup': { vip: '192.168.0.50', holder: cascadeWording('group.theHolder') },
    },
  },
  {
    english: () => {
      it.each(['delete', 'stop'] as const)('what %s does reads in English as the domain words it', (action) => {
        for (const c of serverCascade(input(action))) expect(cascadeText(c.text)).toBe(c.message);
      });
    },
    chinese: () => {
      it('a delete is worded in Chinese, lists and roles included', () => {
        const [onVip, onGroup] = serverCascade(input('delete')).map((c) => cascadeText(c.text));
        expect(onVip).toBe('虚拟IP vip-ha（192.168.0.50） 绑定在 ecs-web-01 (192.168.0.11) 上：该绑定将被解除；它仍绑定在 192.168.0.12 和 192.168.0.13 上。');
        expect(onGroup).toBe('ha-web 将失去其主成员 ecs-web-01：192.168.0.50 故障切换到 ecs-web-02（备服务器）；该高可用组将变为不完整。');
      });
    },
  },
);
