import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../contract';
import { activateLocale } from '../../i18n/locale';
import { importSummary } from './import-outcome';

const result = (counts: Partial<ImportResult['imported']>): ImportResult => ({
  imported: { vpcs: 0, subnets: 0, servers: 0, ports: 0, publicips: 0, ha_groups: 0, ...counts },
  ids: 'kept',
  elapsed_ms: 1,
});

describe('importSummary', () => {
  afterEach(() => activateLocale('en'));

  it('counts each kind with its singular or plural in English', () => {
    expect(importSummary(result({ vpcs: 1, subnets: 2, servers: 6, ports: 9, publicips: 3, ha_groups: 1 }))).toBe(
      '1 VPC, 2 subnets, 6 servers, 9 ports, 3 EIPs, 1 HA group',
    );
    expect(importSummary(result({ vpcs: 0, subnets: 1, servers: 10_000, ports: 1, publicips: 1, ha_groups: 0 }))).toBe(
      '0 VPCs, 1 subnet, 10,000 servers, 1 port, 1 EIP, 0 HA groups',
    );
  });

  it('reads as Chinese, with measure words and an enumeration comma, once the language is zh-CN', async () => {
    await activateLocale('zh-CN');
    expect(importSummary(result({ vpcs: 1, subnets: 2, servers: 6, ports: 9, publicips: 3, ha_groups: 1 }))).toBe(
      '1 个VPC、2 个子网、6 台云服务器、9 个端口、3 个弹性公网IP、1 个高可用组',
    );
  });
});
