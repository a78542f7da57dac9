// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScrollX } from './scroll-x';

/** jsdom lays nothing out: give the box a width, a content width and a scroll position. */
function sized(box: HTMLElement, { client, scroll, left = 0 }: { client: number; scroll: number; left?: number }) {
  Object.defineProperty(box, 'clientWidth', { configurable: true, value: client });
  Object.defineProperty(box, 'scrollWidth', { configurable: true, value: scroll });
  box.scrollLeft = left;
}

let resize: (() => void) | undefined;

beforeEach(() => {
  globalThis.ResizeObserver = class {
    constructor(callback: () => void) {
      resize = callback;
    }
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(cleanup);

function mount() {
  const { container } = render(
    <ScrollX label="Servers">
      <table />
    </ScrollX>,
  );
  const frame = container.firstElementChild as HTMLElement;
  return { frame, box: frame.firstElementChild as HTMLElement };
}

describe('ScrollX', () => {
  it('is a plain box, with no shade, while its content fits', () => {
    const { frame, box } = mount();
    sized(box, { client: 800, scroll: 800 });
    act(() => resize?.());
    expect(screen.queryByRole('region')).toBeNull();
    expect(frame.dataset.moreLeft).toBeUndefined();
    expect(frame.dataset.moreRight).toBeUndefined();
  });

  it('shades the edge that hides more content, and follows the scroll', () => {
    const { frame, box } = mount();
    sized(box, { client: 350, scroll: 700 });
    act(() => resize?.());
    expect(screen.getByRole('region', { name: 'Servers' })).toBe(box);
    expect(box.tabIndex).toBe(0);
    expect(frame.dataset.moreRight).toBe('true');
    expect(frame.dataset.moreLeft).toBeUndefined();

    box.scrollLeft = 100;
    fireEvent.scroll(box);
    expect(frame.dataset.moreLeft).toBe('true');
    expect(frame.dataset.moreRight).toBe('true');

    box.scrollLeft = 350;
    fireEvent.scroll(box);
    expect(frame.dataset.moreLeft).toBe('true');
    expect(frame.dataset.moreRight).toBeUndefined();
  });
});
