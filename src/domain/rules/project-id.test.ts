import { describe, expect, it } from 'vitest';
import { codes } from './problem';
import { checkProjectId, isHuaweiProjectId } from './project-id';

describe('checkProjectId', () => {
  it('accepts a Huawei project id and any other id the API takes in a path', () => {
    expect(checkProjectId('0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e')).toBeNull();
    expect(checkProjectId('my-team_2')).toBeNull();
    expect(checkProjectId('x'.repeat(64))).toBeNull();
    expect(isHuaweiProjectId('0B3C5D7E9F1A4B6C8D0E2F4A6B8C0D1E')).toBe(true);
    expect(isHuaweiProjectId('my-team_2')).toBe(false);
  });

  it('refuses empty ids, spaces, path characters and long ids, and says why', () => {
    expect(checkProjectId('')).toMatchObject({ code: codes.badParameter, message: 'Enter a project ID.', field: 'project_id' });
    expect(checkProjectId('my project')?.message).toBe('A project ID has no spaces.');
    expect(checkProjectId('a/b')?.message).toMatch(/letters, digits, "-" and "_" only/);
    expect(checkProjectId('{project_id}')?.message).toMatch(/32 hexadecimal characters/);
    expect(checkProjectId('x'.repeat(65))?.message).toBe('Use at most 64 characters.');
    expect(checkProjectId('a/b', 'projectId')?.field).toBe('projectId');
  });
});
