import { describe, expect, it } from 'vitest';
import { exampleHaSpec, exampleLvsSpec } from './fixtures';
import { initialMaster, keepalivedConf } from './keepalived';
import { generateServerFiles } from './server-files';

describe('keepalived.conf generation', () => {
  it('matches the golden file for the active node of an HA pair', async () => {
    const spec = exampleHaSpec(1);
    await expect(keepalivedConf(spec, spec.nodes[0])).toMatchFileSnapshot('__golden__/ha-active.conf');
  });

  it('matches the golden file for a standby with nopreempt', async () => {
    const spec = exampleHaSpec(2, false);
    await expect(keepalivedConf(spec, spec.nodes[2])).toMatchFileSnapshot('__golden__/ha-standby-nopreempt.conf');
  });

  it('matches the golden file for an LVS-DR director', async () => {
    const spec = exampleLvsSpec('HTTP');
    await expect(keepalivedConf(spec, spec.nodes[0])).toMatchFileSnapshot('__golden__/lvs-director.conf');
  });

  it('is deterministic', () => {
    const spec = exampleLvsSpec('TCP');
    expect(keepalivedConf(spec, spec.nodes[1])).toBe(keepalivedConf(exampleLvsSpec('TCP'), exampleLvsSpec('TCP').nodes[1]));
  });

  it('lists every other member, and only them, as unicast peers', () => {
    const spec = exampleHaSpec(3);
    for (const node of spec.nodes) {
      const conf = keepalivedConf(spec, node);
      const peers = /unicast_peer \{\n([^}]*)\}/.exec(conf)![1].trim().split(/\s+/);
      expect(peers.sort()).toEqual(spec.nodes.filter((n) => n !== node).map((n) => n.ip).sort());
      expect(conf).toContain(`unicast_src_ip ${node.ip}`);
      expect(conf).toContain(`priority ${node.priority}`);
    }
  });

  it('starts the highest priority as MASTER with preemption, and every node as BACKUP with nopreempt', () => {
    const preempt = exampleHaSpec(2, true);
    expect(initialMaster(preempt)?.name).toBe('ecs-web-01');
    expect(preempt.nodes.map((n) => /state (\w+)/.exec(keepalivedConf(preempt, n))![1])).toEqual(['MASTER', 'BACKUP', 'BACKUP']);
    const noPreempt = exampleHaSpec(2, false);
    for (const n of noPreempt.nodes) {
      const conf = keepalivedConf(noPreempt, n);
      expect(conf).toContain('state BACKUP');
      expect(conf).toContain('nopreempt');
    }
  });

  it('puts the VIP with the subnet prefix on the interface, and a weight-0 health check', () => {
    const spec = exampleHaSpec(1);
    const conf = keepalivedConf(spec, spec.nodes[1]);
    expect(conf).toContain('192.168.0.100/24 dev eth0');
    expect(conf).toMatch(/vrrp_script chk_web-ha \{[^}]*weight 0/);
    expect(conf).toMatch(/track_script \{\s*chk_web-ha\s*\}/);
  });

  it('gives directors a DR virtual server with every real server and the chosen check', () => {
    const spec = exampleLvsSpec('TCP');
    const conf = keepalivedConf(spec, spec.nodes[0]);
    expect(conf).toContain('virtual_server 192.168.0.200 80 {');
    expect(conf).toContain('lb_kind DR');
    expect(conf).toContain('lb_algo wrr');
    expect(conf).toContain('persistence_timeout 50');
    for (const rs of spec.service!.realServers) expect(conf).toContain(`real_server ${rs.ip} 80 {`);
    expect(conf.match(/TCP_CHECK/g)).toHaveLength(3);
    expect(conf).not.toContain('HTTP_GET');
  });

  it("uses a node's own interface for its second NIC", () => {
    const spec = exampleHaSpec(1);
    spec.nodes[1] = { ...spec.nodes[1], interfaceName: 'eth1' };
    const conf = keepalivedConf(spec, spec.nodes[1]);
    expect(conf).toContain('interface eth1');
    expect(conf).toContain('192.168.0.100/24 dev eth1');
    expect(keepalivedConf(spec, spec.nodes[0])).toContain('interface eth0');
  });

  it('leaves out the virtual server in HA mode', () => {
    const spec = exampleHaSpec(1);
    expect(keepalivedConf(spec, spec.nodes[0])).not.toContain('virtual_server');
  });
});

describe('files per server', () => {
  it('gives standbys the ip_forward = 0 script, and real servers the lo /32 and ARP settings', () => {
    const ha = generateServerFiles(exampleHaSpec(2));
    expect(ha.map((s) => s.role)).toEqual(['active', 'standby', 'standby']);
    expect(ha[0].files.map((f) => f.fileName)).toEqual(['keepalived.conf', 'install.sh']);
    const standbyScript = ha[1].files.find((f) => f.fileName === 'standby-sysctl.sh')!.content;
    expect(standbyScript).toContain('net.ipv4.ip_forward = 0');
    expect(standbyScript).toContain('sysctl -p');

    const lvs = generateServerFiles(exampleLvsSpec());
    expect(lvs.map((s) => s.role)).toEqual(['director', 'director', 'backend', 'backend', 'backend']);
    const rs = lvs[2].files[0].content;
    expect(rs).toContain('ip addr replace 192.168.0.200/32 dev lo');
    expect(rs).toContain('net.ipv4.conf.all.arp_ignore = 1');
    expect(rs).toContain('net.ipv4.conf.all.arp_announce = 2');
    expect(rs).toContain('net.ipv4.conf.lo.arp_ignore = 1');
    expect(lvs[0].files.find((f) => f.fileName === 'install.sh')!.content).toContain('ipvsadm');
  });
});
