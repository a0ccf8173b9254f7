import {
  createSpsClient,
  SpsError,
  SpsInvalidJsonError,
  SpsNetworkError,
  SpsTimeoutError,
  unwrap,
  type SpsClient,
} from '@sps-openapi/client';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { caught } from './support/caught.js';
import { breakOffBody, fakeSps, fakeSpsPerTest, json, ok, sessionCookie, slow, type Handler } from './support/fake-sps.js';

const serve = fakeSpsPerTest();

describe('timeouts', () => {
  it('the default timeout ends a slow request with an SpsTimeoutError', async () => {
    const sps = fakeSps({ 'GET /api/info': slow(2000) });
    const error = await caught(sps.client({ timeoutMs: 100 }).GET('/api/info'));
    expect(error).toBeInstanceOf(SpsTimeoutError);
    expect(error).toMatchObject({ method: 'GET', path: '/api/info', timeoutMs: 100, message: 'GET /api/info timed out after 100 ms' });
  });

  it('a per-request timeoutMs overrides the default, both ways', async () => {
    const sps = fakeSps({ 'GET /api/info': slow(300) });
    expect((await sps.client({ timeoutMs: 50 }).GET('/api/info', { timeoutMs: 5000 })).response.status).toBe(200);
    expect(await caught(sps.client().GET('/api/info', { timeoutMs: 50 }))).toMatchObject({ name: 'SpsTimeoutError', timeoutMs: 50 });
  });

  it('the timeout also covers reading the body', async () => {
    const server = await serve({
      'GET /api/info': () => ({
        raw: (response) => {
          response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
          response.write('{"key":');
        },
      }),
    });
    const error = await caught(createSpsClient({ baseUrl: server.url, timeoutMs: 150 }).GET('/api/info'));
    expect(error).toBeInstanceOf(SpsTimeoutError);
  });

  it('an AbortSignal.timeout() of your own is an SpsTimeoutError too; your abort stays an AbortError', async () => {
    const sps = fakeSps({ 'GET /api/info': slow(2000) });
    const client = sps.client();
    expect(await caught(client.GET('/api/info', { signal: AbortSignal.timeout(50) }))).toBeInstanceOf(SpsTimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const aborted = await caught(client.GET('/api/info', { signal: controller.signal }));
    expect(aborted).not.toBeInstanceOf(SpsError);
    expect((aborted as Error).name).toBe('AbortError');
  });
});

describe('per-request options', () => {
  it('refuses a retry that is not true or false (JavaScript callers), before sending anything', async () => {
    const sps = fakeSps({ 'GET /api/info': ok({}) });
    const call = () => sps.client().GET('/api/info', { retry: { retries: 5 } as unknown as boolean });
    await expect(call()).rejects.toThrow(new TypeError("retry of a request is true or false; set how often to retry with the client's retry option"));
    expect(sps.requests).toEqual([]);
  });
});

describe('per-request timeoutMs', () => {
  it.each([[Number.NaN], [null], ['100'], [-1], [0], [2 ** 31]])('refuses %o (it meant no timeout, or one at once), before sending anything', async (timeoutMs) => {
    const sps = fakeSps({ 'GET /api/info': ok({}) });
    const error = await caught(sps.client({ timeoutMs: 5000 }).GET('/api/info', { timeoutMs: timeoutMs as number }));
    expect(error).toEqual(new TypeError('timeoutMs must be a positive number of milliseconds below 2^31, or Infinity'));
    expect(sps.requests).toEqual([]);
  });

  it('Infinity waits without a timeout, undefined takes the client\'s', async () => {
    const sps = fakeSps({ 'GET /api/info': slow(150) });
    const client = sps.client({ timeoutMs: 50 });
    expect((await client.GET('/api/info', { timeoutMs: Infinity })).response.status).toBe(200);
    expect(await caught(client.GET('/api/info', { timeoutMs: undefined as unknown as number }))).toBeInstanceOf(SpsTimeoutError);
  });
});

describe('answers that are not what they claim', () => {
  it('invalid JSON in a success answer is an SpsInvalidJsonError naming method, path and status', async () => {
    const sps = fakeSps({
      'GET /api/info': () => ({ status: 200, text: '<html>Sign in to the corporate proxy</html>', headers: { 'Content-Type': 'text/html' } }),
      'GET /api/firmware/slots/2': () => ({ status: 201, text: '{"key": "2", "body": {' }),
    });
    const client = sps.client();
    const html = await caught(client.GET('/api/info'));
    expect(html).toBeInstanceOf(SpsInvalidJsonError);
    expect(html).toMatchObject({
      method: 'GET',
      path: '/api/info',
      status: 200,
      contentType: 'text/html',
      message: 'GET /api/info answered 200 with a body that is not valid JSON (text/html)',
    });
    expect(sps.requests).toHaveLength(1);
    const truncated = await caught(client.GET('/api/firmware/slots/{slot_id}', { params: { path: { slot_id: '2' } } }));
    expect(truncated).toMatchObject({ name: 'SpsInvalidJsonError', status: 201 });
  });

  it('an SpsInvalidJsonError never repeats the session ID or X-Token sent, even in a Content-Type that reflects them', async () => {
    const xToken = 'xt-5be0c2';
    const reflect: Handler = (request) => ({
      status: 200,
      text: '<html>Sign in</html>',
      headers: { 'Content-Type': `text/html; was="${request.headers.cookie} ${request.headers['x-token'] ?? ''}"` },
    });
    const client = fakeSps({ 'GET /api/info': reflect, 'POST /api/transaction': reflect }).client({ sessionId: sessionCookie, xToken });
    const read = await caught(client.GET('/api/info'));
    const write = await caught(client.POST('/api/transaction'));
    expect(read).toMatchObject({
      name: 'SpsInvalidJsonError',
      contentType: 'text/html; was="session_id=[session_id] "',
      message: 'GET /api/info answered 200 with a body that is not valid JSON (text/html; was="session_id=[session_id] ")',
    });
    expect(write).toMatchObject({ name: 'SpsInvalidJsonError', contentType: 'text/html; was="session_id=[session_id] [x-token]"' });
    for (const error of [read, write]) {
      for (const shown of [(error as Error).stack, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) {
        expect(shown).not.toContain(sessionCookie);
        expect(shown).not.toContain(xToken);
      }
    }
  });

  it('other parseAs modes are left alone', async () => {
    const sps = fakeSps({ 'GET /api/info': () => ({ status: 200, text: 'not json' }) });
    expect((await sps.client().GET('/api/info', { parseAs: 'text' })).data).toBe('not json');
  });

  it('a body that breaks off is an SpsNetworkError, not a bare TypeError', async () => {
    const server = await serve({ 'GET /api/info': breakOffBody(200, '{"key": "about_info", "bo') });
    const error = await caught(createSpsClient({ baseUrl: server.url, retry: false }).GET('/api/info'));
    expect(error).toBeInstanceOf(SpsNetworkError);
    expect(error).toMatchObject({ method: 'GET', path: '/api/info', pathTemplate: '/api/info' });
  });
});

describe('which request an error is about', () => {
  /** An SPS behind a reverse proxy at /sps: the slot answers by its number, /api/info breaks in the given way. */
  function behindProxy(info: 'slow' | 'refused' | 'html', timeoutMs?: number): SpsClient {
    const answers = {
      slow: (request: Request) =>
        new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true })),
      refused: () => Promise.reject(new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') })),
      html: () => Promise.resolve(new Response('<html>', { headers: { 'Content-Type': 'text/html' } })),
    };
    return createSpsClient({
      baseUrl: 'http://127.0.0.1:9/sps/',
      retry: false,
      ...(timeoutMs && { timeoutMs }),
      fetch: async (request) => {
        const { pathname } = new URL(request.url);
        if (pathname === '/sps/api/firmware/slots/7') return Response.json({ error: { type: 'ResourceNotFound' } }, { status: 404 });
        return answers[info](request);
      },
    });
  }
  const rule = (path: string, pathTemplate: string) => ({ path, pathTemplate, method: 'GET' });

  it('every error class: the concrete path without the base prefix or query, and the path template', async () => {
    const slot = await caught(unwrap(behindProxy('html').GET('/api/firmware/slots/{slot_id}', { params: { path: { slot_id: '7' } } })));
    expect(slot).toMatchObject({ name: 'SpsApiError', ...rule('/api/firmware/slots/7', '/api/firmware/slots/{slot_id}') });
    expect((slot as Error).message).toMatch(/^GET \/api\/firmware\/slots\/7 answered 404/);

    const query = { params: { query: { type: 'x509' as const } } };
    expect(await caught(behindProxy('refused').GET('/api/authentication', query))).toMatchObject({
      name: 'SpsNetworkError',
      ...rule('/api/authentication', '/api/authentication'),
    });
    expect(await caught(behindProxy('slow', 30).GET('/api/authentication', query))).toMatchObject({
      name: 'SpsTimeoutError',
      ...rule('/api/authentication', '/api/authentication'),
    });
    expect(await caught(behindProxy('html').GET('/api/authentication', query))).toMatchObject({
      name: 'SpsInvalidJsonError',
      ...rule('/api/authentication', '/api/authentication'),
    });
  });

  it('the helpers follow the same rule', async () => {
    const sps = fakeSps({ 'GET /api/firmware/slots': json(404, { error: { type: 'NotFound' } }), 'GET /api/info': ok() });
    expect(await caught(sps.client().listSlots())).toMatchObject(rule('/api/firmware/slots', '/api/firmware/slots'));
  });
});
