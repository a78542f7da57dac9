import type { LabEvent } from './events';

/** Largest difference allowed between the real and the simulated time of one event. */
export const TOLERANCE_S = 0.25;

export interface ComparedRow {
  event: string;
  real: number | null;
  sim: number | null;
  /** real - sim in seconds; null when one side lacks the event. */
  diff: number | null;
  ok: boolean;
}

export interface Comparison {
  rows: ComparedRow[];
  realHolders: string[];
  simHolders: string[];
  sameOrder: boolean;
  /** Largest |difference| in ms over matched events. */
  maxDiffMs: number;
  ok: boolean;
}

const label = (e: LabEvent) => `${e.kind === 'vip-add' ? 'VIP added on' : e.kind === 'vip-del' ? 'VIP removed from' : 'gratuitous ARP from'} ${e.member}`;
const key = (e: LabEvent) => `${e.kind} ${e.member}`;

/** Who took the VIP, in order. */
export const holders = (events: LabEvent[]) => events.filter((e) => e.kind === 'vip-add').sort((a, b) => a.t - b.t).map((e) => e.member);

/** Pairs the n-th real event of each kind and member with the n-th simulated one, in time order. */
export function compareEvents(real: LabEvent[], sim: LabEvent[], tolerance = TOLERANCE_S): Comparison {
  const bucket = (events: LabEvent[]) => {
    const map = new Map<string, LabEvent[]>();
    for (const e of [...events].sort((a, b) => a.t - b.t)) map.set(key(e), [...(map.get(key(e)) ?? []), e]);
    return map;
  };
  const r = bucket(real);
  const s = bucket(sim);
  const rows: ComparedRow[] = [];
  for (const k of new Set([...r.keys(), ...s.keys()])) {
    const rs = r.get(k) ?? [];
    const ss = s.get(k) ?? [];
    for (let i = 0; i < Math.max(rs.length, ss.length); i++) {
      const a = rs[i];
      const b = ss[i];
      const diff = a && b ? a.t - b.t : null;
      rows.push({ event: label((a ?? b)!), real: a?.t ?? null, sim: b?.t ?? null, diff, ok: diff !== null && Math.abs(diff) <= tolerance });
    }
  }
  rows.sort((x, y) => (x.real ?? x.sim ?? 0) - (y.real ?? y.sim ?? 0));
  const realHolders = holders(real);
  const simHolders = holders(sim);
  const sameOrder = realHolders.join() === simHolders.join();
  const maxDiffMs = Math.round(Math.max(0, ...rows.filter((x) => x.diff !== null).map((x) => Math.abs(x.diff!))) * 1000);
  return { rows, realHolders, simHolders, sameOrder, maxDiffMs, ok: sameOrder && rows.every((x) => x.ok) };
}

const secs = (v: number | null) => (v === null ? '-' : v.toFixed(3));

/** The scenario's table: event, real time, simulated time, difference (seconds from the scenario's start). */
export function formatTable(title: string, c: Comparison): string {
  const lines = [`${title}`, '| event | real (s) | simulated (s) | difference (ms) |', '|---|---|---|---|'];
  for (const row of c.rows) {
    const diff = row.diff === null ? 'missing' : `${row.diff >= 0 ? '+' : ''}${Math.round(row.diff * 1000)}`;
    lines.push(`| ${row.event} | ${secs(row.real)} | ${secs(row.sim)} | ${diff}${row.ok ? '' : ' FAIL'} |`);
  }
  lines.push(`holders: real ${c.realHolders.join(' -> ') || 'none'}; simulated ${c.simHolders.join(' -> ') || 'none'}${c.sameOrder ? '' : ' (ORDER DIFFERS)'}`);
  lines.push(`${c.ok ? 'PASS' : 'FAIL'}: largest difference ${c.maxDiffMs} ms (limit ${TOLERANCE_S * 1000} ms)`);
  return lines.join('\n');
}
