/** What the lab compares: the VIP added to or removed from a member, and the first gratuitous ARP of a burst. */
export type LabEventKind = 'vip-add' | 'vip-del' | 'garp';

export interface LabEvent {
  /** Seconds since the scenario started. */
  t: number;
  kind: LabEventKind;
  member: string;
}

/**
 * A line of `ip -ts monitor address` run with TZ=UTC, e.g.
 * `[2026-12-03T15:37:47.704921] 2: eth0    inet 192.168.0.100/24 scope global secondary eth0` or the same
 * with `Deleted ` before the index: the epoch seconds and whether the VIP came or went, or null.
 */
export function parseAddressLine(line: string, vip: string): { at: number; added: boolean } | null {
  const m = /^\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d+)\]\s+(Deleted\s+)?\d+:\s+\S+\s+inet\s+([\d.]+)\//.exec(line);
  if (!m || m[4] !== vip) return null;
  const at = Date.parse(`${m[1]}Z`) / 1000 + Number(`0.${m[2]}`);
  return { at, added: !m[3] };
}

/**
 * A line of `tcpdump -tt -l -n -e arp` holding a gratuitous ARP
 * (`1796312267.705175 5e:de:31:27:e1:50 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 192.168.0.100 (ff:ff:ff:ff:ff:ff) tell 192.168.0.100, length 28`):
 * its epoch seconds, sender MAC and the address announced, or null for any other line. keepalived
 * announces the VIP when it becomes MASTER, and its own address when its VRRP instance starts (in BACKUP).
 */
export function parseArpLine(line: string): { at: number; mac: string; ip: string } | null {
  const m = /^(\d+\.\d+)\s+([0-9a-f:]{17})\s+>.*who-has\s+([\d.]+)\s.*tell\s+([\d.]+)/.exec(line);
  if (!m || m[3] !== m[4]) return null;
  return { at: Number(m[1]), mac: m[2], ip: m[3] };
}

/**
 * Keeps, of the gratuitous ARPs, the first one within `window` s after each time a member took the VIP:
 * keepalived sends 5 at once and 5 more `garp_master_delay` (5 s) later; the simulation has one.
 */
export function takeoverGarps(events: LabEvent[], window = 1): LabEvent[] {
  const sorted = [...events].sort((a, b) => a.t - b.t);
  const kept = sorted.filter((e) => e.kind !== 'garp');
  for (const add of sorted.filter((e) => e.kind === 'vip-add')) {
    const garp = sorted.find((e) => e.kind === 'garp' && e.member === add.member && e.t >= add.t - 0.05 && e.t - add.t <= window);
    if (garp && !kept.includes(garp)) kept.push(garp);
  }
  return kept.sort((a, b) => a.t - b.t);
}
