/* eslint-disable @typescript-eslint/no-explicit-any -- tests read and edit project files loosely, as a person editing one would */
/** For tests only: project files from a harness, and an id-free form of one to compare two. */
import { PROJECT_FILE_KINDS, type ProjectFile } from '../../contract';
import type { Harness } from '../test-harness';

export async function exportOf(h: Harness, project: string): Promise<ProjectFile> {
  const r = await h.call('GET', `/console/v1/${project}/export`);
  if (r.status !== 200) throw new Error(`export failed: ${JSON.stringify(r.body)}`);
  return r.body;
}

export function importInto(h: Harness, project: string, file: unknown) {
  return h.call('POST', `/console/v1/${project}/import`, file);
}

/** What a natural key of each kind is, so two exports of one project sort alike whatever their ids. */
function sortKey(file: any, kind: string, o: any): string {
  const subnet = (id: string) => file.subnets.find((s: any) => s.id === id)?.cidr;
  switch (kind) {
    case 'ports':
      return `${subnet(o.network_id)}|${o.fixed_ips[0].ip_address}`;
    case 'subnets':
      return o.cidr;
    case 'publicips':
      return o.public_ip_address;
    default:
      return `${o.name}|${o.created ?? o.created_at}`;
  }
}

/**
 * The file with every id replaced by `<kind>#<n>` (n: the object's place in natural order) and what
 * names the project (its id, `tenant_id`, `exported_at`) dropped: two exports of equal projects give equal forms.
 */
export function idFree(file: ProjectFile): any {
  const f = structuredClone(file) as any;
  const names = new Map<string, string>();
  for (const kind of PROJECT_FILE_KINDS) {
    f[kind].sort((a: any, b: any) => sortKey(f, kind, a).localeCompare(sortKey(f, kind, b)));
    f[kind].forEach((o: any, i: number) => names.set(o.id, `${kind}#${i}`));
  }
  f.subnets.forEach((s: any, i: number) => names.set(s.neutron_subnet_id, `neutron#${i}`));
  const rename = (value: unknown): unknown => {
    if (typeof value === 'string') return names.get(value) ?? value;
    if (Array.isArray(value)) return value.map(rename);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'tenant_id').map(([k, v]) => [k, rename(v)]));
    }
    return value;
  };
  const { exported_at: _at, project: _project, ...rest } = rename(f) as any;
  return rest;
}
