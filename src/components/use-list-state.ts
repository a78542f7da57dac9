import { useDeferredValue, useState } from 'react';
import type { SortDir } from '../api/paging';
import type { PagerProps } from './pager';

export type SortKey = 'name' | 'created_at' | 'ip_address';

export interface SortState {
  key: SortKey;
  dir: SortDir;
}

/**
 * The search box and the sort of a list, and a signature that changes with either or the filters. The
 * search goes to the backend at once, without a debounce timer (which alone cost 250 ms of a 150 ms
 * budget): the box updates first and the list's render follows as a deferred, interruptible one, so
 * fast typing is never held up; each query keeps the previous rows on screen until its answer comes.
 */
function useSearchSort(filtersKey: string) {
  const [search, setSearch] = useState('');
  const name = useDeferredValue(search.trim());
  const [sort, setSort] = useState<SortState | undefined>();
  const signature = `${name}|${sort?.key}|${sort?.dir}|${filtersKey}`;
  return { search, setSearch, name: name || undefined, sort, setSort, signature };
}

/**
 * Search, sort and v1 marker paging for one list. The stack of markers is tied to the filters it was
 * built for, so a new search or sort starts again at the first page.
 */
export function useMarkerListState(filtersKey = '') {
  const { signature, ...searchSort } = useSearchSort(filtersKey);
  const [paging, setPaging] = useState<{ signature: string; stack: (string | undefined)[] }>({ signature, stack: [undefined] });
  const stack = paging.signature === signature ? paging.stack : [undefined];
  const next = (nextMarker: string) => setPaging({ signature, stack: [...stack, nextMarker] });
  const previous = () => setPaging({ signature, stack: stack.length > 1 ? stack.slice(0, -1) : stack });
  return {
    ...searchSort,
    marker: stack[stack.length - 1],
    page: stack.length,
    next,
    previous,
    /** The pager of this list, given the marker of the page after this one (none: this is the last). */
    pager: (nextMarker: string | null | undefined): PagerProps => ({
      page: stack.length,
      hasPrevious: stack.length > 1,
      hasNext: Boolean(nextMarker),
      onPrevious: previous,
      onNext: () => nextMarker && next(nextMarker),
    }),
  };
}

/** Search, sort and page-number paging (the ECS list). */
export function usePageListState(filtersKey = '') {
  const { signature, ...searchSort } = useSearchSort(filtersKey);
  const [paging, setPaging] = useState({ signature, page: 1 });
  const page = paging.signature === signature ? paging.page : 1;
  const setPage = (p: number) => setPaging({ signature, page: p });
  return {
    ...searchSort,
    page,
    setPage,
    /** The pager of this list, given how many pages there are and what they hold in words ("41 servers"). */
    pager: (pages: number, count?: string): PagerProps => ({
      page,
      pages,
      count,
      hasPrevious: page > 1,
      hasNext: page < pages,
      onPrevious: () => setPage(page - 1),
      onNext: () => setPage(page + 1),
    }),
  };
}
