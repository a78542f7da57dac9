import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEMO_PROJECT_ID, DEMO_REGION } from '../contract';

interface ProjectState {
  projectId: string;
  region: string;
  setProjectId: (projectId: string) => void;
}

export const useProjectStore = create<ProjectState>()(
  persist(
    (set) => ({
      projectId: DEMO_PROJECT_ID,
      region: DEMO_REGION,
      setProjectId: (projectId) => set({ projectId }),
    }),
    { name: 'vip-console.project', partialize: (s) => ({ projectId: s.projectId }) },
  ),
);

export const currentProjectId = () => useProjectStore.getState().projectId;
