// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BulkAction } from './bulk-action';
import { ListPage, type ListPageProps } from './list-page';
import { renderWithUi, stubBrowser } from './test-utils';

interface Thing {
  id: string;
  name: string;
  bound?: boolean;
}

const THINGS: Thing[] = [
  { id: 'a', name: 'alpha' },
  { id: 'b', name: 'beta', bound: true },
  { id: 'c', name: 'gamma' },
];

function mount(props: Partial<ListPageProps<Thing>> = {}) {
  return renderWithUi(
    <ListPage<Thing>
      label="Things"
      columns={[{ key: 'name', header: 'Name', render: (t) => t.name }]}
      rows={THINGS}
      rowKey={(t) => t.id}
      rowName={(t) => t.name}
      query={{ isFetching: false, error: null, refetch: () => {} }}
      empty={{ title: 'No things yet', description: 'Make a thing.', noMatch: 'No thing matches this search' }}
      {...props}
    />,
  );
}

const bar = () => screen.queryByRole('region', { name: 'Selection' });
const release: BulkAction<Thing> = { kind: 'release', label: 'Release', title: 'Release the things?', run: () => Promise.resolve() };

afterEach(cleanup);

describe('ListPage', () => {
  it('draws a row per item, and the empty state when there are none', () => {
    const { unmount } = mount();
    const table = screen.getByRole('table', { name: 'Things' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByText('gamma')).toBeTruthy();
    unmount();
    mount({ rows: [] });
    expect(screen.getByText('No things yet')).toBeTruthy();
    expect(screen.getByText('Make a thing.')).toBeTruthy();
    cleanup();
    mount({ rows: [], state: { search: 'zeta', setSearch: () => {}, name: 'zeta', setSort: () => {} } });
    expect(screen.getByText('No thing matches this search')).toBeTruthy();
    expect(screen.getByText('Try another name, or clear the search.')).toBeTruthy();
  });

  it('offers its create action on the toolbar and in the empty state, but not when a search matches nothing', () => {
    const onClick = vi.fn();
    mount({ rows: [], create: { label: 'Create Thing', onClick } });
    const buttons = screen.getAllByRole('button', { name: 'Create Thing' });
    expect(buttons).toHaveLength(2);
    buttons.forEach((b) => fireEvent.click(b));
    expect(onClick).toHaveBeenCalledTimes(2);
    cleanup();
    mount({ rows: [], create: { label: 'Create Thing', onClick }, state: { search: 'zeta', setSearch: () => {}, name: 'zeta', setSort: () => {} } });
    expect(screen.getAllByRole('button', { name: 'Create Thing' })).toHaveLength(1);
  });

  it('calls back with what is typed in the search box', () => {
    const onChange = vi.fn();
    mount({ state: { search: '', setSearch: onChange, setSort: () => {} }, searchLabel: 'Search things' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Search things' }), { target: { value: 'gam' } });
    expect(onChange).toHaveBeenCalledWith('gam');
  });

  it('selects one row, all on the page, none, and clears the selection from the bar', () => {
    mount({ bulkActions: [release] });
    expect(bar()).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select alpha' }));
    expect(within(bar()!).getByText('1 selected')).toBeTruthy();
    const all = screen.getByRole('checkbox', { name: 'Select all on this page' }) as HTMLInputElement;
    expect(all.indeterminate).toBe(true);
    fireEvent.click(all);
    expect(within(bar()!).getByText('3 selected')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Select gamma' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(all);
    expect(bar()).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select beta' }));
    fireEvent.click(within(bar()!).getByRole('button', { name: 'Clear selection' }));
    expect(bar()).toBeNull();
    expect((screen.getByRole('checkbox', { name: 'Select beta' }) as HTMLInputElement).checked).toBe(false);
  });

  it('has no checkboxes without bulk actions', () => {
    mount();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('keeps a blocked row action focusable, says why, and does not run it', () => {
    const onAction = vi.fn();
    mount({
      rowActions: (t) => ({
        actions: [{ kind: 'delete', label: 'Delete', disabledReason: t.bound ? `${t.name} is bound; unbind it first.` : null }],
        onAction,
      }),
    });
    const blocked = screen.getByRole('button', { name: 'Delete beta' });
    expect(blocked.getAttribute('aria-disabled')).toBe('true');
    expect(blocked.getAttribute('aria-description')).toBe('beta is bound; unbind it first.');
    expect(blocked.hasAttribute('disabled')).toBe(false);
    fireEvent.click(blocked);
    expect(onAction).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete alpha' }));
    expect(onAction).toHaveBeenCalledWith('delete');
  });

  it('puts the actions after the primary ones in a More menu whose blocked items the arrow keys still reach', async () => {
    const onAction = vi.fn();
    mount({
      primaryActions: 1,
      rowActions: (t) => ({
        actions: [
          { kind: 'bind', label: 'Bind', disabledReason: null },
          { kind: 'rename', label: 'Rename', disabledReason: null },
          { kind: 'release', label: 'Release', disabledReason: t.bound ? `${t.name} is bound.` : null },
        ],
        onAction,
      }),
    });
    expect(screen.getByRole('button', { name: 'Bind beta' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Release beta' })).toBeNull();
    const more = screen.getByRole('button', { name: 'More actions for beta' });
    more.focus();
    fireEvent.click(more);
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['Rename', 'Releasebeta is bound.']);
    const blocked = items[1];
    expect(blocked.getAttribute('aria-disabled')).toBe('true');
    expect(blocked.getAttribute('aria-description')).toBe('beta is bound.');
    items[0].focus();
    fireEvent.keyDown(items[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(blocked);
    fireEvent.click(blocked);
    expect(onAction).not.toHaveBeenCalled();
    fireEvent.click(items[0]);
    expect(onAction).toHaveBeenCalledWith('rename');
  });

  it('on a phone puts every row action in the More menu, in a column that stays in sight', async () => {
    stubBrowser();
    const matchMedia = window.matchMedia;
    window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: query.includes('47.99em') })) as typeof window.matchMedia;
    try {
      mount({
        rowActions: () => ({
          actions: [
            { kind: 'bind', label: 'Bind', disabledReason: null },
            { kind: 'release', label: 'Release', disabledReason: null },
          ],
          onAction: () => {},
        }),
      });
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Bind beta' })).toBeNull());
      const more = screen.getByRole('button', { name: 'More actions for beta' });
      expect(more.closest('td')?.classList.contains('sticky-end')).toBe(true);
    } finally {
      window.matchMedia = matchMedia;
    }
  });

  it('runs a bulk action row by row, skips the blocked rows with their reason, and lists each outcome', async () => {
    const run = vi.fn((t: Thing) => (t.id === 'c' ? Promise.reject(new Error('gamma still has subnets.')) : Promise.resolve()));
    const onRefresh = vi.fn();
    mount({
      onRefresh,
      bulkActions: [{ ...release, blockedReason: (t) => (t.bound ? `${t.name} is bound; unbind it first.` : null), run }],
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    fireEvent.click(within(bar()!).getByRole('button', { name: 'Release' }));
    const dialog = await screen.findByRole('dialog', { name: 'Release the things?' });
    const selected = within(dialog).getByRole('list', { name: 'Selected' });
    expect(within(selected).getByText('beta is bound; unbind it first.')).toBeTruthy();
    expect(within(dialog).getByText('Release: 2 of the 3 selected, one after another.')).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Release 2' }));
    });
    const results = await within(dialog).findByRole('list', { name: 'Results' });
    await waitFor(() => expect(within(dialog).getByText('Finished: 1 done, 1 refused, 1 skipped.')).toBeTruthy());
    expect(run.mock.calls.map(([t]) => t.id)).toEqual(['a', 'c']);
    const items = within(results).getAllByRole('listitem');
    expect(items[0].textContent).toContain('— done');
    expect(items[1].textContent).toContain('— skipped');
    expect(items[2].textContent).toContain('— failed');
    expect(within(items[2]).getByRole('alert').textContent).toBe('gamma still has subnets.');
    expect(onRefresh).toHaveBeenCalled();
    expect(bar()).toBeNull();
  });
});
