// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { useWizardUrl } from './use-wizard-url';
import { parseWizard } from './wizard-state';

function mount() {
  const hook: { current: ReturnType<typeof useWizardUrl> | null } = { current: null };
  const location = { search: '' };
  function Probe() {
    hook.current = useWizardUrl();
    location.search = useLocation().search;
    return null;
  }
  render(
    <MemoryRouter initialEntries={['/ha-groups/new?mode=lvs-dr&step=servers']}>
      <Routes>
        <Route path="/ha-groups/new" element={<Probe />} />
      </Routes>
    </MemoryRouter>,
  );
  const url = () => parseWizard(new URLSearchParams(location.search));
  return { hook, url };
}

describe('the wizard state in the URL', () => {
  it('keeps every change made before the URL caught up (a role chosen, then a port typed at once)', async () => {
    const { hook, url } = mount();
    const { set } = hook.current!;
    await act(async () => {
      set((now) => ({ members: [...now.members, { serverId: 's1', portId: 'p1', role: 'director', priority: 150 }] }));
      set((now) => ({ members: [...now.members, { serverId: 's2', portId: 'p2', role: 'backend', priority: 0 }] }));
      set({ port: 8080 });
    });
    expect(url().members.map((m) => m.serverId)).toEqual(['s1', 's2']);
    expect(url().port).toBe(8080);
    expect(hook.current!.state.port).toBe(8080);
  });

  it('starts from the URL again when it changed from outside', async () => {
    const { hook, url } = mount();
    await act(async () => hook.current!.set({ port: 81 }));
    await act(async () => hook.current!.go('review'));
    expect(url()).toMatchObject({ step: 'review', port: 81 });
  });
});
