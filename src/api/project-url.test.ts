// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { openProject, settleProjectInUrl, splitProjectPath } from './project-url';
import { currentProjectId } from './project-store';
import { holdProject, switchBlock } from './work-in-progress';

const A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

describe('the project in the address', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('reads a project path, and refuses a bad id', () => {
    expect(splitProjectPath(`/projects/${A}/vips/x`)).toEqual({ project: A, page: '/vips/x' });
    expect(splitProjectPath(`/projects/${A}`)).toEqual({ project: A, page: '/' });
    expect(splitProjectPath('/projects/a b/vips')).toBeNull();
    expect(splitProjectPath('/vips')).toBeNull();
  });

  it('moves an address without a project under the current one, keeping its query', () => {
    window.history.replaceState(null, '', `/projects/${A}/eips`);
    expect(settleProjectInUrl()).toBe('/eips');
    expect(currentProjectId()).toBe(A);
    window.history.replaceState(null, '', '/operations?user=x');
    expect(settleProjectInUrl()).toBe('/operations');
    expect(window.location.pathname + window.location.search).toBe(`/projects/${A}/operations?user=x`);
  });

  it('does not switch project while a change of several steps runs', () => {
    window.history.replaceState(null, '', `/projects/${A}/vips`);
    settleProjectInUrl();
    const release = holdProject('Binding 192.168.0.100');
    expect(switchBlock()).toMatch(/Binding 192\.168\.0\.100 is still running/);
    openProject(B);
    expect(currentProjectId()).toBe(A);
    expect(window.location.pathname).toBe(`/projects/${A}/vips`);
    release();
    expect(switchBlock()).toBeNull();
    openProject(B);
    expect(currentProjectId()).toBe(B);
    expect(window.location.pathname).toBe(`/projects/${B}/vpcs`);
  });
});
