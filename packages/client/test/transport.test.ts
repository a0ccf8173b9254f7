import { readFileSync } from 'node:fs';
import { createSpsClient, SpsApiError, SpsNetworkError } from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { caught } from './support/caught.js';
import { dropConnection, fail, fakeSps, fakeSpsPerTest, inSequence, json, loginRoute, ok, sessionCookie, type Handler } from './support/fake-sps.js';

const serve = fakeSpsPerTest();

const retry = { retries: 2, minDelayMs: 1, maxDelayMs: 5 };
const unavailable = fail(503, 'ServiceUnavailable');

/** The session of a second login. */
const fresh = 'b2e82e141f768745841c0f998dc60a6f67273971';

/** Answers 200 only to the given session cookie, 401 Unauthenticated otherwise. */
const onlyFor =
  (cookie: string, body: unknown = { key: 'about_info', body: {}, meta: { href: '/api/info' } }): Handler =>
  (request) =>
    request.headers.cookie === `session_id=${cookie}`
      ? { status: 200, json: body }
      : { status: 401, json: { error: { type: 'Unauthenticated', message: 'Log in first' } } };

describe('retries', () => {
  it.each([502, 503, 504])('retry a GET answered %i, then succeed', async (status) => {
    const sps = fakeSps({ 'GET /api/info': inSequence(fail(status, 'Gateway'), ok({ key: 'about_info', body: {} })) });
    const { data } = await sps.client({ retry }).GET('/api/info');
    expect(data?.key).toBe('about_info');
    expect(sps.requests).toHaveLength(2);
  });

  it('retry a GET after a dropped connection', async () => {
    const server = await serve({ 'GET /api/info': inSequence(dropConnection, dropConnection, ok({ key: 'about_info', body: {} })) });
    const { response } = await createSpsClient({ baseUrl: server.url, retry }).GET('/api/info');
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(3);
  });

  it('give up after `retries` and answer with the last response', async () => {
    const sps = fakeSps({ 'GET /api/info': unavailable });
    const { response, error } = await sps.client({ retry }).GET('/api/info');
    expect(response.status).toBe(503);
    expect(error).toMatchObject({ error: { type: 'ServiceUnavailable' } });
    expect(sps.requests).toHaveLength(3);
  });

  it('give up after `retries` network errors with an SpsNetworkError', async () => {
    const server = await serve({ 'GET /api/info': dropConnection });
    await expect(createSpsClient({ baseUrl: server.url, retry }).GET('/api/info')).rejects.toBeInstanceOf(SpsNetworkError);
    expect(server.requests).toHaveLength(3);
  });

  it('retry a configuration PUT with its body intact', async () => {
    const sps = fakeSps({ 'PUT /api/configuration/management/soap': inSequence(unavailable, ok({ key: 'soap', body: {} })) });
    await sps.client({ retry }).PUT('/api/configuration/management/soap', { body: { enabled: false } });
    expect(sps.requests.map((request) => request.json)).toEqual([{ enabled: false }, { enabled: false }]);
  });

  it('never retry a POST, on a 503 or on a dropped connection', async () => {
    const server = await serve({ 'POST /api/firmware/test': unavailable, 'POST /api/transaction': dropConnection });
    const client = createSpsClient({ baseUrl: server.url, retry });
    expect((await client.POST('/api/firmware/test', { body: { slot_id: 1 } })).response.status).toBe(503);
    await expect(client.openTransaction()).rejects.toBeInstanceOf(SpsNetworkError);
    expect(server.requests).toHaveLength(2);
  });

  it('never retry the commit (PUT /api/transaction), nor a DELETE', async () => {
    const sps = fakeSps({ 'PUT /api/transaction': unavailable, 'DELETE /api/firmware/fetch/job-1': unavailable });
    const client = sps.client({ retry });
    await expect(client.commit('Rotate DNS')).rejects.toMatchObject({ status: 503 });
    await client.DELETE('/api/firmware/fetch/{key}', { params: { path: { key: 'job-1' } } });
    expect(sps.requests).toHaveLength(2);
  });

  it('retry: false turns retries off, for the client or for one request', async () => {
    const sps = fakeSps({ 'GET /api/info': unavailable });
    await sps.client({ retry: false }).GET('/api/info');
    await sps.client({ retry }).GET('/api/info', { retry: false });
    expect(sps.requests).toHaveLength(2);
  });

  it('a Retry-After of a day does not stretch the wait: it stays within maxDelayMs', async () => {
    const later = json(503, { error: { type: 'ServiceUnavailable' } }, { 'Retry-After': '86400' });
    const sps = fakeSps({ 'GET /api/info': inSequence(later, ok({ key: 'about_info', body: {} })) });
    const started = Date.now();
    const { response } = await sps.client({ retry: { retries: 1, minDelayMs: 50, maxDelayMs: 50 } }).GET('/api/info');
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1_000);
  }, 5_000);

  it('the timeout bounds the retries too', async () => {
    const sps = fakeSps({ 'GET /api/info': unavailable });
    const client = sps.client({ timeoutMs: 100, retry: { retries: 50, minDelayMs: 40, maxDelayMs: 40 } });
    await expect(client.GET('/api/info')).rejects.toMatchObject({ name: 'SpsTimeoutError' });
    expect(sps.requests.length).toBeLessThan(10);
  });
});

