import { i18n } from '@lingui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceRotation, advanceTo, applyAction, applyRealServerAction, createRotation, createSimulation, DEFAULT_CHECK_TIMING } from '../../domain/vrrp';
import { activateLocale } from '../../i18n/locale';
import { eventMessage, eventText } from './sim-event-text';

/** Every sentence the engines write, from one run through each action of both engines. */
function allSentences(): string[] {
  const nodes = [
    { id: 'a', name: 'ecs-web-01', ip: '192.168.0.11', priority: 150, startsAsMaster: true },
    { id: 'b', name: 'ecs web 02', ip: '192.168.0.12', priority: 100, startsAsMaster: false },
  ];
  let vrrp = createSimulation({ advertInt: 1, preempt: true, nodes });
  vrrp = advanceTo(vrrp, 3);
  vrrp = applyAction(vrrp, 'a', 'fail-check');
  vrrp = advanceTo(vrrp, 8);
  vrrp = applyAction(vrrp, 'a', 'restore');
  vrrp = advanceTo(vrrp, 14);
  vrrp = applyAction(vrrp, 'a', 'stop');
  vrrp = advanceTo(vrrp, 20);
  vrrp = applyAction(vrrp, 'a', 'restore');
  vrrp = advanceTo(vrrp, 26);
  // Without preemption a node that starts as BACKUP hears a higher priority and yields.
  let calm = createSimulation({ advertInt: 1, preempt: false, nodes: nodes.map((n) => ({ ...n, startsAsMaster: false })) });
  calm = advanceTo(calm, 10);

  let lvs = createRotation({ ...DEFAULT_CHECK_TIMING, servers: [{ id: 'r', name: 'ecs-rs-01', ip: '192.168.0.21' }] });
  lvs = applyRealServerAction(lvs, 'r', 'stop');
  lvs = advanceRotation(lvs, 30);
  lvs = applyRealServerAction(lvs, 'r', 'restore');
  lvs = advanceRotation(lvs, 60);
  lvs = applyRealServerAction(lvs, 'r', 'fail-check');
  return [...new Set([...vrrp.events, ...calm.events, ...lvs.events].map((e) => e.text))];
}

describe('simulation timeline words', () => {
  const sentences = allSentences();

  it('knows every sentence the engines write', () => {
    expect(sentences.length).toBeGreaterThan(14);
    expect(sentences.filter((s) => eventMessage(s) === null)).toEqual([]);
    // Each of the eighteen kinds of sentence shows up, so none of the patterns is dead.
    expect(new Set(sentences.map((s) => eventMessage(s)?.id)).size).toBe(18);
  });

  it('says them again in English unchanged, with names holding spaces', () => {
    for (const s of sentences) expect(eventText(i18n, s)).toBe(s);
  });

  describe('in Simplified Chinese', () => {
    beforeAll(() => activateLocale('zh-CN'));
    afterAll(() => activateLocale('en'));

    it('translates each sentence and keeps its names, addresses and numbers', () => {
      expect(eventText(i18n, 'ecs web 02 is BACKUP: ecs-web-01 advertises a higher priority (150)')).toBe('ecs web 02 成为 BACKUP：ecs-web-01 通告了更高的优先级（150）');
      expect(eventText(i18n, 'ecs-web-01 sends gratuitous ARP: the VIP now reaches 192.168.0.11')).toBe('ecs-web-01 发送免费 ARP：虚拟IP现指向 192.168.0.11');
      for (const s of sentences) expect(eventText(i18n, s), s).toMatch(/[\u4e00-\u9fff]/);
    });

    it('leaves a sentence it does not know as the engine wrote it', () => {
      expect(eventText(i18n, 'ecs-web-01 does something new')).toBe('ecs-web-01 does something new');
    });
  });
});
