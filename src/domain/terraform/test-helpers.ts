import { parse } from '@cdktf/hcl2json';
import { expect } from 'vitest';
import type { TfFile } from './model';

/** Parses every file with a real HCL parser (HashiCorp's, compiled to WebAssembly); fails on a syntax error. */
export async function parseAll(files: readonly TfFile[]): Promise<Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const f of files) out[f.name] = (await parse(f.name, f.content)) as Record<string, unknown>;
  return out;
}

function expressions(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') for (const m of value.matchAll(/\$\{([^}]*)\}/g)) found.push(m[1]);
  else if (Array.isArray(value)) for (const v of value) expressions(v, found);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) expressions(v, found);
  return found;
}

/** Every `huaweicloud_x.y`, `data.huaweicloud_x.y` and `var.z` in the files names something they declare. */
export async function expectReferencesResolve(files: readonly TfFile[]): Promise<void> {
  const parsed = Object.values(await parseAll(files));
  const declared = new Set<string>();
  for (const json of parsed) {
    for (const [type, byName] of Object.entries((json.resource ?? {}) as Record<string, object>)) for (const name of Object.keys(byName)) declared.add(`${type}.${name}`);
    for (const [type, byName] of Object.entries((json.data ?? {}) as Record<string, object>)) for (const name of Object.keys(byName)) declared.add(`data.${type}.${name}`);
    for (const name of Object.keys((json.variable ?? {}) as object)) declared.add(`var.${name}`);
  }
  const refs = parsed.flatMap((json) => expressions(json)).flatMap((e) => [...e.matchAll(/\b(?:data\.)?huaweicloud_[a-z_]+\.[A-Za-z0-9_-]+|\bvar\.[A-Za-z0-9_-]+/g)].map((m) => m[0]));
  expect(refs.length).toBeGreaterThan(0);
  for (const r of refs) expect(declared, `${r} is not declared`).toContain(r);
}
