import { describe, expect, it } from 'vitest';
import { simActionAllowed } from './sim-actions';

describe('simulation actions', () => {
  it('restores a member whose check fails before it reaches FAULT, and does not fail it twice', () => {
    expect(simActionAllowed('MASTER', 'restore', true)).toBe(true);
    expect(simActionAllowed('BACKUP', 'restore', true)).toBe(true);
    expect(simActionAllowed('MASTER', 'fail-check', true)).toBe(false);
    expect(simActionAllowed('MASTER', 'restore', false)).toBe(false);
    expect(simActionAllowed('MASTER', 'fail-check', false)).toBe(true);
  });

  it('in FAULT: restore while the service is down; once it is back (rising) it may fail again; it can be stopped', () => {
    expect(simActionAllowed('FAULT', 'restore', true)).toBe(true);
    expect(simActionAllowed('FAULT', 'restore', false)).toBe(false);
    expect(simActionAllowed('FAULT', 'fail-check', false)).toBe(true);
    expect(simActionAllowed('FAULT', 'stop', true)).toBe(true);
  });

  it('a stopped server can only be restored; LVS real servers act by their place in the rotation', () => {
    expect(['stop', 'fail-check', 'restore'].map((a) => simActionAllowed('STOPPED', a as never, false))).toEqual([false, false, true]);
    expect(simActionAllowed('IN ROTATION', 'fail-check', false)).toBe(true);
    expect(simActionAllowed('IN ROTATION', 'restore', false)).toBe(false);
    expect(simActionAllowed('LEAVING', 'restore', false)).toBe(true);
    expect(simActionAllowed('LEAVING', 'stop', false)).toBe(false);
    expect(simActionAllowed(undefined, 'restore', true)).toBe(false);
  });
});
