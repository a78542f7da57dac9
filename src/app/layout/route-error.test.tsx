// @vitest-environment jsdom
import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { chooseLocale } from '../../i18n/locale';
import { RouteErrorBoundary } from './route-error';

function Broken(): never {
  throw new Error('chunk vpcs-route.js failed');
}

function shell(resetKey: string, child: React.ReactNode) {
  return (
    <I18nProvider i18n={i18n}>
      <MantineProvider>
        <RouteErrorBoundary resetKey={resetKey}>{child}</RouteErrorBoundary>
      </MantineProvider>
    </I18nProvider>
  );
}

describe('a page that fails to load', () => {
  beforeAll(() => {
    window.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as never;
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(cleanup);
  afterAll(async () => {
    vi.restoreAllMocks();
    await chooseLocale('en');
  });

  it('says so with the error and a way out, in the language chosen, and follows a switch', async () => {
    await chooseLocale('zh-CN');
    const { rerender } = render(shell('/vpcs', <Broken />));
    expect(screen.getByRole('alert').textContent).toContain('页面加载失败');
    expect(screen.getByRole('alert').textContent).toContain('chunk vpcs-route.js failed');
    expect(screen.getByRole('button', { name: '重新加载控制台' })).toBeTruthy();

    await act(() => chooseLocale('en'));
    expect(screen.getByRole('alert').textContent).toContain('This page failed to load');

    rerender(shell('/subnets', <p>Subnets page</p>));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Subnets page')).toBeTruthy();
  });
});
