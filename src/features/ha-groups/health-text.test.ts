import { describe, expect, it } from 'vitest';
import { describeWordingTable } from '../../i18n/wording-suite';
import { groupHealth, healthEnglish, healthWording, HEALTH_TEMPLATES, type HealthMember } from '../../domain/ha';
import { healthMember } from '../../domain/ha/fixtures';
import { HEALTH_MESSAGES, healthText } from './health-text';

const hold = healthWording('cannot.holdVip');
const serve = healthWording('cannot.serve');
const group = { group: 'ha-web' };

const member = healthMember;
const health = (members: HealthMember[]) =>
  groupHealth({ name: 'ha-web', mode: 'ha', status: 'complete', hasApplyPlan: false, vipIp: '192.168.0.50', members });
const stopped = () => health([member('ecs-web-1', 'active', { server: 'SHUTOFF' }), member('ecs-web-2', 'standby')]);

describeWordingTable(
  'HA group health texts',
  {
    templates: HEALTH_TEMPLATES,
    messages: HEALTH_MESSAGES,
    read: (w) => healthText(w),
    english: healthEnglish,
    samples: {
      'cannot.holdVip': {},
      'cannot.serve': {},
      'status.BUILD': {},
      'status.ERROR': {},
      'verdict.deleted': { cannot: hold },
      'verdict.nicGone': { cannot: serve },
      'verdict.stopped': { cannot: hold },
      'verdict.notRunning': [{ status: healthWording('status.ERROR'), cannot: hold }],
      'verdict.unbound': {},
      'verdict.checkOn': { cannot: serve },
      'verdict.checking': {},
      'verdict.holdsVip': {},
      'verdict.serves': {},
      'fix.deleted': { name: 'ecs-web-01' },
      'fix.nicGone': { name: 'ecs-web-01' },
      'fix.stopped': { name: 'ecs-web-01', cannot: hold },
      'fix.notRunning': { name: 'ecs-web-01', status: healthWording('status.BUILD'), cannot: serve },
      'fix.unbound': { name: 'ecs-web-02', ip: '192.168.0.12' },
      'fix.checkOn': { name: 'ecs-web-01', ip: '192.168.0.11' },
      'group.noActive': { ...group, vip: '192.168.0.50' },
      'group.noStandby': { ...group, vip: '192.168.0.50' },
      'group.directors': [
        { ...group, count: 1 },
        { ...group, count: 0 },
      ],
      'group.noRealServer': group,
      'group.fewNodes': [
        { ...group, count: 1 },
        { ...group, count: 0 },
      ],
      'group.setupUnfinished': group,
      'group.markedIncomplete': group,
      'label.complete': {},
      'label.degraded': {},
      'label.incomplete': {},
      'label.checking': {},
    },
  },
  {
    english: () => {
      it('a degraded group reads in English as the domain words it: verdicts, fixes, label, problems', () => {
        const h = stopped();
        expect(healthText(h.labelText)).toBe(h.label);
        for (const m of h.members) {
          expect(healthText(m.verdictText)).toBe(m.verdict);
          expect(m.fixText ? healthText(m.fixText) : '').toBe(m.fix);
        }
        expect(h.problems.map((p) => healthText(p.text))).toEqual(h.problems.map((p) => p.message));
      });
    },
    chinese: () => {
      it('a stopped member is worded in Chinese, nested sentence included', () => {
        const h = stopped();
        expect(healthText(h.labelText)).toBe('已降级');
        expect(healthText(h.members[0].verdictText)).toBe('已关机：无法承载虚拟IP');
        expect(healthText(h.problems[0].text)).toBe('ecs-web-1 已关机，因此无法承载虚拟IP：请启动它。');
      });
    },
  },
);

describe('an ECS status in a verdict', () => {
  it('is the API’s code in English', () => {
    const h = health([member('ecs-web-1', 'active', { server: 'ERROR' }), member('ecs-web-2', 'standby')]);
    expect(h.members[0].verdict).toBe('ERROR: cannot hold the VIP');
    expect(healthText(h.members[0].verdictText)).toBe('ERROR: cannot hold the VIP');
  });
});
