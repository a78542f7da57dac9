import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { WaysIn } from './model';

type Point = { x: number; y: number };

interface TopologyViewState {
  /** Positions the user dragged nodes to, per view (`vpc:<id>`, `ha-group:<id>`), relative to their parent. */
  positions: Record<string, Record<string, Point>>;
  waysIn: WaysIn;
  setPositions: (view: string, moved: Record<string, Point>) => void;
  resetPositions: (view: string) => void;
  setWaysIn: (patch: Partial<WaysIn>) => void;
}

/** View state only (server data stays in TanStack Query); positions and ways in survive a reload. */
export const useTopologyView = create<TopologyViewState>()(
  persist(
    (set) => ({
      positions: {},
      waysIn: { vpn: false, directConnect: false, peering: false },
      setPositions: (view, moved) => set((s) => ({ positions: { ...s.positions, [view]: { ...s.positions[view], ...moved } } })),
      resetPositions: (view) =>
        set((s) => {
          const next = { ...s.positions };
          delete next[view];
          return { positions: next };
        }),
      setWaysIn: (patch) => set((s) => ({ waysIn: { ...s.waysIn, ...patch } })),
    }),
    { name: 'vip-console.topology', version: 1 },
  ),
);
