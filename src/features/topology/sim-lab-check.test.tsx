// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LabFigures } from '../../domain/vrrp';
import { renderWithUi } from '../../components/test-utils';
import { SimLabCheck, SimLabFigures } from './sim-lab-check';

const scenario = (name: string, maxDiffMs: number, passed: boolean) => ({ group: 'ha-web-3', members: 3, scenario: name, maxDiffMs, passed });
const figures = (scenarios: LabFigures['scenarios'], limitMs?: number): LabFigures => ({
  keepalived: '2.2.7',
  date: '2026-12-03',
  maxDiffMs: Math.max(...scenarios.map((s) => s.maxDiffMs)),
  limitMs,
  scenarios,
});

describe('keepalived lab figures', () => {
  afterEach(cleanup);

  it('marks a failed scenario, by how far it was off or why', () => {
    renderWithUi(<SimLabFigures figures={figures([scenario('first-start', 15, true), scenario('health-check', 604, false), scenario('nopreempt', 93, false)])} />);
    expect(screen.getByText('ha-web-3 (3 members), First start: within 15 ms').closest('[data-failed]')).toBeNull();
    const late = screen.getByText('ha-web-3 (3 members), Health check fails (FAULT) and recovers: failed, off by 604 ms (limit 250 ms)');
    expect(late.closest('[data-failed]')).not.toBeNull();
    expect(screen.getByText('ha-web-3 (3 members), nopreempt: failed, an event missing or in another order').closest('[data-failed]')).not.toBeNull();
  });

  it('says how many scenarios failed instead of a figure, or the largest difference when all passed', () => {
    renderWithUi(<SimLabCheck figures={figures([scenario('first-start', 15, true), scenario('health-check', 304, false)], 300)} />);
    expect(screen.getByTestId('sim-lab-check').textContent).toBe('Checked against keepalived 2.2.7: 1 scenario failed');
    cleanup();
    renderWithUi(<SimLabCheck figures={figures([scenario('first-start', 15, true), scenario('hard-stop', 130, true)])} />);
    expect(screen.getByTestId('sim-lab-check').textContent).toBe('Checked against keepalived 2.2.7: within 130 ms');
  });

  it('uses the limit the lab wrote', () => {
    renderWithUi(<SimLabFigures figures={figures([scenario('health-check', 304, false)], 300)} />);
    expect(screen.getByText(/off by 304 ms \(limit 300 ms\)/)).toBeTruthy();
  });
});
