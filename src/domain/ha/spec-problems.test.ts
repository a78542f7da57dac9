import { describe, expect, it } from 'vitest';
import { exampleHaSpec, exampleLvsSpec } from './fixtures';
import { configSpecProblems } from './spec-problems';

describe('configSpecProblems (what keeps a spec from a working keepalived.conf)', () => {
  it('accepts the example HA pair and LVS cluster', () => {
    expect(configSpecProblems(exampleHaSpec(1))).toEqual([]);
    expect(configSpecProblems(exampleLvsSpec())).toEqual([]);
  });

  it('refuses a lone node, an unknown address, a shared address', () => {
    const spec = exampleHaSpec(1);
    expect(configSpecProblems({ ...spec, nodes: [spec.nodes[1]] })[0]).toMatch(/at least 2 nodes to fail over; web-ha has 1 \(ecs-web-02\)/);
    expect(configSpecProblems({ ...spec, nodes: [spec.nodes[0], { ...spec.nodes[1], ip: '0.0.0.0' }] })).toEqual([
      'The NIC address of ecs-web-02 is unknown (its NIC may be gone): choose its NIC again.',
    ]);
    expect(configSpecProblems({ ...spec, nodes: [spec.nodes[0], { ...spec.nodes[1], ip: spec.nodes[0].ip }] })).toEqual([
      'Two nodes share the address 192.168.0.11; each node needs its own NIC.',
    ]);
  });

  it('refuses an LVS cluster without real servers', () => {
    const spec = exampleLvsSpec();
    expect(configSpecProblems({ ...spec, service: { ...spec.service!, realServers: [] } })).toEqual([
      'web-lvs has no real server for the directors to send requests to: add one.',
    ]);
  });
});
