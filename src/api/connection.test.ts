import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiBaseUrl, AUTH_TOKEN, routingHeaders, currentBackend, currentCredential, describeBackend, normaliseUrl, requestAuth, useConnectionStore } from './connection';

afterEach(() => {
  useConnectionStore.setState({ backend: { kind: 'browser' } });
  vi.unstubAllGlobals();
});

describe('the backend in use', () => {
  it('is this browser by default: same-origin paths and the demo token', async () => {
    expect(currentBackend()).toEqual({ kind: 'browser' });
    expect(apiBaseUrl()).toBe('');
    expect(describeBackend()).toBe('This browser');
    expect(await requestAuth('GET', 'http://localhost/v1/p/vpcs', {}, undefined)).toEqual({ 'X-Auth-Token': AUTH_TOKEN });
  });

  it('a remote endpoint: its URL is the base, its credential signs every request', async () => {
    useConnectionStore.getState().setBackend({ kind: 'remote', url: 'http://127.0.0.1:8870', auth: { token: 'T' } });
    expect(apiBaseUrl()).toBe('http://127.0.0.1:8870');
    expect(currentCredential()).toEqual({ token: 'T' });
    expect(await requestAuth('GET', 'http://127.0.0.1:8870/v1/p/vpcs', {}, undefined)).toEqual({ 'X-Auth-Token': 'T' });
    useConnectionStore.getState().setBackend({ kind: 'remote', url: 'http://127.0.0.1:8870', auth: { ak: 'AK1', sk: 'SK1' } });
    const signed = await requestAuth('POST', 'http://127.0.0.1:8870/v1/p/vpcs', { 'Content-Type': 'application/json' }, '{}');
    expect(signed['X-Sdk-Date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(signed.Authorization).toMatch(/^SDK-HMAC-SHA256 Access=AK1, SignedHeaders=content-type;host;x-sdk-date, Signature=[0-9a-f]{64}$/);
  });

  it('normalises a URL: no trailing slash, a path prefix kept', () => {
    expect(normaliseUrl(' http://127.0.0.1:8870/ ')).toBe('http://127.0.0.1:8870');
    expect(normaliseUrl('https://vpc.example.com/api/')).toBe('https://vpc.example.com/api');
  });

  it("marks requests to a remote backend on the page's own origin, so the in-browser worker lets them through", () => {
    vi.stubGlobal('location', new URL('http://127.0.0.1:4375/vips'));
    const here = { kind: 'remote' as const, url: 'http://127.0.0.1:4375', auth: { token: 'T' } };
    expect(routingHeaders('http://127.0.0.1:4375/v1/p/vpcs', here)).toEqual({ 'X-Vip-Console-Remote': '1' });
    expect(routingHeaders('http://127.0.0.1:4376/v1/p/vpcs', { ...here, url: 'http://127.0.0.1:4376' })).toEqual({});
    expect(routingHeaders('/v1/p/vpcs', { kind: 'browser' })).toEqual({});
  });
});
