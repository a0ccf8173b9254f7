import { inspect } from 'node:util';
import { createSpsClient, SpsError, unwrap } from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { fail, fakeSpsPerTest, inSequence, json, loginRoute, ok, sessionCookie, type Routes } from './support/fake-sps.js';

const serve = fakeSpsPerTest();

/** Answers 200 only to the given session cookie, 401 Unauthenticated otherwise. */
const onlyFor =
  (cookie: string, body: unknown = { key: 'about_info', body: {}, meta: { href: '/api/info' } }): Routes[string] =>
  (request, response) =>
    request.headers.cookie === `session_id=${cookie}`
      ? json(response, 200, body)
      : json(response, 401, { error: { type: 'Unauthenticated', message: 'Log in first' } });

describe('login', () => {
  it('sends HTTP Basic over UTF-8, keeps session_id from Set-Cookie and sends it as a cookie afterwards', async () => {
    const server = await serve({ 'GET /api/authentication': loginRoute(), 'GET /api/info': onlyFor(sessionCookie) });
    const client = createSpsClient({ baseUrl: server.url });

    const answer = await client.login({ username: 'admin', password: 'pässwörd:with colon' });
    expect(answer.meta?.href).toBe('/api/authentication');
    const [login] = server.sent('GET /api/authentication');
    expect(login!.headers.authorization).toBe(`Basic ${Buffer.from('admin:pässwörd:with colon', 'utf8').toString('base64')}`);
    expect(login!.headers.cookie).toBeUndefined();
    expect([...login!.query]).toEqual([]);

    const { data, response } = await client.GET('/api/info');
    expect(response.status).toBe(200);
    expect(data?.key).toBe('about_info');
    const [info] = server.sent('GET /api/info');
    expect(info!.headers.cookie).toBe(`session_id=${sessionCookie}`);
    expect(info!.headers.authorization).toBeUndefined();
  });

  it('passes the login method as login_method with type=password', async () => {
    const server = await serve({ 'GET /api/authentication': loginRoute() });
    await createSpsClient({ baseUrl: server.url }).login({ username: 'alice', password: 'x', loginMethod: 'ldap-corp' });
    expect(Object.fromEntries(server.sent('GET /api/authentication')[0]!.query)).toEqual({ login_method: 'ldap-corp', type: 'password' });
  });

  it('fails clearly when SPS accepts the login but sets no session cookie', async () => {
    const server = await serve({ 'GET /api/authentication': ok({ meta: {} }) });
    await expect(createSpsClient({ baseUrl: server.url }).login({ username: 'admin', password: 'x' })).rejects.toThrow(
      /set no session_id cookie/,
    );
  });

  it('rejects a username HTTP Basic cannot carry, before sending anything', async () => {
    const server = await serve({});
    const client = createSpsClient({ baseUrl: server.url });
    await expect(client.login({ username: 'a:b', password: 'x' })).rejects.toThrow(TypeError);
    await expect(client.login({ username: '', password: 'x' })).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });

  it('lists the login methods anonymously', async () => {
    const server = await serve({ 'GET /api/authentication/login_methods': ok({ login_methods: ['local', 'ldap-corp'] }) });
    const methods = await createSpsClient({ baseUrl: server.url }).listLoginMethods();
    expect(methods.login_methods).toEqual(['local', 'ldap-corp']);
  });

  it('certificate login needs a client certificate', async () => {
    const server = await serve({});
    await expect(createSpsClient({ baseUrl: server.url }).loginWithCertificate()).rejects.toThrow(/needs a client certificate/);
    expect(server.requests).toHaveLength(0);
  });

  it('sessionId, setSessionId and logout control the cookie', async () => {
    const server = await serve({ 'GET /api/info': onlyFor('from-option') });
    const client = createSpsClient({ baseUrl: server.url, sessionId: 'from-option' });
    expect((await client.GET('/api/info')).response.status).toBe(200);
    client.setSessionId('other');
    expect((await client.GET('/api/info')).response.status).toBe(401);
    client.logout();
    await client.GET('/api/info');
    expect(server.requests.map((request) => request.headers.cookie)).toEqual(['session_id=from-option', 'session_id=other', undefined]);
  });
});

