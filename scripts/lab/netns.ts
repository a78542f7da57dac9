import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every namespace and folder of the lab starts with this; a run adds a random suffix (two labs do not collide). */
export const LAB_PREFIX = 'vcl';
const OURS = new RegExp(`^${LAB_PREFIX}[0-9a-f]{6}-(br|m\\d+)$`);

/** Runs a command to its end, within `timeoutMs`; throws with its output when it fails. */
export function sh(command: string, args: string[], timeoutMs = 5000): string {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs });
  if (r.error || r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${r.error?.message ?? `${r.stderr}${r.stdout}`.trim()}`);
  return r.stdout;
}

export interface MemberNet {
  ns: string;
  iface: string;
  ip: string;
  mac: string;
}

/** One bridge namespace and one namespace per member, linked by veths; each member's veth is named as its config expects. */
export class LabNet {
  readonly bridgeNs: string;
  readonly members: MemberNet[] = [];
  private created: string[] = [];

  constructor(readonly suffix: string) {
    this.bridgeNs = `${LAB_PREFIX}${suffix}-br`;
  }

  setUp(members: { iface: string; ip: string; prefix: number }[]) {
    this.addNs(this.bridgeNs);
    sh('ip', ['-n', this.bridgeNs, 'link', 'add', 'br0', 'type', 'bridge']);
    sh('ip', ['-n', this.bridgeNs, 'link', 'set', 'br0', 'up']);
    members.forEach((m, i) => {
      const ns = `${LAB_PREFIX}${this.suffix}-m${i + 1}`;
      this.addNs(ns);
      sh('ip', ['link', 'add', m.iface, 'netns', ns, 'type', 'veth', 'peer', 'name', `m${i + 1}`, 'netns', this.bridgeNs]);
      sh('ip', ['-n', this.bridgeNs, 'link', 'set', `m${i + 1}`, 'master', 'br0', 'up']);
      sh('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);
      sh('ip', ['-n', ns, 'link', 'set', m.iface, 'up']);
      sh('ip', ['-n', ns, 'addr', 'add', `${m.ip}/${m.prefix}`, 'dev', m.iface]);
      const mac = (JSON.parse(sh('ip', ['-n', ns, '-j', 'link', 'show', 'dev', m.iface])) as { address: string }[])[0].address;
      this.members.push({ ns, iface: m.iface, ip: m.ip, mac });
    });
  }

  private addNs(name: string) {
    sh('ip', ['netns', 'add', name]);
    this.created.push(name);
  }

  /** Kills what still runs in the lab's namespaces (only processes the lab started live there) and deletes them. */
  tearDown() {
    for (const ns of this.created.reverse()) removeNs(ns);
    this.created = [];
  }
}

function removeNs(ns: string) {
  const pids = spawnSync('ip', ['netns', 'pids', ns], { encoding: 'utf8', timeout: 3000 }).stdout ?? '';
  for (const pid of pids.split(/\s+/).filter(Boolean)) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone already
    }
  }
  spawnSync('ip', ['netns', 'del', ns], { timeout: 3000 });
}

/** `--cleanup`: removes namespaces and folders an interrupted lab left (by their prefix and shape). */
export function cleanUpLeftovers(): string[] {
  const list = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8', timeout: 3000 }).stdout ?? '';
  const names = list
    .split('\n')
    .map((l) => l.split(' ')[0])
    .filter((n) => OURS.test(n));
  for (const ns of names) removeNs(ns);
  const dirs = readdirSync(tmpdir()).filter((d) => new RegExp(`^${LAB_PREFIX}-[0-9a-f]{6}$`).test(d));
  for (const d of dirs) rmSync(join(tmpdir(), d), { recursive: true, force: true });
  return [...names, ...dirs];
}
