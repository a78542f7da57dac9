import { parse } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import { haPairData, lvsClusterData, twoNicData } from './fixtures';
import { terraformFiles, terraformSingleFile } from './generate';
import { hclIdentifier, hclString } from './hcl';
import type { TfFile } from './model';
import { TfSelectionError } from './select';
import { expectReferencesResolve, parseAll } from './test-helpers';

async function expectGolden(files: TfFile[], dir: string) {
  for (const f of files) await expect(f.content).toMatchFileSnapshot(`__golden__/${dir}/${f.name}`);
}

describe('Terraform export', () => {
  it('matches the golden files for an HA pair with an EIP', async () => {
    const files = terraformFiles(haPairData(), { kind: 'group', groupId: 'grp-1' });
    await expectGolden(files, 'ha-pair');
    await parseAll(files);
    await expectReferencesResolve(files);
  });

  it('matches the golden files for an LVS-DR cluster, with VRRP and the service port open', async () => {
    const files = terraformFiles(lvsClusterData(), { kind: 'group', groupId: 'grp-2' });
    await expectGolden(files, 'lvs-dr');
    const json = (await parseAll(files))['main.tf'] as { resource: Record<string, Record<string, { protocol?: string; port_range_min?: number }[]>> };
    const rules = Object.values(json.resource.huaweicloud_networking_secgroup_rule).map((r) => r[0]);
    expect(rules.map((r) => r.protocol).sort()).toEqual(['112', 'tcp']);
    expect(rules.find((r) => r.protocol === 'tcp')?.port_range_min).toBe(80);
    const main = files[0].content;
    // Every member's NIC has the check off, real servers too (it was on in the data).
    expect(main.match(/source_dest_check = false/g)).toHaveLength(5);
    expect(main).not.toContain('source_dest_check = true');
    await expectReferencesResolve(files);
  });

  it('matches the golden files for a server with two NICs, with valid unique names and escaped strings', async () => {
    const files = terraformFiles(twoNicData(), { kind: 'vpc', vpcId: 'vpc-1' });
    await expectGolden(files, 'two-nics');
    const json = (await parseAll(files))['main.tf'] as { resource: Record<string, Record<string, unknown>> };
    expect(Object.keys(json.resource.huaweicloud_compute_instance)).toEqual(['gw_01', 'gw_01_2']);
    expect(Object.keys(json.resource.huaweicloud_networking_vip)).toEqual(['r_1st_vip']);
    expect(files[0].content).toContain('huaweicloud_compute_instance.gw_01_2.network[1].port');
    expect(files[0].content).toContain('"Mgmt \\"ops\\" $${team} %%{if} \\\\ net"');
    await expectReferencesResolve(files);
  });

  it('parses as one file, and is deterministic', async () => {
    const a = terraformSingleFile(terraformFiles(lvsClusterData(), { kind: 'vpc', vpcId: 'vpc-1' }));
    const shuffled = lvsClusterData();
    shuffled.servers.reverse();
    expect(terraformSingleFile(terraformFiles(shuffled, { kind: 'vpc', vpcId: 'vpc-1' }))).toBe(a);
    await expect(parse('all.tf', a)).resolves.toHaveProperty('resource');
  });

  it('brings what a selection needs: a VIP brings its servers, subnet, VPC, EIP and group', () => {
    const main = terraformFiles(haPairData(), { kind: 'ids', ids: ['vip-1'] })[0].content;
    for (const r of ['huaweicloud_vpc" "vpc_prod', 'compute_instance" "app_a', 'compute_instance" "app_b', 'vpc_eip_associate" "eip_app', 'secgroup" "app_ha']) expect(main).toContain(r);
    const serverOnly = terraformFiles(haPairData(), { kind: 'ids', ids: ['srv-app-a'] })[0].content;
    expect(serverOnly).not.toContain('huaweicloud_networking_vip');
    expect(serverOnly).toContain('huaweicloud_vpc_subnet" "subnet_app');
  });

  it('refuses an unknown VPC or group, naming what exists', () => {
    expect(() => terraformFiles(haPairData(), { kind: 'group', groupId: 'nope' })).toThrow(TfSelectionError);
    try {
      terraformFiles(haPairData(), { kind: 'vpc', vpcId: 'nope' });
    } catch (e) {
      expect((e as TfSelectionError).known).toEqual(['vpc-prod']);
    }
  });

  it('escapes strings and makes identifiers', () => {
    expect(hclString('a"b\\c${x}%{y}\n')).toBe('"a\\"b\\\\c$${x}%%{y}\\n"');
    expect(hclIdentifier('ECS web.01')).toBe('ecs_web_01');
    expect(hclIdentifier('9lives')).toBe('r_9lives');
    expect(hclIdentifier('---')).toBe('r_unnamed');
  });
});
