import { i18n } from '@lingui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advanceRotation,
  advanceTo,
  applyAction,
  applyRealServerAction,
  createRotation,
  createSimulation,
  DEFAULT_CHECK_TIMING,
  SIM_EVENT_TEMPLATES,
  simEventWords,
  type SimEventReason,
  type SimEventValues,
} from '../../domain/vrrp';
import { activateLocale } from '../../i18n/locale';
import { eventText, SIM_EVENT_MESSAGES } from './sim-event-text';

const name = 'ecs web 02';

/** Values for every reason: the compiler refuses a reason without its sample. */
const SAMPLES: { [K in SimEventReason]: SimEventValues<K> } = {
  'vrrp.masterDown': { name },
  'vrrp.garp': { name, ip: '192.168.0.12' },
  'vrrp.advert': { name, priority: 100 },
  'vrrp.startsBackup': { name },
  'vrrp.startsBackupAsMaster': { name },
  'vrrp.leavesFault': { name },
  'vrrp.higherPriority': { name, other: 'ecs-web-01', priority: 150 },
  'vrrp.serviceDown': { name },
  'vrrp.serviceBack': { name },
  'vrrp.stopped': { name },
  'vrrp.fault': { name },
  'vrrp.checkPasses': { name },
  'vrrp.restored': { name },
  'lvs.restored': { name },
  'lvs.added': { name },
  'lvs.removed': { name, count: 4 },
  'lvs.stopped': { name },
  'lvs.checkFails': { name },
};

const REASONS = Object.keys(SIM_EVENT_TEMPLATES) as SimEventReason[];
const sample = <K extends SimEventReason>(reason: K) => simEventWords(reason, SAMPLES[reason] as SimEventValues<K>);

/** Every event the engines log, from one run through each action of both engines. */
function engineEvents() {
  const nodes = [
    { id: 'a', name: 'ecs-web-01', ip: '192.168.0.11', priority: 150, startsAsMaster: true },
    { id: 'b', name, ip: '192.168.0.12', priority: 100, startsAsMaster: false },
  ];
  let vrrp = createSimulation({ advertInt: 1, preempt: true, nodes });
  vrrp = applyAction(advanceTo(vrrp, 3), 'a', 'fail-check');
  vrrp = applyAction(advanceTo(vrrp, 8), 'a', 'restore');
  vrrp = applyAction(advanceTo(vrrp, 14), 'a', 'stop');
  vrrp = advanceTo(applyAction(advanceTo(vrrp, 20), 'a', 'restore'), 26);
  // Without preemption a node that starts as BACKUP hears a higher priority and yields.
  const calm = advanceTo(createSimulation({ advertInt: 1, preempt: false, nodes: nodes.map((n) => ({ ...n, startsAsMaster: false })) }), 10);
  let lvs = createRotation({ ...DEFAULT_CHECK_TIMING, servers: [{ id: 'r', name: 'ecs-rs-01', ip: '192.168.0.21' }] });
  lvs = advanceRotation(applyRealServerAction(lvs, 'r', 'stop'), 30);
  lvs = advanceRotation(applyRealServerAction(lvs, 'r', 'restore'), 60);
  lvs = applyRealServerAction(lvs, 'r', 'fail-check');
  return [...vrrp.events, ...calm.events, ...lvs.events];
}

describe('simulation timeline words', () => {
  it('has a translatable message for every reason of the engines', () => {
    expect(Object.keys(SIM_EVENT_MESSAGES).sort()).toEqual([...REASONS].sort());
  });

  it.each(REASONS)('%s: the English message is the domain’s own', (reason) => {
    const words = sample(reason);
    expect(eventText(i18n, words)).toBe(SIM_EVENT_TEMPLATES[reason](SAMPLES[reason] as never));
    expect(words.text).toBe(eventText(i18n, words));
  });

  it('the engines log every reason, each event worded as its text says', () => {
    const events = engineEvents();
    expect(new Set(events.map((e) => e.reason))).toEqual(new Set(REASONS));
    for (const e of events) expect(eventText(i18n, e)).toBe(e.text);
  });

  it('an event of an unknown reason keeps its English', () => {
    expect(eventText(i18n, { reason: 'vrrp.new' as SimEventReason, values: {}, text: 'ecs-web-01 does something new' })).toBe('ecs-web-01 does something new');
  });

  describe('in Simplified Chinese', () => {
    beforeAll(() => activateLocale('zh-CN'));
    afterAll(() => activateLocale('en'));

    it.each(REASONS)('%s: translated, every value filled in', (reason) => {
      const text = eventText(i18n, sample(reason));
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      expect(text).not.toMatch(/[{}]/);
      for (const value of Object.values(SAMPLES[reason])) expect(text).toContain(String(value));
    });

    it('says a takeover in Chinese with its names and numbers', () => {
      expect(eventText(i18n, sample('vrrp.higherPriority'))).toBe('ecs web 02 成为BACKUP：ecs-web-01 通告了更高的优先级（150）');
      expect(eventText(i18n, sample('vrrp.garp'))).toBe('ecs web 02 发送免费ARP：虚拟IP现指向 192.168.0.12');
    });
  });
});
