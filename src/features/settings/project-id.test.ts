import { describe, expect, it } from 'vitest';
import { checkProjectId, isHuaweiProjectId } from './project-id';

describe('checkProjectId', () => {
  it('accepts a Huawei project id and any other id the API takes in a path', () => {
    expect(checkProjectId('0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e')).toBeNull();
    expect(checkProjectId('my-team_2')).toBeNull();
    expect(isHuaweiProjectId('0B3C5D7E9F1A4B6C8D0E2F4A6B8C0D1E')).toBe(true);
    expect(isHuaweiProjectId('my-team_2')).toBe(false);
  });

  it('refuses empty ids, spaces, path characters and long ids, and says why', () => {
    expect(checkProjectId('')).toBe('Enter a project ID.');
    expect(checkProjectId('my project')).toBe('A project ID has no spaces.');
    expect(checkProjectId('a/b')).toMatch(/letters, digits/);
    expect(checkProjectId('{project_id}')).toMatch(/letters, digits/);
    expect(checkProjectId('x'.repeat(65))).toBe('Use at most 64 characters.');
  });
});
