import type { LabFigures } from '../../src/domain/vrrp/lab-figures';
import { TOLERANCE_S, type Comparison } from './compare';

export type { LabFigures };

export interface ScenarioResult {
  group: string;
  members: number;
  scenario: string;
  comparison: Comparison;
}

export function figuresOf(keepalived: string, results: ScenarioResult[], date = new Date().toISOString().slice(0, 10)): LabFigures {
  const scenarios = results.map((r) => ({ group: r.group, members: r.members, scenario: r.scenario, maxDiffMs: r.comparison.maxDiffMs, passed: r.comparison.ok }));
  return { keepalived, date, maxDiffMs: Math.max(0, ...scenarios.map((s) => s.maxDiffMs)), limitMs: TOLERANCE_S * 1000, scenarios };
}
