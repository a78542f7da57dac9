import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PAGES, matches } from './route-modules';

const seg = (path: string) => path.split('/').filter(Boolean);

describe('matching a path to its page', () => {
  it('matches a detail page with or without its tab', () => {
    expect(matches('ha-groups/:groupId/:tab?', seg('/ha-groups/g1'))).toBe(true);
    expect(matches('ha-groups/:groupId/:tab?', seg('/ha-groups/g1/configuration'))).toBe(true);
  });

  it('does not match fewer or more segments than the path has', () => {
    expect(matches('ha-groups/:groupId/:tab?', seg('/ha-groups'))).toBe(false);
    expect(matches('ha-groups/:groupId/:tab?', seg('/ha-groups/g1/configuration/extra'))).toBe(false);
    expect(matches('vpcs', seg('/vpcs/v1'))).toBe(false);
  });

  it('compares fixed segments', () => {
    expect(matches('topology/ha-groups/:groupId', seg('/topology/ha-groups/g1'))).toBe(true);
    expect(matches('topology/ha-groups/:groupId', seg('/topology/vpcs/g1'))).toBe(false);
  });
});

describe('each page names the areas whose texts it shows', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const source = readFileSync(join(here, 'route-modules.ts'), 'utf8');
  /** The feature areas a route file imports, itself or through the other files of src/app/routes. */
  function areasOf(file: string, seen = new Set<string>()): Set<string> {
    const areas = new Set<string>();
    if (seen.has(file)) return areas;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, area] of text.matchAll(/from '\.\.\/\.\.\/features\/([a-z-]+)\//g)) areas.add(area);
    for (const [, local] of text.matchAll(/from '\.\/([a-z-]+)'/g)) {
      const next = ['.tsx', '.ts'].map((ext) => join(here, 'routes', local + ext)).find((f) => existsSync(f));
      if (next) for (const a of areasOf(next, seen)) areas.add(a);
    }
    return areas;
  }
  for (const page of PAGES) {
    it(page.path, () => {
      const file = /import\('\.\/routes\/([a-z-]+)'\)/.exec(source.slice(source.indexOf(`path: '${page.path}'`)))?.[1];
      expect(file, `the route file of ${page.path}`).toBeTruthy();
      const expected = [...areasOf(join(here, 'routes', `${file}.tsx`))].sort();
      expect([...page.areas].sort()).toEqual(expected);
    });
  }
});
