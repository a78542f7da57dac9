import { i18n } from '@lingui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/locale';
import { checkFixedIp, checkName, NUMBER_RULES, numberProblem, RULE_TEMPLATES, ruleEnglish, type RuleKey, type RuleValues, type Wording } from '../domain';
import { numberText, problemText, RULE_MESSAGES, wordingText } from './problem-text';

const number = { rule: 'servicePort', label: 'Port', min: 1, max: 65535, unit: '' };

/** Values for every rule key: the compiler refuses a key without its sample. */
const SAMPLES: { [K in RuleKey]: RuleValues<K> } = {
  'name.empty': {},
  'name.tooLong': { length: 70 },
  'name.characters': {},
  'cidr.spaces': {},
  'cidr.shape': {},
  'cidr.address': { address: '300.1.1.0' },
  'cidr.prefix': { prefix: '33' },
  'cidr.notNetwork': { cidr: '192.168.0.0/24' },
  'vpcCidr.tooSmall': { range: '10.0.0.0/8', minPrefix: 8, maxPrefix: 24, suggestion: '10.0.0.0/16' },
  'vpcCidr.notPrivate': {},
  'subnetCidr.outsideVpc': { vpc: 'vpc-web', vpcCidr: '192.168.0.0/16' },
  'subnetCidr.tooSmall': { maxPrefix: 28 },
  'subnetCidr.overlap': { subnet: 'subnet-db', cidr: '192.168.1.0/24' },
  'gateway.notIpv4': { gateway: 'x' },
  'gateway.noSubnet': {},
  'gateway.outside': { cidr: '192.168.0.0/24' },
  'gateway.networkOrBroadcast': {},
  'gateway.dhcp': { gateway: '192.168.0.254' },
  'gateway.systemInterface': { gateway: '192.168.0.253' },
  'fixedIp.badSubnet': { subnet: 'subnet-web', cidr: 'nope' },
  'fixedIp.notIpv4': { ip: '1.2.3' },
  'fixedIp.outside': { ip: '10.0.0.5', subnet: 'subnet-web', cidr: '192.168.0.0/24' },
  'fixedIp.reserved': { ip: '192.168.0.1', subnet: 'subnet-web', use: 'Gateway', first: '192.168.0.2', last: '192.168.0.252' },
  'fixedIp.inUse': { ip: '192.168.0.11', holder: 'server ecs-web-01 (192.168.0.11)' },
  'holder.server': { name: 'ecs-web-01', ip: '192.168.0.11' },
  'holder.vip': { name: 'vip-web', ip: '192.168.0.100' },
  'holder.port': { name: 'port-1', ip: '192.168.0.12' },
  'vipBinding.otherSubnet': { server: 'ecs-db-01', ip: '192.168.1.11', subnet: 'subnet-db', vipSubnet: 'subnet-web' },
  'vipBinding.alreadyBound': { server: 'ecs-web-01', ip: '192.168.0.11', vip: '192.168.0.100' },
  'vipPair.block': { ip: '0.0.0.0/0' },
  'vipPair.notIpv4': { ip: 'abc' },
  'eipBinding.boundTo': { eip: '88.1.1.1', ip: '192.168.0.100' },
  'eipBinding.boundElsewhere': { eip: '88.1.1.1' },
  'eipBinding.targetHasEip': { eip: '88.1.1.2' },
  'warning.severalNics': { server: 'ecs-web-01', count: 2 },
  'warning.tooManyVips': { server: 'ecs-web-01', count: 9, max: 8 },
  'warning.tooManyServers': { vip: '192.168.0.100', count: 11, max: 10 },
  'projectId.empty': {},
  'projectId.spaces': {},
  'projectId.tooLong': {},
  'projectId.characters': {},
  'number.empty': number,
  'number.notNumber': { ...number, value: 'abc' },
  'number.notWhole': { ...number, value: 1.5 },
  'number.tooLarge': { ...number, value: 70000 },
  'number.tooSmall': { ...number, value: 0 },
  'halfDone.label': {},
  'halfDone.message': { nic: '192.168.0.11', vip: '192.168.0.100' },
};

const KEYS = Object.keys(RULE_TEMPLATES) as RuleKey[];
const wording = (key: RuleKey): Wording<RuleKey> => ({ key, values: SAMPLES[key] as Wording['values'] });

describe('rule messages', () => {
  it('has a translatable message for every rule of the domain', () => {
    expect(Object.keys(RULE_MESSAGES).sort()).toEqual([...KEYS].sort());
  });

  it.each(KEYS)('%s: the English message is the domain’s own', (key) => {
    expect(wordingText(wording(key))).toBe(ruleEnglish(wording(key)));
  });

  it.each(Object.values(NUMBER_RULES))('number rule $name: every refusal reads as the domain words it', (rule) => {
    for (const value of ['', 'abc', 1.5, rule.max + 1, rule.min - 1]) expect(numberText(rule, value)).toBe(numberProblem(rule, value));
    expect(numberText(rule, rule.min)).toBeNull();
  });

  it('a refusal of a known rule is worded by key; any other keeps its message', () => {
    expect(problemText(checkName('a'.repeat(70)))).toBe('The name is 70 characters long; use at most 64.');
    expect(problemText({ code: 'VPC.0002', message: 'Said by the API.' })).toBe('Said by the API.');
    expect(problemText(null)).toBeNull();
  });

  describe('in Simplified Chinese', () => {
    beforeAll(() => activateLocale('zh-CN'));
    afterAll(() => activateLocale('en'));

    it.each(KEYS)('%s: translated, every value filled in', (key) => {
      const text = wordingText(wording(key));
      expect(text).not.toBe(ruleEnglish(wording(key)));
      expect(text).not.toMatch(/[{}]/);
      for (const value of Object.values(SAMPLES[key])) if (typeof value === 'number') expect(text).toContain(String(value));
    });

    it('names the field, the unit and the reserved use in Chinese too', () => {
      const subnet = { name: 'subnet-web', cidr: '192.168.0.0/24', gateway_ip: '192.168.0.1' };
      expect(problemText(checkFixedIp(subnet, '192.168.0.1', () => null))).toContain('网关');
      expect(numberText(NUMBER_RULES.persistenceTimeout, 90000)).toMatch(/秒/);
      expect(numberText(NUMBER_RULES.priority, 0)).toContain('优先级');
      expect(i18n.locale).toBe('zh-CN');
    });
  });
});