describe('re-login after a 401', () => {
  it('logs in again once with the held credentials and resends the request, body included', async () => {
    const sps = fakeSps({
      'GET /api/authentication': inSequence(loginRoute(sessionCookie), loginRoute(fresh)),
      'PUT /api/configuration/network/dns': (request) =>
        request.headers.cookie === `session_id=${fresh}`
          ? { status: 200, json: { key: 'dns', body: request.json, meta: {} } }
          : { status: 401, json: { error: { type: 'Unauthenticated', message: 'Session expired' } } },
    });
    const client = sps.client({ relogin: true });
    await client.login({ username: 'admin', password: 'secret' });

    const { data: dns } = await client.PUT('/api/configuration/network/dns', { body: { primary: '192.0.2.1', secondary: null } });
    expect(dns?.body).toEqual({ primary: '192.0.2.1', secondary: null });
    expect(sps.sent('GET /api/authentication')).toHaveLength(2);
    const puts = sps.sent('PUT /api/configuration/network/dns');
    expect(puts.map((request) => request.headers.cookie)).toEqual([`session_id=${sessionCookie}`, `session_id=${fresh}`]);
    expect(puts[1]!.json).toEqual({ primary: '192.0.2.1', secondary: null });
  });

  it('does not log in again when relogin is off (the default)', async () => {
    const sps = fakeSps({ 'GET /api/authentication': loginRoute(), 'GET /api/info': onlyFor(fresh) });
    const client = sps.client();
    await client.login({ username: 'admin', password: 'secret' });
    const { error, response } = await client.GET('/api/info');
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ error: { type: 'Unauthenticated' } });
    expect(sps.sent('GET /api/authentication')).toHaveLength(1);
  });

  it('tries only once: a second 401 is the answer', async () => {
    const sps = fakeSps({ 'GET /api/authentication': loginRoute(), 'GET /api/info': onlyFor('never') });
    const client = sps.client({ relogin: true });
    await client.login({ username: 'admin', password: 'secret' });
    expect((await client.GET('/api/info')).response.status).toBe(401);
    expect(sps.sent('GET /api/authentication')).toHaveLength(2);
    expect(sps.sent('GET /api/info')).toHaveLength(2);
  });

  it('shares one login between requests that fail at the same time', async () => {
    const sps = fakeSps({
      'GET /api/authentication': inSequence(loginRoute(sessionCookie), loginRoute(fresh)),
      'GET /api/info': onlyFor(fresh),
    });
    const client = sps.client({ relogin: true });
    await client.login({ username: 'admin', password: 'secret' });
    const answers = await Promise.all([client.GET('/api/info'), client.GET('/api/info'), client.GET('/api/info')]);
    expect(answers.map(({ response }) => response.status)).toEqual([200, 200, 200]);
    expect(sps.sent('GET /api/authentication')).toHaveLength(2);
  });

  it('never logs in again while a transaction may be open (its staged changes would be lost)', async () => {
    const sps = fakeSps({ 'GET /api/authentication': loginRoute(), 'POST /api/transaction': ok(), 'GET /api/info': onlyFor(fresh) });
    const client = sps.client({ relogin: true });
    await client.login({ username: 'admin', password: 'secret' });
    await client.openTransaction();
    expect((await client.GET('/api/info')).response.status).toBe(401);
    expect(sps.sent('GET /api/authentication')).toHaveLength(1);
  });

  it('does not log in again after a 401 on a write or the commit inside the transaction (its changes would be lost)', async () => {
    const sps = fakeSps({
      'GET /api/authentication': inSequence(loginRoute(sessionCookie), loginRoute(fresh)),
      'POST /api/transaction': ok(),
      'PUT /api/configuration/network/dns': onlyFor(fresh),
      'PUT /api/transaction': onlyFor(fresh, { key: 'transaction', body: { status: 'closed' }, meta: {} }),
      'GET /api/info': onlyFor(fresh),
    });
    const client = sps.client({ relogin: true });
    await client.login({ username: 'admin', password: 'secret' });
    await client.openTransaction();
    expect((await client.PUT('/api/configuration/network/dns', { body: { primary: '192.0.2.1', secondary: null } })).response.status).toBe(401);
    await expect(client.commit('Rotate DNS')).rejects.toMatchObject({ status: 401, method: 'PUT', path: '/api/transaction' });
    expect((await client.GET('/api/info')).response.status).toBe(401);
    expect(sps.sent('GET /api/authentication')).toHaveLength(1);
    expect(sps.sent('PUT /api/transaction')).toHaveLength(1);
  });

  it('a rollback answered 401 ends the transaction: withTransaction rejects with the 401, and the next call logs in again', async () => {
    const sps = fakeSps({
      'GET /api/authentication': inSequence(loginRoute(sessionCookie), loginRoute(fresh)),
      'POST /api/transaction': ok(),
      'PUT /api/configuration/network/dns': onlyFor(fresh),
      'DELETE /api/transaction': onlyFor(fresh),
      'GET /api/info': onlyFor(fresh),
    });
    const client = sps.client({ relogin: true });
    await client.login({ username: 'admin', password: 'secret' });
    const work = client.withTransaction((tx) => tx.PUT('/api/configuration/network/dns', { body: { primary: '192.0.2.1', secondary: null } }), { message: 'm' });
    const error = await caught(work);
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).toMatchObject({ status: 401, method: 'PUT', rollbackError: { status: 401, method: 'DELETE' } });
    // The rollback is not sent again in a new session.
    expect(sps.sent('DELETE /api/transaction')).toHaveLength(1);
    expect(sps.sent('GET /api/authentication')).toHaveLength(1);

    expect((await client.GET('/api/info')).response.status).toBe(200);
    expect(sps.sent('GET /api/authentication')).toHaveLength(2);
  });

  it('logs in again with the certificate after a certificate login', async () => {
    // The in-process fetch stands for one that presents the certificate; the TLS test covers real certificates.
    const sps = fakeSps({
      'GET /api/authentication': inSequence(loginRoute(sessionCookie), loginRoute(fresh)),
      'GET /api/info': onlyFor(fresh),
    });
    const client = sps.client({ relogin: true });
    await client.loginWithCertificate({ loginMethod: 'x509-corp' });
    expect((await client.GET('/api/info')).response.status).toBe(200);
    const logins = sps.sent('GET /api/authentication');
    expect(logins.map((login) => Object.fromEntries(login.query))).toEqual([
      { type: 'x509', login_method: 'x509-corp' },
      { type: 'x509', login_method: 'x509-corp' },
    ]);
    expect(logins.every((login) => login.headers.authorization === undefined)).toBe(true);
  });
});

