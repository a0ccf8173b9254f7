import { inspect } from 'node:util';
import {
  createSpsClient,
  isConfigLocked,
  isFirmwareTestFailed,
  isIncompleteRequestBody,
  isResourceNotFound,
  isSpsApiError,
  SpsApiError,
  SpsError,
  SpsNetworkError,
  SpsTimeoutError,
  unwrap,
} from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import {
  dropConnection,
  fail,
  json,
  loginRoute,
  fakeSpsPerTest,
  sessionCookie,
  startFakeSps,
  type Handler,
} from './support/fake-sps.js';

const serve = fakeSpsPerTest();

const caught = (promise: Promise<unknown>) => promise.then(
  () => {
    throw new Error('expected a rejection');
  },
  (error: unknown) => error,
);

const slow =
  (ms: number): Handler =>
  (_, response) =>
    new Promise((resolve) => setTimeout(resolve, ms)).then(() => json(response, 200, { meta: {} }));

describe('SpsApiError', () => {
  it('carries status, type, message, details, method and path of a non-2xx answer', async () => {
    const server = await serve({
      'POST /api/transaction': fail(409, 'WebGuiOrRpcApiConfigInProgress', 'The configuration is being modified elsewhere'),
    });
    const client = createSpsClient({ baseUrl: server.url });
    const error = await caught(unwrap(client.POST('/api/transaction', { headers: { 'Content-Length': '0' } })));
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).toBeInstanceOf(SpsError);
    expect(error).toMatchObject({
      name: 'SpsApiError',
      status: 409,
      type: 'WebGuiOrRpcApiConfigInProgress',
      method: 'POST',
      path: '/api/transaction',
      details: undefined,
      message: 'POST /api/transaction answered 409 WebGuiOrRpcApiConfigInProgress: The configuration is being modified elsewhere',
    });
    expect(isConfigLocked(error)).toBe(true);
    expect(isSpsApiError(error)).toBe(true);
    expect(isSpsApiError(error, 'WebGuiOrRpcApiConfigInProgress')).toBe(true);
    expect(isSpsApiError(error, 'NotFound')).toBe(false);
    expect(isResourceNotFound(error)).toBe(false);
  });

  it('keeps the error style of openapi-fetch alongside: { error } is the typed envelope', async () => {
    const server = await serve({ 'POST /api/transaction': fail(409, 'WebGuiOrRpcApiConfigInProgress') });
    const { data, error, response } = await createSpsClient({ baseUrl: server.url }).POST('/api/transaction', {
      headers: { 'Content-Length': '0' },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(409);
    expect(error?.error.type).toBe('WebGuiOrRpcApiConfigInProgress');
  });

  it.each([
    ['IncompleteRequestBodyError', 400, { missing_paths: ['slot_id'] }, isIncompleteRequestBody],
    ['ResourceNotFound', 404, { mount_point: '/firmware/test', resource: '3' }, isResourceNotFound],
    ['FirmwareTestFailed', 500, { exit_code: 1, test_summary: 'Upgrade is not allowed' }, isFirmwareTestFailed],
  ] as const)('%s: the guard matches and details come through', async (type, status, details, guard) => {
    const server = await serve({ 'POST /api/firmware/test': fail(status, type, 'no', details) });
    const error = await caught(createSpsClient({ baseUrl: server.url }).testFirmware(3));
    expect(guard(error)).toBe(true);
    expect(error).toMatchObject({ status, type, details });
    for (const other of [isIncompleteRequestBody, isResourceNotFound, isFirmwareTestFailed, isConfigLocked].filter((g) => g !== guard)) {
      expect(other(error)).toBe(false);
    }
  });

  it('an answer without the envelope still becomes an SpsApiError, with no type', async () => {
    const server = await serve({
      'GET /api/info': (_, response) => {
        response.writeHead(502, { 'Content-Type': 'text/html' });
        response.end('<html>Bad gateway</html>');
      },
    });
    const error = await caught(unwrap(createSpsClient({ baseUrl: server.url, retry: false }).GET('/api/info')));
    expect(error).toMatchObject({ status: 502, type: undefined, message: 'GET /api/info answered 502' });
  });
});

describe('network errors and timeouts', () => {
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

  it('the default timeout ends a slow request with an SpsTimeoutError', async () => {
    const server = await serve({ 'GET /api/info': slow(2000) });
    const error = await caught(createSpsClient({ baseUrl: server.url, timeoutMs: 100 }).GET('/api/info'));
    expect(error).toBeInstanceOf(SpsTimeoutError);
    expect(error).toMatchObject({ method: 'GET', path: '/api/info', timeoutMs: 100, message: 'GET /api/info timed out after 100 ms' });
  });

  it('a per-request timeoutMs overrides the default, both ways', async () => {
    const server = await serve({ 'GET /api/info': slow(300) });
    const client = createSpsClient({ baseUrl: server.url, timeoutMs: 50 });
    expect((await client.GET('/api/info', { timeoutMs: 5000 })).response.status).toBe(200);
    const lenient = createSpsClient({ baseUrl: server.url });
    expect(await caught(lenient.GET('/api/info', { timeoutMs: 50 }))).toMatchObject({ name: 'SpsTimeoutError', timeoutMs: 50 });
  });

  it('the timeout also covers reading the body', async () => {
    const server = await serve({
      'GET /api/info': (_, response) => {
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
        response.write('{"key":');
      },
    });
    const error = await caught(createSpsClient({ baseUrl: server.url, timeoutMs: 150 }).GET('/api/info'));
    expect(error).toBeInstanceOf(SpsTimeoutError);
  });

  it('an AbortSignal.timeout() of your own is an SpsTimeoutError too; your abort stays an AbortError', async () => {
    const server = await serve({ 'GET /api/info': slow(2000) });
    const client = createSpsClient({ baseUrl: server.url });
    expect(await caught(client.GET('/api/info', { signal: AbortSignal.timeout(50) }))).toBeInstanceOf(SpsTimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const aborted = await caught(client.GET('/api/info', { signal: controller.signal }));
    expect(aborted).not.toBeInstanceOf(SpsError);
    expect((aborted as Error).name).toBe('AbortError');
  });
});

describe('no error shows a secret', () => {
  const password = 'Corr3ct-H0rse-Battery!';
  const basic = Buffer.from(`admin:${password}`).toString('base64');
  const secrets = [password, basic, sessionCookie, 'x-token-secret'];

  it('in message, stack, JSON or inspect(), for every kind of failure', async () => {
    const errors: unknown[] = [];
    const collect = async (promise: Promise<unknown>) => errors.push(await caught(promise));

    const server = await serve({
      'GET /api/authentication': loginRoute(),
      'POST /api/transaction': fail(409, 'WebGuiOrRpcApiConfigInProgress'),
      'GET /api/info': fail(401, 'Unauthenticated', 'Session expired'),
      'PUT /api/configuration/network/dns': fail(400, 'SemanticError', 'Bad DNS'),
      'GET /api/configuration/network/dns': slow(1000),
      'GET /api/firmware/slots': dropConnection,
    });
    const client = createSpsClient({ baseUrl: server.url, relogin: true, xToken: 'x-token-secret', retry: false, timeoutMs: 100 });
    await client.login({ username: 'admin', password });
    await collect(client.openTransaction());
    await collect(client.listSlots());
    await collect(unwrap(client.GET('/api/configuration/network/dns')));
    await collect(client.withTransaction(() => undefined));
    await collect(unwrap(client.GET('/api/info')));

    // A re-login that fails: the second login is refused.
    const refusing = await startFakeSps({
      'GET /api/authentication': (() => {
        let calls = 0;
        return (request, response) => (calls++ === 0 ? loginRoute()(request, response) : json(response, 401, { error: { type: 'AuthenticationFailure' } }));
      })(),
      'GET /api/info': fail(401, 'Unauthenticated'),
    });
    const relogging = createSpsClient({ baseUrl: refusing.url, relogin: true });
    await relogging.login({ username: 'admin', password });
    await collect(unwrap(relogging.GET('/api/info')));
    await refusing.close();

    expect(errors.length).toBeGreaterThanOrEqual(6);
    expect(errors.map((error) => (error as Error).name)).toEqual(
      expect.arrayContaining(['SpsApiError', 'SpsNetworkError', 'SpsTimeoutError']),
    );
    for (const error of errors) {
      const views = [
        String(error),
        (error as Error).stack ?? '',
        JSON.stringify(error),
        inspect(error, { depth: 10, showHidden: true }),
      ];
      for (const view of views) for (const secret of secrets) expect(view).not.toContain(secret);
    }
  });
});
