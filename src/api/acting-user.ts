import { useQueryClient } from '@tanstack/react-query';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Role } from '../contract';
import { apiBaseUrl, currentBackend, useConnectionStore, type BackendChoice } from './connection';
import { currentProjectId, useProjectStore } from './project-store';
import { switchBlock } from './work-in-progress';

/** A user the console can act as: one it has seen with its token (an administrator saw it). */
export interface KnownUser {
  id: string;
  name: string;
  role: Role;
  token: string;
}

/** The known users of a project with none (one object, so a selector's answer stays the same). */
export const NO_KNOWN_USERS: Readonly<Record<string, KnownUser>> = Object.freeze({});

interface ActingState {
  /** Per project (its `userScope`), the user the console acts as; absent: the built-in administrator. */
  acting: Record<string, KnownUser | undefined>;
  /** Per project, every user whose token this browser has seen, so it can act as them again. */
  known: Record<string, Record<string, KnownUser>>;
  actAs: (project: string, user: KnownUser | null) => void;
  remember: (project: string, users: readonly KnownUser[]) => void;
  forget: (project: string, userId: string) => void;
}

/**
 * Who the console acts as, per project (kept in this browser): the built-in administrator by default,
 * or a user of the project, whose token it then sends. The backend decides what that user may do.
 */
export const useActingUser = create<ActingState>()(
  persist(
    (set) => ({
      acting: {},
      known: {},
      actAs: (project, user) => set((s) => ({ acting: { ...s.acting, [project]: user ?? undefined } })),
      remember: (project, users) =>
        set((s) => ({ known: { ...s.known, [project]: { ...s.known[project], ...Object.fromEntries(users.map((u) => [u.id, u])) } } })),
      forget: (project, userId) =>
        set((s) => {
          const known = { ...s.known[project] };
          delete known[userId];
          const acting = s.acting[project]?.id === userId ? { ...s.acting, [project]: undefined } : s.acting;
          return { known: { ...s.known, [project]: known }, acting };
        }),
    }),
    { name: 'vip-console.acting-user', partialize: (s) => ({ acting: s.acting, known: s.known }) },
  ),
);

/**
 * Where users live: a project of one backend (the demo project's id is the same in this browser and on a
 * server, its users are not). The stores above are keyed by this.
 */
export function userScope(project: string, backend: BackendChoice = currentBackend()): string {
  return `${apiBaseUrl(backend) || 'browser'}|${project}`;
}

/** The current project's scope, following project and backend switches. */
export function useUserScope(): string {
  const project = useProjectStore((s) => s.projectId);
  useConnectionStore((s) => s.backend);
  return userScope(project);
}

/** The token of the user the console acts as in the current project, or null for the built-in administrator. */
export const actingToken = (): string | null => useActingUser.getState().acting[userScope(currentProjectId())]?.token ?? null;

/** The user the console acts as in the current project (null: the built-in administrator). */
export const useActingAs = (): KnownUser | null => {
  const scope = useUserScope();
  return useActingUser((s) => s.acting[scope] ?? null);
};

/** Switches the user the console acts as in the current project, and asks every query again as that user. */
export function useSwitchUser(): (user: KnownUser | null) => void {
  const qc = useQueryClient();
  const scope = useUserScope();
  return (user) => {
    if (switchBlock()) return;
    useActingUser.getState().actAs(scope, user);
    void qc.invalidateQueries();
  };
}
