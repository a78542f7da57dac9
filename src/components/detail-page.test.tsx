// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { DetailPage, type DetailPageProps } from './detail-page';
import { renderWithUi } from './test-utils';

const TABS = [
  { value: 'members', label: 'Members', content: <p>the member table</p> },
  { value: 'configuration', label: 'Configuration', content: <p>the keepalived files</p> },
];

/** The router's path, and the browser's Back. */
function Probe() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output data-testid="path">{pathname}</output>
      <button type="button" onClick={() => void navigate(-1)}>
        Browser back
      </button>
    </>
  );
}

const where = () => screen.getByTestId('path').textContent;

function mount(url: string, props: Partial<DetailPageProps> = {}) {
  const page = (
    <DetailPage
      crumbs={[{ label: 'HA groups', to: '/ha-groups' }, { label: 'web-ha' }]}
      title="HA group web-ha"
      operations={{ resourceType: 'ha-group', resourceId: 'g1' }}
      actions={<button type="button">Delete</button>}
      notFound={{ what: 'HA group', backTo: '/ha-groups', backLabel: 'Back to HA groups' }}
      error={null}
      errorTitle="Could not load the HA group"
      summary={[{ label: 'Mode', value: 'Active/standby' }]}
      tabs={{ base: '/ha-groups/g1', list: TABS }}
      {...props}
    />
  );
  return renderWithUi(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/ha-groups/:groupId/:tab?" element={page} />
        <Route path="*" element={<p>elsewhere</p>} />
      </Routes>
      <Probe />
    </MemoryRouter>,
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });
const selected = (name: string) => tab(name).getAttribute('aria-selected') === 'true';

afterEach(cleanup);

describe('DetailPage', () => {
  it('shows the header, the summary and the default tab at the bare URL', () => {
    mount('/ha-groups/g1');
    expect(screen.getByRole('heading', { level: 1, name: 'HA group web-ha' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Recent operations' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy();
    expect(screen.getByText('Active/standby')).toBeTruthy();
    expect(selected('Members')).toBe(true);
    expect(screen.getByText('the member table')).toBeTruthy();
    expect(screen.queryByText('the keepalived files')).toBeNull();
    expect(document.title).toBe('web-ha · HA groups · VIP Console');
  });

  it('opens the tab the URL names, and names it in the document title', () => {
    mount('/ha-groups/g1/configuration');
    expect(selected('Configuration')).toBe(true);
    expect(screen.getByText('the keepalived files')).toBeTruthy();
    expect(screen.queryByText('the member table')).toBeNull();
    expect(document.title).toBe('web-ha · Configuration · HA groups · VIP Console');
  });

  it('gives each tab its URL: choosing a tab navigates, going back shows the previous tab', () => {
    mount('/ha-groups/g1');
    fireEvent.click(tab('Configuration'));
    expect(where()).toBe('/ha-groups/g1/configuration');
    expect(screen.getByText('the keepalived files')).toBeTruthy();
    fireEvent.click(tab('Members'));
    expect(where()).toBe('/ha-groups/g1');
    fireEvent.click(screen.getByRole('button', { name: 'Browser back' }));
    expect(where()).toBe('/ha-groups/g1/configuration');
    expect(selected('Configuration')).toBe(true);
  });

  it('moves between tabs with the arrow keys', () => {
    mount('/ha-groups/g1');
    tab('Members').focus();
    fireEvent.keyDown(tab('Members'), { key: 'ArrowRight' });
    expect(where()).toBe('/ha-groups/g1/configuration');
    expect(selected('Configuration')).toBe(true);
    expect(document.activeElement).toBe(tab('Configuration'));
  });

  it('sends an unknown tab, or the default tab by name, to the bare URL', () => {
    mount('/ha-groups/g1/nonsense');
    expect(where()).toBe('/ha-groups/g1');
    expect(selected('Members')).toBe(true);
    cleanup();
    mount('/ha-groups/g1/members');
    expect(where()).toBe('/ha-groups/g1');
  });

  it('keeps the tab from the URL while the resource loads', () => {
    mount('/ha-groups/g1/configuration', { title: undefined, summary: undefined });
    expect(where()).toBe('/ha-groups/g1/configuration');
    expect(screen.queryByRole('heading', { level: 1, name: 'HA group web-ha' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.queryByRole('tab')).toBeNull();
  });

  it('shows the not-found page for a 404, with the way back', () => {
    mount('/ha-groups/g1', { title: undefined, summary: undefined, error: new ApiError(404, 'Console.NotFound', 'No such HA group.') });
    expect(screen.getByRole('heading', { level: 1, name: 'HA group not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to HA groups' }).getAttribute('href')).toBe('/ha-groups');
    expect(screen.queryByRole('tab')).toBeNull();
  });

  it('shows any other load error above the page, with its title', () => {
    mount('/ha-groups/g1', { title: undefined, summary: undefined, error: new ApiError(503, 'Console.Unavailable', 'The backend is starting.') });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Could not load the HA group');
    expect(alert.textContent).toContain('The backend is starting.');
    expect(screen.queryByRole('tab')).toBeNull();
  });
});
