import { i18n } from '@lingui/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateLocale } from '../i18n/locale';
import { BackendUnavailableError, bootMessage } from './boot-messages';

describe('boot messages', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await activateLocale('en');
  });

  it('speak English before any language is active, with the detail in place', async () => {
    await activateLocale('zh-CN');
    vi.spyOn(i18n, 'locale', 'get').mockReturnValue('');
    expect(bootMessage('app-failed', 'chunk missing')).toBe('The console could not load (chunk missing). Reload the page.');
    expect(bootMessage('no-service-worker')).toMatch(/^This browser has no service workers/);
  });

  it('speak the active language once one is loaded', async () => {
    await activateLocale('zh-CN');
    expect(bootMessage('app-failed', 'chunk missing')).toBe('控制台加载失败（chunk missing）。请刷新页面。');
    expect(bootMessage('not-controlling')).toContain('Service Worker');
  });

  it('an unavailable backend says which problem it is, in English for the console log', () => {
    const error = new BackendUnavailableError('not-registered');
    expect(error.problem).toBe('not-registered');
    expect(error.message).toBe('The backend service worker could not be registered.');
  });
});
