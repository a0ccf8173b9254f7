import { createSpsClient, unwrap, type SpsClient } from '@sps-openapi/client';
import type { Middleware } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { fakeSps, ok, sessionCookie, startFakeSps } from './support/fake-sps.js';

describe('createSpsClient', () => {
  it.each([
    [{ timeoutMs: 0 }, /timeoutMs/],
    [{ timeoutMs: -5 }, /timeoutMs/],
    [{ timeoutMs: Number.NaN }, /timeoutMs/],
    [{ timeoutMs: null }, /timeoutMs/],
    [{ timeoutMs: '100' }, /timeoutMs/],
    [{ timeoutMs: 2 ** 31 }, /timeoutMs/],
    [{ retry: { retries: 1.5 } }, /retry/],
    [{ retry: { minDelayMs: -1 } }, /retry/],
    [{ cert: 'pem' }, /cert and key/],
  ])('refuses %o', (options, message) => {
    expect(() => createSpsClient({ baseUrl: 'sps.example.net', ...(options as object) })).toThrow(message);
  });

  it('hands your fetch real Requests, with the TLS dispatcher as second argument in Node.js over HTTPS', async () => {
    const seen: [boolean, unknown][] = [];
    const fetch = async (request: Request, init?: RequestInit) => {
      seen.push([request instanceof Request, (init as { dispatcher?: unknown } | undefined)?.dispatcher]);
      return Response.json({ key: 'about_info' });
    };
    const secure = createSpsClient({ baseUrl: 'sps.example.net', fetch });
    await secure.GET('/api/info');
    await createSpsClient({ baseUrl: 'http://127.0.0.1:9', fetch }).GET('/api/info');
    expect(seen[0]![0]).toBe(true);
    expect(seen[0]![1]).toMatchObject({ close: expect.any(Function) });
    expect(seen[1]).toEqual([true, undefined]);
    await secure.close();
  });

  it('has every helper, and request() goes through the same options as GET', async () => {
    const sps = fakeSps({ 'GET /api/info': () => ({ status: 200, json: {}, delayMs: 500 }) });
    const client: SpsClient = sps.client();
    for (const helper of ['login', 'withTransaction', 'fetchFirmware', 'uploadFirmware', 'follow', 'close', 'use', 'eject'] as const) {
      expect(typeof client[helper]).toBe('function');
    }
    await expect(client.request('get', '/api/info', { timeoutMs: 20 })).rejects.toMatchObject({ name: 'SpsTimeoutError' });
  });
});

describe('middleware (openapi-fetch use/eject)', () => {
  it('sees each request before it is sent and each answer after our retries, and can change them', async () => {
    const sps = fakeSps({ 'GET /api/info': ok({ key: 'about_info' }) });
    const client = sps.client({ sessionId: sessionCookie });
    const log: string[] = [];
    const tracing: Middleware = {
      onRequest({ request, schemaPath }) {
        log.push(`${request.method} ${schemaPath} cookie=${request.headers.has('Cookie')}`);
        request.headers.set('X-Request-Id', 'req-1');
      },
      onResponse({ response }) {
        log.push(`answered ${response.status}`);
        return new Response(JSON.stringify({ key: 'rewritten' }), { headers: { 'Content-Type': 'application/json' } });
      },
    };
    client.use(tracing);
    expect((await client.GET('/api/info')).data?.key).toBe('rewritten');
    expect(sps.requests[0]!.headers['x-request-id']).toBe('req-1');
    expect(log).toEqual(['GET /api/info cookie=true', 'answered 200']);

    client.eject(tracing);
    expect((await client.GET('/api/info')).data?.key).toBe('about_info');
    expect(log).toHaveLength(2);
  });

  it('onError sees a network failure as an SpsNetworkError', async () => {
    const client = createSpsClient({ baseUrl: 'http://127.0.0.1:9', retry: false, fetch: () => Promise.reject(new TypeError('fetch failed')) });
    const errors: unknown[] = [];
    client.use({ onError: ({ error }) => void errors.push(error) });
    await expect(client.GET('/api/info')).rejects.toMatchObject({ name: 'SpsNetworkError' });
    expect(errors).toEqual([expect.objectContaining({ name: 'SpsNetworkError', path: '/api/info' })]);
  });

  it('a request a middleware builds anew is still sent, and its errors still name its path', async () => {
    const sps = fakeSps({ 'GET /api/info': () => ({ status: 200, text: 'not json' }) });
    const client = sps.client();
    client.use({ onRequest: ({ request }) => new Request(request, { headers: { 'X-Rebuilt': 'yes' } }) });
    await expect(client.GET('/api/info')).rejects.toMatchObject({ name: 'SpsInvalidJsonError', path: '/api/info' });
    expect(sps.requests[0]!.headers['x-rebuilt']).toBe('yes');
  });
});

describe('redirects', () => {
  it('are answered, never followed: the server they point to gets neither the session cookie nor anything else', async () => {
    const elsewhere = await startFakeSps({ 'GET /api/info': ok({ key: 'about_info' }) });
    const sps = await startFakeSps({ 'GET /api/info': () => ({ status: 302, headers: { Location: `${elsewhere.url}/api/info` } }) });
    try {
      const client = createSpsClient({ baseUrl: sps.url, sessionId: sessionCookie });
      const { response } = await client.GET('/api/info');
      expect(response.status).toBe(302);
      await expect(unwrap(client.GET('/api/info'))).rejects.toMatchObject({ name: 'SpsApiError', status: 302 });
      expect(elsewhere.requests).toEqual([]);
      await client.close();
    } finally {
      await Promise.all([sps.close(), elsewhere.close()]);
    }
  });
});
