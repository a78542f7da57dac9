import { describe, expect, it } from 'vitest';
import { keepalivedConfigTest } from '../../../scripts/keepalived-check';
import type { HaGroup, Port, Subnet } from '../../contract';
import { generateServerFiles, IncompleteConfigError, keepalivedConf, specProblemEnglish } from '../../domain/ha';
import { groupConfigOf, haConfigSpecOf } from './config-spec';

const configTest = keepalivedConfigTest('keepalived-incomplete');

const active = { server_id: 'web-01', port_id: 'nic-01', role: 'active' as const, priority: 150 };
const standby = { server_id: 'web-02', port_id: 'nic-02', role: 'standby' as const, priority: 100 };
const haWeb = (members: HaGroup['members'], status: HaGroup['status']): HaGroup => ({
  id: 'ha-group-web',
  name: 'ha-web',
  mode: 'ha',
  vip_port_id: 'vip-ha',
  members,
  virtual_router_id: 50,
  advert_int: 1,
  preempt: true,
  status,
  created_at: '',
  updated_at: '',
});
const facts = {
  vip: { fixed_ips: [{ subnet_id: 'n', ip_address: '192.168.0.50' }] } as Port,
  subnet: { cidr: '192.168.0.0/24' } as Subnet,
  nicIp: (id: string) => ({ 'nic-01': '192.168.0.11', 'nic-02': '192.168.0.12' })[id],
  serverName: (id: string) => `ecs-${id}`,
};

describe('an incomplete HA group is offered no configuration', () => {
  it('ha-web after its active member was deleted: no files, and the reason names what is missing', () => {
    const result = groupConfigOf(haWeb([standby], 'incomplete'), facts);
    expect(result.files).toBeUndefined();
    expect(result.missing.map(specProblemEnglish).join(' ')).toMatch(/at least 2 nodes.*has 1 \(ecs-web-02\)/);
    expect(result.missing.map(specProblemEnglish).join(' ')).toMatch(/no active node/);
  });

  it('a member whose NIC is gone: no files', () => {
    const result = groupConfigOf(haWeb([active, { ...standby, port_id: 'nic-gone' }], 'incomplete'), facts);
    expect(result.files).toBeUndefined();
    expect(result.missing.map(specProblemEnglish)).toEqual(['The NIC address of ecs-web-02 is unknown (its NIC may be gone): choose its NIC again.']);
  });

  it('the generator itself refuses the spec, so no caller can produce it', () => {
    const spec = haConfigSpecOf(haWeb([standby], 'incomplete'), facts);
    expect(() => keepalivedConf(spec, spec.nodes[0])).toThrow(IncompleteConfigError);
    expect(() => generateServerFiles(spec)).toThrow(/at least 2 nodes/);
  });

  it('keepalived itself refuses what the generator used to write for it (empty unicast_peer), and accepts the whole group', () => {
    const whole = groupConfigOf(haWeb([active, standby], 'complete'), facts);
    const conf = whole.files!.find((s) => s.serverName === 'ecs-web-02')!.files.find((f) => f.fileName === 'keepalived.conf')!.content;
    expect(configTest(conf, 'whole')).toEqual({ status: 0, output: '' });
    const lonely = conf.replace(/unicast_peer \{\n[^}]*\}/, 'unicast_peer {\n  }');
    expect(lonely).toContain('unicast_peer {\n  }');
    const refused = configTest(lonely, 'lonely');
    expect(refused.status).not.toBe(0);
  });
});
