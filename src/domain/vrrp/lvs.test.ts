import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_TIMING, advanceRotation, applyRealServerAction, createRotation, inRotation, nextCheckAt, removalTime } from './lvs';

const rotation = () =>
  createRotation({
    ...DEFAULT_CHECK_TIMING,
    servers: [
      { id: 'r1', name: 'ecs-app-01', ip: '192.168.0.21' },
      { id: 'r2', name: 'ecs-app-02', ip: '192.168.0.22' },
    ],
  });

describe('LVS real-server rotation', () => {
  it('finds the next checker tick', () => {
    expect(nextCheckAt(0, 6)).toBe(0);
    expect(nextCheckAt(6, 6)).toBe(6);
    expect(nextCheckAt(6.1, 6)).toBe(12);
    expect(removalTime(7, DEFAULT_CHECK_TIMING)).toBe(12 + 9);
  });

  it('starts with every real server in the rotation', () => {
    expect(inRotation(advanceRotation(rotation(), 100))).toEqual(['r1', 'r2']);
  });

  it('removes a failing real server after the next check and its retries, not before', () => {
    let r = advanceRotation(rotation(), 7);
    r = applyRealServerAction(r, 'r1', 'fail-check');
    expect(inRotation(advanceRotation(r, 20.99))).toEqual(['r1', 'r2']);
    r = advanceRotation(r, 21);
    expect(inRotation(r)).toEqual(['r2']);
    expect(r.events.find((e) => e.kind === 'rs-removed')).toMatchObject({ at: 21, nodeId: 'r1' });
  });

  it('puts a restored real server back at the next check', () => {
    let r = applyRealServerAction(advanceRotation(rotation(), 1), 'r2', 'stop');
    r = advanceRotation(r, 31);
    expect(inRotation(r)).toEqual(['r1']);
    r = applyRealServerAction(r, 'r2', 'restore');
    expect(inRotation(advanceRotation(r, 35.9))).toEqual(['r1']);
    r = advanceRotation(r, 36);
    expect(inRotation(r)).toEqual(['r1', 'r2']);
    expect(r.events.at(-1)).toMatchObject({ at: 36, nodeId: 'r2', kind: 'rs-added' });
  });

  it('never removes a server restored before the directors noticed', () => {
    let r = applyRealServerAction(advanceRotation(rotation(), 1), 'r1', 'fail-check');
    r = applyRealServerAction(advanceRotation(r, 5), 'r1', 'restore');
    r = advanceRotation(r, 60);
    expect(inRotation(r)).toEqual(['r1', 'r2']);
    expect(r.events.some((e) => e.kind === 'rs-removed')).toBe(false);
  });
});