describe('the writes after which a transaction may be open', () => {
  const spec = JSON.parse(readFileSync(new URL('../../spec/openapi.json', import.meta.url), 'utf8')) as {
    paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
  };
  const resolve = (node: unknown): unknown => {
    const ref = (node as { $ref?: string } | undefined)?.$ref;
    if (!ref) return node;
    const names = ref.slice(2).split('/').map((name) => name.replaceAll('~1', '/').replaceAll('~0', '~'));
    return resolve(names.reduce<unknown>((parent, name) => (parent as Record<string, unknown>)[name], spec));
  };
  /** The write documents the 409 of a configuration locked by another interface: it opens or needs the session's transaction. */
  const documentsConfigLock = (operation: { responses?: Record<string, unknown> }) =>
    JSON.stringify(resolve(operation.responses?.['409']) ?? null).includes('"#/components/schemas/WebGuiOrRpcApiConfigInProgressError"');

  /** Whether, after a successful `method template`, the client refuses to log in again after a 401. */
  async function leavesTransactionOpen(method: string, template: string): Promise<boolean> {
    const path = Object.fromEntries([...template.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, 'k1']));
    const sps = fakeSps({
      'GET /api/authentication': inSequence(loginRoute(sessionCookie), loginRoute(fresh)),
      [`${method} ${template.replace(/\{\w+\}/g, 'k1')}`]: ok(),
      'GET /api/info': onlyFor(fresh),
    });
    const client = sps.client({ relogin: true });
    await client.login({ username: 'admin', password: 'secret' });
    const request = client.request as (method: string, url: string, init: object) => Promise<{ response: Response }>;
    expect((await request(method, template, { params: { path } })).response.status, `${method} ${template}`).toBe(200);
    return (await client.GET('/api/info')).response.status === 401;
  }

  it('are the ones whose 409 the description documents as WebGuiOrRpcApiConfigInProgress', async () => {
    const documented: string[] = [];
    const open: string[] = [];
    for (const [template, item] of Object.entries(spec.paths)) {
      for (const method of ['PUT', 'POST', 'DELETE', 'PATCH']) {
        const operation = item[method.toLowerCase()];
        if (!operation) continue;
        if (documentsConfigLock(operation)) documented.push(`${method} ${template}`);
        if (await leavesTransactionOpen(method, template)) open.push(`${method} ${template}`);
      }
    }
    expect(documented).toEqual(expect.arrayContaining(['POST /api/transaction', 'POST /api/cluster/nodes', 'PUT /api/configuration/network/dns']));
    expect(open).toEqual(documented);
  });
});

