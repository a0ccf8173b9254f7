import { inspect } from 'node:util';
import { createSpsClient, isAuthenticationFailure, SpsApiError, SpsError, unwrap } from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { caught } from './support/caught.js';
import { fail, fakeSps, inSequence, json, loginRoute, ok, sessionCookie, spsError, type Handler } from './support/fake-sps.js';

/** Answers 200 only to the given session cookie, 401 Unauthenticated otherwise. */
const onlyFor =
  (cookie: string): Handler =>
  (request) =>
    request.headers.cookie === `session_id=${cookie}`
      ? { status: 200, json: { key: 'about_info', body: {}, meta: { href: '/api/info' } } }
      : { status: 401, json: { error: { type: 'Unauthenticated', message: 'Log in first' } } };

describe('login', () => {
  it('sends HTTP Basic over UTF-8, keeps session_id from Set-Cookie and sends it as a cookie afterwards', async () => {
    const sps = fakeSps({ 'GET /api/authentication': loginRoute(), 'GET /api/info': onlyFor(sessionCookie) });
    const client = sps.client();

    const answer = await client.login({ username: 'admin', password: 'pässwörd:with colon' });
    expect(answer.meta?.href).toBe('/api/authentication');
    const [login] = sps.sent('GET /api/authentication');
    expect(login!.headers.authorization).toBe(`Basic ${Buffer.from('admin:pässwörd:with colon', 'utf8').toString('base64')}`);
    expect(login!.headers.cookie).toBeUndefined();
    expect([...login!.query]).toEqual([]);

    const { data, response } = await client.GET('/api/info');
    expect(response.status).toBe(200);
    expect(data?.key).toBe('about_info');
    const [info] = sps.sent('GET /api/info');
    expect(info!.headers.cookie).toBe(`session_id=${sessionCookie}`);
    expect(info!.headers.authorization).toBeUndefined();
  });

  it('passes the login method as login_method with type=password', async () => {
    const sps = fakeSps({ 'GET /api/authentication': loginRoute() });
    await sps.client().login({ username: 'alice', password: 'x', loginMethod: 'ldap-corp' });
    expect(Object.fromEntries(sps.sent('GET /api/authentication')[0]!.query)).toEqual({ login_method: 'ldap-corp', type: 'password' });
  });

  it('throws an SpsApiError (AuthenticationFailure) for rejected credentials and keeps no session', async () => {
    const sps = fakeSps({
      'GET /api/authentication': fail(401, 'AuthenticationFailure', 'Authentication failed'),
      'GET /api/info': onlyFor(sessionCookie),
    });
    const client = sps.client();
    const error = await client.login({ username: 'admin', password: 'wrong' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsApiError);
    expect(isAuthenticationFailure(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, method: 'GET', path: '/api/authentication' });
    await client.GET('/api/info');
    expect(sps.sent('GET /api/info')[0]!.headers.cookie).toBeUndefined();
  });

  it.each([
    ['keeps the last session_id cookie when the login sets several: a later one replaces an earlier one (RFC 6265 §5.3)', ['session_id=stale-one; Path=/', 'lang=en; Path=/', `session_id=${sessionCookie}; Path=/; Secure`]],
    ['reads a session_id cookie with whitespace around the name and the value (RFC 6265 §5.2); the last one still wins', ['session_id = stale-one ; Path=/', ` session_id\t=  ${sessionCookie}  ; Path=/; Secure`]],
  ])('%s', async (_, cookies) => {
    const sps = fakeSps({ 'GET /api/authentication': json(200, { meta: {} }, { 'Set-Cookie': cookies }), 'GET /api/info': onlyFor(sessionCookie) });
    const client = sps.client();
    await client.login({ username: 'admin', password: 'x' });
    expect((await client.GET('/api/info')).response.status).toBe(200);
    expect(sps.sent('GET /api/info')[0]!.headers.cookie).toBe(`session_id=${sessionCookie}`);
  });

  it('a later session_id cookie that empties it leaves no session', async () => {
    const cookies = [`session_id=${sessionCookie}; Path=/`, 'session_id=; Max-Age=0; Path=/'];
    const sps = fakeSps({ 'GET /api/authentication': json(200, { meta: {} }, { 'Set-Cookie': cookies }) });
    await expect(sps.client().login({ username: 'admin', password: 'x' })).rejects.toThrow(/set no session_id cookie/);
  });

  it('fails clearly when SPS accepts the login but sets no session cookie', async () => {
    const sps = fakeSps({ 'GET /api/authentication': ok({ meta: {} }) });
    await expect(sps.client().login({ username: 'admin', password: 'x' })).rejects.toThrow(/set no session_id cookie/);
  });

  it('fails clearly, as the fault of SPS, when the session cookie it sets is no cookie value', async () => {
    const sps = fakeSps({ 'GET /api/authentication': json(200, { meta: {} }, { 'Set-Cookie': 'session_id=has space; Path=/' }), 'GET /api/info': ok() });
    const client = sps.client();
    await expect(client.login({ username: 'admin', password: 'x' })).rejects.toThrow(
      new SpsError('SPS accepted the login but set a session_id cookie that is not a cookie value (RFC 6265)'),
    );
    await client.GET('/api/info');
    expect(sps.sent('GET /api/info')[0]!.headers.cookie).toBeUndefined();
  });

  it('rejects a username HTTP Basic cannot carry, before sending anything', async () => {
    const sps = fakeSps({});
    const client = sps.client();
    await expect(client.login({ username: 'a:b', password: 'x' })).rejects.toThrow(TypeError);
    await expect(client.login({ username: '', password: 'x' })).rejects.toThrow(TypeError);
    expect(sps.requests).toHaveLength(0);
  });

  it('lists the login methods anonymously', async () => {
    const sps = fakeSps({ 'GET /api/authentication/login_methods': ok({ login_methods: ['local', 'ldap-corp'] }) });
    const methods = await sps.client().listLoginMethods();
    expect(methods.login_methods).toEqual(['local', 'ldap-corp']);
  });

  it('certificate login needs a client certificate', async () => {
    let sent = 0;
    const client = createSpsClient({ baseUrl: 'http://127.0.0.1:9' });
    client.use({ onRequest: () => void sent++ });
    await expect(client.loginWithCertificate()).rejects.toThrow(/needs a client certificate/);
    expect(sent).toBe(0);
  });

  it('sessionId, setSessionId and logout control the cookie', async () => {
    const sps = fakeSps({ 'GET /api/info': onlyFor('from-option') });
    const client = sps.client({ sessionId: 'from-option' });
    expect((await client.GET('/api/info')).response.status).toBe(200);
    client.setSessionId('other');
    expect((await client.GET('/api/info')).response.status).toBe(401);
    client.logout();
    await client.GET('/api/info');
    expect(sps.requests.map((request) => request.headers.cookie)).toEqual(['session_id=from-option', 'session_id=other', undefined]);
  });
});

describe('passwords over plain http://', () => {
  it('are refused to a host other than this machine, before anything is sent', async () => {
    let sent = 0;
    const client = createSpsClient({ baseUrl: 'http://sps.example.net', fetch: async () => (sent++, new Response(null, { status: 500 })) });
    const error = await client.login({ username: 'admin', password: 'Sup3r-Secret!' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsError);
    expect((error as Error).message).toMatch(/plain http:\/\/.*allowInsecureHttp: true/);
    expect((error as Error).message).not.toContain('Sup3r-Secret!');
    expect(sent).toBe(0);
  });

  it('are sent with allowInsecureHttp: true, and to loopback hosts without it', async () => {
    const seen: string[] = [];
    const fetch = async (request: Request) => {
      seen.push(`${new URL(request.url).host} ${request.headers.has('Authorization')}`);
      return new Response('{}', { headers: { 'Content-Type': 'application/json', 'Set-Cookie': 'session_id=s' } });
    };
    for (const baseUrl of ['http://sps.example.net', 'http://localhost:4010', 'http://127.0.0.2', 'http://[::1]:8080']) {
      const allowInsecureHttp = baseUrl === 'http://sps.example.net';
      await createSpsClient({ baseUrl, fetch, allowInsecureHttp }).login({ username: 'admin', password: 'x' });
    }
    await createSpsClient({ baseUrl: 'https://sps.example.net', fetch }).login({ username: 'admin', password: 'x' });
    expect(seen).toEqual(['sps.example.net true', 'localhost:4010 true', '127.0.0.2 true', '[::1]:8080 true', 'sps.example.net true']);
  });

  it('allowInsecureHttp must be a boolean', () => {
    expect(() => createSpsClient({ baseUrl: 'http://sps.example.net', allowInsecureHttp: 'yes' as unknown as boolean })).toThrow(TypeError);
  });
});

describe('secrets stay out of sight', () => {
  it('the client object shows neither the password nor the session cookie', async () => {
    const sps = fakeSps({ 'GET /api/authentication': loginRoute() });
    const client = sps.client({ relogin: true, xToken: 'x-token-value' });
    await client.login({ username: 'admin', password: 'Sup3r-Secret!' });
    for (const shown of [JSON.stringify(client), String(client), inspect(client, { depth: 10, showHidden: true })]) {
      for (const secret of ['Sup3r-Secret!', sessionCookie, 'x-token-value', Buffer.from('admin:Sup3r-Secret!').toString('base64')]) {
        expect(shown).not.toContain(secret);
      }
    }
  });

  it('a login error never repeats the password or the Basic token, even when SPS echoes them', async () => {
    const password = 'Pa55-Secret-word';
    const token = Buffer.from(`admin:${password}`).toString('base64');
    const echo: Handler = (request) => ({
      status: 401,
      json: spsError('AuthenticationFailure', `echo admin:${password}`, { authorization: request.headers.authorization, tried: [password] }),
    });
    const sps = fakeSps({ 'GET /api/authentication': inSequence(loginRoute(), echo), 'GET /api/info': onlyFor('never') });
    const client = sps.client({ relogin: true });
    await client.login({ username: 'admin', password });
    const errors = [await caught(unwrap(client.GET('/api/info'))), await caught(sps.client().login({ username: 'admin', password }))];
    expect(sps.sent('GET /api/authentication')).toHaveLength(3); // the re-login after the 401 is the first echo
    for (const error of errors) {
      expect(error).toMatchObject({
        name: 'SpsApiError',
        path: '/api/authentication',
        message: 'GET /api/authentication answered 401 AuthenticationFailure: echo admin:[password]',
        details: { authorization: 'Basic [password]', tried: ['[password]'] },
      });
      for (const shown of [(error as Error).stack, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) {
        expect(shown).not.toContain(password);
        expect(shown).not.toContain(token);
      }
    }
  });

  it('a login answer that is not JSON never repeats the password, even in a Content-Type that reflects it', async () => {
    const password = 'Pa55-Secret-word';
    const sps = fakeSps({ 'GET /api/authentication': () => ({ status: 200, text: '<html>', headers: { 'Content-Type': `text/html; tried=${password}` } }) });
    const error = await caught(sps.client().login({ username: 'admin', password }));
    expect(error).toMatchObject({ name: 'SpsInvalidJsonError', contentType: 'text/html; tried=[password]' });
    for (const shown of [(error as Error).stack, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) expect(shown).not.toContain(password);
  });

  it('a failed login with an empty password keeps its message as SPS wrote it', async () => {
    const sps = fakeSps({ 'GET /api/authentication': fail(401, 'AuthenticationFailure', 'Authentication failed') });
    const error = await caught(sps.client().login({ username: 'admin', password: '' }));
    expect((error as Error).message).toBe('GET /api/authentication answered 401 AuthenticationFailure: Authentication failed');
  });

  it('a failed login error is an SpsError without the request', async () => {
    const sps = fakeSps({ 'GET /api/authentication': fail(401, 'AuthenticationFailure') });
    const error = await sps
      .client()
      .login({ username: 'admin', password: 'Sup3r-Secret!' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsError);
    expect(Object.keys(error as object).sort()).toEqual(['details', 'method', 'path', 'pathTemplate', 'status', 'type']);
  });
});
