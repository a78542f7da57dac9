import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEMO_PROJECT_ID } from '../contract';

/**
 * The project the console works in: the one the address names (`/projects/{id}/...`, see project-url.ts),
 * kept for the next visit to an address that names none. Its name and region come from `/v3/projects`.
 */
interface ProjectState {
  projectId: string;
  setProjectId: (projectId: string) => void;
}

export const useProjectStore = create<ProjectState>()(
  persist(
    (set) => ({
      projectId: DEMO_PROJECT_ID,
      setProjectId: (projectId) => set({ projectId }),
    }),
    { name: 'vip-console.project', partialize: (s) => ({ projectId: s.projectId }) },
  ),
);

export const currentProjectId = () => useProjectStore.getState().projectId;