describe('re-login after a 401', () => {
  const fresh = 'b2e82e141f768745841c0f998dc60a6f67273971';

  it('logs in again once with the held credentials and resends the request, body included', async () => {
    const server = await serve({
      'GET /api/authentication': inSequence(loginRoute(sessionCookie), loginRoute(fresh)),
      'PUT /api/configuration/network/dns': (request, response) =>
        request.headers.cookie === `session_id=${fresh}`
          ? json(response, 200, { key: 'dns', body: request.json, meta: {} })
          : json(response, 401, { error: { type: 'Unauthenticated', message: 'Session expired' } }),
    });
    const client = createSpsClient({ baseUrl: server.url, relogin: true });
    await client.login({ username: 'admin', password: 'secret' });

    const dns = await unwrap(client.PUT('/api/configuration/network/dns', { body: { primary: '192.0.2.1', secondary: null } }));
    expect(dns.body).toEqual({ primary: '192.0.2.1', secondary: null });
    expect(server.sent('GET /api/authentication')).toHaveLength(2);
    const puts = server.sent('PUT /api/configuration/network/dns');
    expect(puts.map((request) => request.headers.cookie)).toEqual([`session_id=${sessionCookie}`, `session_id=${fresh}`]);
    expect(puts[1]!.json).toEqual({ primary: '192.0.2.1', secondary: null });
  });

  it('does not log in again when relogin is off (the default)', async () => {
    const server = await serve({ 'GET /api/authentication': loginRoute(), 'GET /api/info': onlyFor(fresh) });
    const client = createSpsClient({ baseUrl: server.url });
    await client.login({ username: 'admin', password: 'secret' });
    const { error, response } = await client.GET('/api/info');
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ error: { type: 'Unauthenticated' } });
    expect(server.sent('GET /api/authentication')).toHaveLength(1);
  });

  it('tries only once: a second 401 is the answer', async () => {
    const server = await serve({ 'GET /api/authentication': loginRoute(), 'GET /api/info': onlyFor('never') });
    const client = createSpsClient({ baseUrl: server.url, relogin: true });
    await client.login({ username: 'admin', password: 'secret' });
    expect((await client.GET('/api/info')).response.status).toBe(401);
    expect(server.sent('GET /api/authentication')).toHaveLength(2);
    expect(server.sent('GET /api/info')).toHaveLength(2);
  });

  it('shares one login between requests that fail at the same time', async () => {
    const server = await serve({
      'GET /api/authentication': inSequence(loginRoute(sessionCookie), loginRoute(fresh)),
      'GET /api/info': onlyFor(fresh),
    });
    const client = createSpsClient({ baseUrl: server.url, relogin: true });
    await client.login({ username: 'admin', password: 'secret' });
    const answers = await Promise.all([client.GET('/api/info'), client.GET('/api/info'), client.GET('/api/info')]);
    expect(answers.map(({ response }) => response.status)).toEqual([200, 200, 200]);
    expect(server.sent('GET /api/authentication')).toHaveLength(2);
  });

  it('never logs in again while a transaction may be open (its staged changes would be lost)', async () => {
    const server = await serve({
      'GET /api/authentication': loginRoute(),
      'POST /api/transaction': ok(),
      'GET /api/info': onlyFor(fresh),
    });
    const client = createSpsClient({ baseUrl: server.url, relogin: true });
    await client.login({ username: 'admin', password: 'secret' });
    await client.openTransaction();
    expect((await client.GET('/api/info')).response.status).toBe(401);
    expect(server.sent('GET /api/authentication')).toHaveLength(1);
  });

  it('logs in again with the certificate after a certificate login', async () => {
    const server = await serve({
      'GET /api/authentication': inSequence(loginRoute(sessionCookie), loginRoute(fresh)),
      'GET /api/info': onlyFor(fresh),
    });
    // A custom fetch stands for one that presents the certificate; the TLS test covers real certificates.
    const client = createSpsClient({ baseUrl: server.url, relogin: true, fetch: (input, init) => fetch(input, init) });
    await client.loginWithCertificate({ loginMethod: 'x509-corp' });
    expect((await client.GET('/api/info')).response.status).toBe(200);
    const logins = server.sent('GET /api/authentication');
    expect(logins.map((login) => Object.fromEntries(login.query))).toEqual([
      { type: 'x509', login_method: 'x509-corp' },
      { type: 'x509', login_method: 'x509-corp' },
    ]);
    expect(logins.every((login) => login.headers.authorization === undefined)).toBe(true);
  });
});

describe('headers', () => {
  it('sends a non-browser User-Agent by default, or yours', async () => {
    const server = await serve({ 'GET /api/info': ok() });
    await createSpsClient({ baseUrl: server.url }).GET('/api/info');
    await createSpsClient({ baseUrl: server.url, userAgent: 'deploy-bot/2.1' }).GET('/api/info');
    expect(server.requests.map((request) => request.headers['user-agent'])).toEqual(['sps-openapi-client', 'deploy-bot/2.1']);
  });

  it('sends X-Token with POST, PUT and DELETE only', async () => {
    const server = await serve({ 'GET /api/transaction': ok(), 'POST /api/transaction': ok(), 'PUT /api/transaction': ok(), 'DELETE /api/transaction': ok() });
    const client = createSpsClient({ baseUrl: server.url, xToken: 'token-from-user-info', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' });
    await client.GET('/api/transaction');
    await client.openTransaction();
    await client.commit();
    await client.rollback();
    expect(server.requests.map((request) => [request.method, request.headers['x-token']])).toEqual([
      ['GET', undefined],
      ['POST', 'token-from-user-info'],
      ['PUT', 'token-from-user-info'],
      ['DELETE', 'token-from-user-info'],
    ]);
  });
});

describe('secrets stay out of sight', () => {
  it('the client object shows neither the password nor the session cookie', async () => {
    const server = await serve({ 'GET /api/authentication': loginRoute() });
    const client = createSpsClient({ baseUrl: server.url, relogin: true, xToken: 'x-token-value' });
    await client.login({ username: 'admin', password: 'Sup3r-Secret!' });
    for (const shown of [JSON.stringify(client), String(client), inspect(client, { depth: 10, showHidden: true })]) {
      for (const secret of ['Sup3r-Secret!', sessionCookie, 'x-token-value', Buffer.from('admin:Sup3r-Secret!').toString('base64')]) {
        expect(shown).not.toContain(secret);
      }
    }
  });

  it('a failed login error is an SpsError without the request', async () => {
    const server = await serve({ 'GET /api/authentication': fail(401, 'AuthenticationFailure') });
    const error = await createSpsClient({ baseUrl: server.url })
      .login({ username: 'admin', password: 'Sup3r-Secret!' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsError);
    expect(Object.keys(error as object).sort()).toEqual(['details', 'method', 'path', 'status', 'type']);
  });
});
