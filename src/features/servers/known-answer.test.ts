import { describe, expect, it } from 'vitest';
import type { ServerPageQuery } from '../../api/servers/get-servers';
import type { Server, ServerList } from '../../contract';
import { knownAnswer } from './known-answer';

const server = (name: string) => ({ id: `id-${name}`, name }) as Server;
const page = (names: string[], count = names.length): ServerList => ({ count, servers: names.map(server) });
const key = (q: ServerPageQuery) => ({ queryKey: ['project', 'servers', 'list', q] as const });
const q = (name?: string, extra: Partial<ServerPageQuery> = {}): ServerPageQuery => ({ page: 1, pageSize: 20, name, ...extra });

describe('what the servers list knows before the answer', () => {
  it('narrowing a search whose every match is on screen gives the exact answer at once, in the same order', () => {
    const before = page(['web-12', 'web-11', 'db-1']);
    expect(knownAnswer(q('WEB-1'))(before, key(q('web')))).toEqual(page(['web-12', 'web-11']));
    expect(knownAnswer(q('web-13'))(before, key(q('web')))).toEqual(page([]));
  });

  it('keeps the previous rows when they cannot tell: more matches than shown, another page or sort, a wider search', () => {
    const partial = page(['web-12', 'web-11'], 57);
    expect(knownAnswer(q('web-1'))(partial, key(q('web')))).toBe(partial);
    const full = page(['web-12', 'web-11']);
    expect(knownAnswer(q('web-1'))(full, key(q('web', { page: 2 })))).toBe(full);
    expect(knownAnswer(q('web-1', { sortKey: 'name', sortDir: 'asc' }))(full, key(q('web')))).toBe(full);
    expect(knownAnswer(q('we'))(full, key(q('web')))).toBe(full);
    expect(knownAnswer(q(undefined))(full, key(q('web')))).toBe(full);
    expect(knownAnswer(q('web'))(undefined, undefined)).toBeUndefined();
  });
});
