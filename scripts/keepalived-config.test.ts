import { describe, expect, it } from 'vitest';
import { keepalivedConfigTest } from './keepalived-check';
import type { HaConfigSpec } from '../src/domain/ha/config-spec';
import { exampleHaSpec, exampleLvsSpec } from '../src/domain/ha/fixtures';
import { keepalivedConf } from '../src/domain/ha/keepalived';

const configTest = keepalivedConfigTest('keepalived');

function expectEveryNodeValid(spec: HaConfigSpec, label: string) {
  for (const node of spec.nodes) {
    const result = configTest(keepalivedConf(spec, node), `${label}-${node.name}`);
    expect(result.output, `${label} / ${node.name}`).toBe('');
    expect(result.status, `${label} / ${node.name}`).toBe(0);
  }
}

describe('generated keepalived.conf passes keepalived --config-test', () => {
  for (const standbys of [1, 2, 3, 4]) {
    for (const preempt of [true, false]) {
      it(`HA with ${standbys} standby(s), ${preempt ? 'preempt' : 'nopreempt'}`, () => {
        expectEveryNodeValid(exampleHaSpec(standbys, preempt), `ha-${standbys}-${preempt}`);
      });
    }
  }

  for (const check of ['TCP', 'HTTP'] as const) {
    it(`LVS-DR directors with a ${check} check`, () => {
      expectEveryNodeValid(exampleLvsSpec(check), `lvs-${check}`);
    });
  }

  it('is a real check: a router id out of range is refused', () => {
    const spec = { ...exampleHaSpec(1), virtualRouterId: 300 };
    const result = configTest(keepalivedConf(spec, spec.nodes[0]), 'broken');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/outside range|not valid/);
  });
});
