import { create } from 'zustand';
import type { HaGroup } from '../../contract';
import {
  DEFAULT_CHECK_TIMING,
  advanceRotation,
  advanceTo,
  applyAction,
  applyRealServerAction,
  createRotation,
  createSimulation,
  type Rotation,
  type SimAction,
  type Simulation,
} from '../../domain/vrrp';

export type Speed = 1 | 5 | 20;

/** What a member shows on the diagram while simulating. */
export type SimRole = 'MASTER' | 'BACKUP' | 'FAULT' | 'STOPPED' | 'IN ROTATION' | 'LEAVING' | 'OUT OF ROTATION';

export interface SimMember {
  serverId: string;
  name: string;
  ip: string;
  portId: string;
  role: HaGroup['members'][number]['role'];
  priority: number;
  running: boolean;
}

export interface SimSetup {
  group: HaGroup;
  members: SimMember[];
}

interface SimState {
  setup: SimSetup | null;
  vrrp: Simulation | null;
  rotation: Rotation | null;
  time: number;
  playing: boolean;
  speed: Speed;
  /** serverId -> what its node shows. */
  roles: Record<string, SimRole>;
  vipPortId: string | null;
  /** The NIC port holding the VIP now (the MASTER's), or null. */
  holderPortId: string | null;
  holderName: string | null;
  /** Virtual time of the last gratuitous ARP. */
  garpAt: number | null;
  start: (setup: SimSetup) => void;
  stop: () => void;
  reset: () => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: Speed) => void;
  /** Advances the virtual clock by `seconds` of virtual time. */
  advance: (seconds: number) => void;
  act: (serverId: string, action: SimAction) => void;
}

const isVrrp = (m: SimMember) => m.role !== 'backend';

function initial(setup: SimSetup): Pick<SimState, 'vrrp' | 'rotation' | 'time'> {
  const vrrpMembers = setup.members.filter(isVrrp);
  const top = Math.max(...vrrpMembers.map((m) => m.priority));
  let vrrp = createSimulation({
    advertInt: setup.group.advert_int || 1,
    preempt: setup.group.preempt,
    nodes: vrrpMembers.map((m) => ({ id: m.serverId, name: m.name, ip: m.ip, priority: m.priority, startsAsMaster: setup.group.preempt && m.priority === top })),
  });
  let rotation =
    setup.group.mode === 'lvs-dr'
      ? createRotation({ ...DEFAULT_CHECK_TIMING, servers: setup.members.filter((m) => !isVrrp(m)).map((m) => ({ id: m.serverId, name: m.name, ip: m.ip })) })
      : null;
  for (const m of setup.members) {
    if (m.running) continue;
    if (isVrrp(m)) vrrp = applyAction(vrrp, m.serverId, 'stop');
    else if (rotation) rotation = applyRealServerAction(rotation, m.serverId, 'stop');
  }
  return { vrrp, rotation, time: 0 };
}

function derive(setup: SimSetup | null, vrrp: Simulation | null, rotation: Rotation | null) {
  const roles: Record<string, SimRole> = {};
  if (!setup || !vrrp) return { roles, vipPortId: null, holderPortId: null, holderName: null, garpAt: null };
  for (const m of setup.members) {
    if (isVrrp(m)) roles[m.serverId] = vrrp.nodes[m.serverId].state;
    else if (rotation) {
      const s = rotation.servers[m.serverId];
      roles[m.serverId] = s.inRotation ? (s.healthy ? 'IN ROTATION' : 'LEAVING') : 'OUT OF ROTATION';
    }
  }
  const holder = setup.members.find((m) => m.serverId === vrrp.holder);
  let garpAt: number | null = null;
  for (let i = vrrp.events.length - 1; i >= 0; i--) {
    if (vrrp.events[i].kind === 'garp') {
      garpAt = vrrp.events[i].at;
      break;
    }
  }
  return { roles, vipPortId: setup.group.vip_port_id, holderPortId: holder?.portId ?? null, holderName: holder?.name ?? null, garpAt };
}

/** Keeps unchanged derived values identical, so nodes subscribed to them do not re-render. */
function sameRoles(a: Record<string, SimRole>, b: Record<string, SimRole>) {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** The failover simulation's clock and state: pure engines from src/domain/vrrp, driven by virtual seconds. */
export const useSim = create<SimState>()((set, get) => {
  const commit = (vrrp: Simulation | null, rotation: Rotation | null, time: number, extra: Partial<SimState> = {}) => {
    const d = derive(get().setup, vrrp, rotation);
    set({ vrrp, rotation, time, ...d, roles: sameRoles(d.roles, get().roles) ? get().roles : d.roles, ...extra });
  };
  return {
    setup: null,
    vrrp: null,
    rotation: null,
    time: 0,
    playing: false,
    speed: 5,
    roles: {},
    vipPortId: null,
    holderPortId: null,
    holderName: null,
    garpAt: null,
    start: (setup) => {
      set({ setup, playing: false });
      const i = initial(setup);
      commit(i.vrrp, i.rotation, i.time);
    },
    stop: () => set({ setup: null, vrrp: null, rotation: null, time: 0, playing: false, ...derive(null, null, null) }),
    reset: () => {
      const setup = get().setup;
      if (!setup) return;
      const i = initial(setup);
      commit(i.vrrp, i.rotation, i.time, { playing: false });
    },
    setPlaying: (playing) => set({ playing }),
    setSpeed: (speed) => set({ speed }),
    advance: (seconds) => {
      const { vrrp, rotation, time } = get();
      if (!vrrp) return;
      const until = time + seconds;
      commit(advanceTo(vrrp, until), rotation ? advanceRotation(rotation, until) : null, until);
    },
    act: (serverId, action) => {
      const { setup, vrrp, rotation, time } = get();
      const member = setup?.members.find((m) => m.serverId === serverId);
      if (!setup || !vrrp || !member) return;
      if (isVrrp(member)) commit(applyAction(vrrp, serverId, action), rotation, time);
      else if (rotation) commit(vrrp, applyRealServerAction(rotation, serverId, action), time);
    },
  };
});