describe('headers', () => {
  it('sends a non-browser User-Agent by default, or yours', async () => {
    const sps = fakeSps({ 'GET /api/info': ok() });
    await sps.client().GET('/api/info');
    await sps.client({ userAgent: 'deploy-bot/2.1' }).GET('/api/info');
    expect(sps.requests.map((request) => request.headers['user-agent'])).toEqual(['sps-openapi-client', 'deploy-bot/2.1']);
  });

  it('sends X-Token with POST, PUT and DELETE only', async () => {
    const sps = fakeSps({ 'GET /api/transaction': ok(), 'POST /api/transaction': ok(), 'PUT /api/transaction': ok(), 'DELETE /api/transaction': ok() });
    const client = sps.client({ xToken: 'token-from-user-info', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' });
    await client.GET('/api/transaction');
    await client.openTransaction();
    await client.commit();
    await client.rollback();
    expect(sps.requests.map((request) => [request.method, request.headers['x-token']])).toEqual([
      ['GET', undefined],
      ['POST', 'token-from-user-info'],
      ['PUT', 'token-from-user-info'],
      ['DELETE', 'token-from-user-info'],
    ]);
  });

  it('refuses a session ID or X-Token a header cannot carry, before sending, without repeating it', async () => {
    const sps = fakeSps({ 'GET /api/info': ok(), 'POST /api/transaction': ok() });
    const refused = (make: () => unknown, option: string, value: string) => {
      const error = (() => {
        try {
          make();
        } catch (thrown) {
          return thrown as Error;
        }
      })();
      expect(error, JSON.stringify(value)).toBeInstanceOf(TypeError);
      expect(error!.message).toContain(option);
      expect(error!.message).not.toContain(value);
    };
    for (const value of [`${sessionCookie}\r\nfoo`, 'has space', 'a;b', 'a,b', 'a"b', 'a\\b', 'caf\u00e9', '"unclosed']) {
      refused(() => sps.client({ sessionId: value }), 'sessionId', value);
      const client = sps.client();
      refused(() => client.setSessionId(value), 'sessionId', value);
    }
    for (const value of ['tok-SECRET\r\nA: b', 'tok-SECRET\0', 'tok-SECRET\u0101']) refused(() => sps.client({ xToken: value }), 'xToken', value);
    expect(sps.requests).toEqual([]);

    const client = sps.client({ sessionId: '"quoted"', xToken: 'tok-caf\u00e9' });
    await client.POST('/api/transaction');
    client.setSessionId(sessionCookie);
    await client.GET('/api/info');
    expect(sps.requests.map((request) => [request.headers.cookie, request.headers['x-token']])).toEqual([
      ['session_id="quoted"', 'tok-caf\u00e9'],
      [`session_id=${sessionCookie}`, undefined],
    ]);
  });

  it('refuses a userAgent a header cannot carry when the client is made, not at the first request', () => {
    for (const userAgent of ['bot/1.0\r\nX-Injected: 1', 'bot\n', 'bot\0', 'bot/\u0101', 42]) {
      expect(() => createSpsClient({ baseUrl: 'sps.example.net', userAgent: userAgent as string }), JSON.stringify(userAgent)).toThrow(
        new TypeError('userAgent must be a valid header value: no NUL, CR or LF, and only Latin-1 characters'),
      );
    }
    expect(() => createSpsClient({ baseUrl: 'sps.example.net', userAgent: 'caf\u00e9-bot/1.0 (x)' })).not.toThrow();
  });

  it('sends no session cookie with a login', async () => {
    const sps = fakeSps({ 'GET /api/authentication': json(200, { meta: {} }, { 'Set-Cookie': 'session_id=new' }) });
    await sps.client({ sessionId: 'old' }).login({ username: 'admin', password: 'x' });
    expect(sps.requests[0]!.headers.cookie).toBeUndefined();
  });
});

describe('network errors', () => {

  it('a refused connection is an SpsNetworkError naming the request and the cause', async () => {
    const server = await serve({});
    const { url } = server;
    await server.close();
    const error = await caught(createSpsClient({ baseUrl: url, retry: false }).GET('/api/info'));
    expect(error).toBeInstanceOf(SpsNetworkError);
    expect(error).toMatchObject({ method: 'GET', path: '/api/info' });
    expect((error as Error).message).toMatch(/^GET \/api\/info failed: .*ECONNREFUSED/);
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it('a dropped connection on a POST is an SpsNetworkError', async () => {
    const server = await serve({ 'POST /api/transaction': dropConnection });
    const error = await caught(createSpsClient({ baseUrl: server.url }).openTransaction());
    expect(error).toBeInstanceOf(SpsNetworkError);
  });

  it('your own fetch failing is an SpsNetworkError too', async () => {
    const cause = new TypeError('fetch failed');
    const client = createSpsClient({ baseUrl: 'http://127.0.0.1:9', retry: false, fetch: () => Promise.reject(cause) });
    expect(await caught(client.GET('/api/info'))).toMatchObject({ name: 'SpsNetworkError', cause, pathTemplate: '/api/info' });
  });
});
