import { inspect } from 'node:util';
import {
  createSpsClient,
  isAuthenticationFailure,
  isConfigLocked,
  isFirmwareTestFailed,
  isIncompleteRequestBody,
  isResourceNotFound,
  isSpsApiError,
  isUnauthenticated,
  SpsApiError,
  SpsError,
  SpsRequestError,
  SpsSearchLimitError,
  SpsSnapshotExpiredError,
  SpsSnapshotQuotaError,
  unwrap,
} from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { errorTypes } from '../src/generated/error-types.js';
import { caught } from './support/caught.js';
import { dropConnection, fail, fakeSps, fakeSpsPerTest, loginRoute, sessionCookie, slow, startFakeSps } from './support/fake-sps.js';

const serve = fakeSpsPerTest();

describe('SpsApiError', () => {
  it('carries status, type, message, details, method and path of a non-2xx answer', async () => {
    const sps = fakeSps({ 'POST /api/transaction': fail(409, 'WebGuiOrRpcApiConfigInProgress', 'The configuration is being modified elsewhere') });
    const error = await caught(unwrap(sps.client().POST('/api/transaction', { headers: { 'Content-Length': '0' } })));
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).toBeInstanceOf(SpsRequestError);
    expect(error).toBeInstanceOf(SpsError);
    expect(error).toMatchObject({
      name: 'SpsApiError',
      status: 409,
      type: 'WebGuiOrRpcApiConfigInProgress',
      method: 'POST',
      path: '/api/transaction',
      pathTemplate: '/api/transaction',
      details: undefined,
      message: 'POST /api/transaction answered 409 WebGuiOrRpcApiConfigInProgress: The configuration is being modified elsewhere',
    });
    expect(isConfigLocked(error)).toBe(true);
    expect(isSpsApiError(error)).toBe(true);
    expect(isSpsApiError(error, 'WebGuiOrRpcApiConfigInProgress')).toBe(true);
    expect(isSpsApiError(error, 'NotFound')).toBe(false);
    expect(isResourceNotFound(error)).toBe(false);
  });

  it.each([
    ['IncompleteRequestBodyError', 400, { missing_paths: ['slot_id'] }, isIncompleteRequestBody],
    ['ResourceNotFound', 404, { mount_point: '/firmware/test', resource: '3' }, isResourceNotFound],
    ['FirmwareTestFailed', 500, { exit_code: 1, test_summary: 'Upgrade is not allowed' }, isFirmwareTestFailed],
  ] as const)('%s: the guard matches and details come through', async (type, status, details, guard) => {
    const sps = fakeSps({ 'POST /api/firmware/test': fail(status, type, 'no', details) });
    const error = await caught(sps.client().testFirmware(3));
    expect(guard(error)).toBe(true);
    expect(error).toMatchObject({ status, type, details });
    for (const other of [isIncompleteRequestBody, isResourceNotFound, isFirmwareTestFailed, isConfigLocked].filter((g) => g !== guard)) {
      expect(other(error)).toBe(false);
    }
  });
});

describe('guards', () => {
  const guards = [
    [isConfigLocked, errorTypes.WebGuiOrRpcApiConfigInProgressError],
    [isIncompleteRequestBody, errorTypes.IncompleteRequestBodyError],
    [isResourceNotFound, errorTypes.ResourceNotFoundError],
    [isFirmwareTestFailed, errorTypes.FirmwareTestFailedError],
    [isUnauthenticated, errorTypes.UnauthenticatedError],
    [isAuthenticationFailure, errorTypes.AuthenticationFailureError],
  ] as const;
  const errorOf = (type: string | undefined) =>
    new SpsApiError({ method: 'GET', path: '/api/info', status: 400, body: type === undefined ? 'not json' : { error: { type } } });

  it('each matches exactly its generated error type', () => {
    for (const [guard, type] of guards) {
      for (const [, other] of guards) expect(guard(errorOf(other))).toBe(other === type);
      expect(guard(errorOf('SomeFutureError'))).toBe(false);
      expect(guard(errorOf(undefined))).toBe(false);
      expect(guard(new Error(type))).toBe(false);
    }
  });

  it('the generated list has every documented type (one per schema)', () => {
    expect(Object.values(errorTypes)).toEqual(expect.arrayContaining(['Unauthenticated', 'NotFound', 'WebGuiOrRpcApiConfigInProgress']));
    expect(new Set(Object.values(errorTypes)).size).toBe(Object.keys(errorTypes).length);
  });

  it('isSpsApiError takes any type, documented or not', () => {
    expect(isSpsApiError(errorOf('SomeFutureError'), 'SomeFutureError')).toBe(true);
    expect(isSpsApiError(errorOf('SomeFutureError'), 'NotFound')).toBe(false);
    expect(isSpsApiError(new Error('x'))).toBe(false);
  });
});

describe('search errors', () => {
  const request = { method: 'GET', path: '/api/audit/sessions/_snapshot', pathTemplate: '/api/audit/sessions/_snapshot', status: 429, body: { error: { type: 'TooManyRequests', message: 'Snapshot quota exceeded' } } };
  const quota = (retryAfter?: string) => new SpsSnapshotQuotaError({ ...request, headers: new Headers(retryAfter === undefined ? {} : { 'Retry-After': retryAfter }) });

  it('SpsSnapshotQuotaError reads Retry-After as seconds or as an HTTP date, else waits the 5 minutes a snapshot lives', () => {
    expect(quota('90').retryAfterMs).toBe(90_000);
    const inTwoMinutes = quota(new Date(Date.now() + 120_000).toUTCString()).retryAfterMs;
    expect(inTwoMinutes).toBeGreaterThan(115_000);
    expect(inTwoMinutes).toBeLessThanOrEqual(120_000);
    expect(quota(new Date(Date.now() - 60_000).toUTCString()).retryAfterMs).toBe(0);
    for (const unreadable of [undefined, '', 'soon', '-5']) expect(quota(unreadable).retryAfterMs).toBe(300_000);
  });

  it('the snapshot errors are SpsApiErrors that say what to do; the limit error is not about one answer', () => {
    const error = quota('90');
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).toMatchObject({ name: 'SpsSnapshotQuotaError', status: 429, type: 'TooManyRequests' });
    expect(error.message).toBe('GET /api/audit/sessions/_snapshot answered 429 TooManyRequests: Snapshot quota exceeded (the search snapshot quota is exhausted: retry in 90 s, when a snapshot has expired)');
    const expired = new SpsSnapshotExpiredError({ ...request, path: '/api/audit/sessions', status: 404, body: { error: { type: 'NotFound' } } });
    expect(expired).toBeInstanceOf(SpsApiError);
    expect(expired.message).toMatch(/^GET \/api\/audit\/sessions answered 404 NotFound \(the search snapshot expired .*start the search again\)$/);
    const limit = new SpsSearchLimitError(12_345);
    expect(limit).toBeInstanceOf(SpsError);
    expect(limit).not.toBeInstanceOf(SpsRequestError);
    expect(limit).toMatchObject({ name: 'SpsSearchLimitError', matchCount: 12_345 });
    expect(limit.message).toContain('matches 12345 sessions; a basic search returns only the first 10000');
  });
});

describe('no error shows a secret', () => {
  const password = 'Corr3ct-H0rse-Battery!';
  const basic = Buffer.from(`admin:${password}`).toString('base64');
  const secrets = [password, basic, sessionCookie, 'x-token-secret'];

  it('in error.type, nor in a value quoted from an answer where a cut would leave part of it', async () => {
    const sps = fakeSps({
      'GET /api/info': () => ({ status: 400, json: { error: { type: `Bad${sessionCookie}` } } }),
      'POST /api/firmware/fetch': () => ({ status: 200, json: { key: 'job', meta: {} } }),
      'GET /api/firmware/fetch/job': () => ({ status: 200, json: { key: 'job', body: { status: `${'x'.repeat(30)}${sessionCookie}` }, meta: {} } }),
    });
    const client = sps.client({ sessionId: sessionCookie });
    const errors = [await caught(unwrap(client.GET('/api/info'))), await caught(client.fetchFirmware({ url: 'https://example.com/sps.iso', sha256: 'a'.repeat(64) }))];
    expect(errors.map((error) => (error as Error).name)).toEqual(['SpsApiError', 'SpsUnexpectedAnswerError']);
    for (const error of errors) {
      for (const view of [String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) expect(view).not.toContain(sessionCookie.slice(0, 12));
    }
  });

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
      // The parser's message would quote this body.
      'GET /api/transaction': () => ({ status: 200, text: 'x-token-secret' }),
    });
    // Only the slow call has a short timeout: on a busy machine any other call could outlast one.
    const client = createSpsClient({ baseUrl: server.url, relogin: true, xToken: 'x-token-secret', retry: false });
    await client.login({ username: 'admin', password });
    await collect(client.openTransaction());
    await collect(client.listSlots());
    await collect(unwrap(client.GET('/api/configuration/network/dns', { timeoutMs: 100 })));
    await collect(client.withTransaction(() => undefined));
    await collect(unwrap(client.GET('/api/info')));
    await collect(client.getTransaction());

    // A re-login that fails: the second login is refused.
    const refusing = await startFakeSps({
      'GET /api/authentication': (() => {
        let calls = 0;
        return (request) => (calls++ === 0 ? loginRoute()(request) : { status: 401, json: { error: { type: 'AuthenticationFailure' } } });
      })(),
      'GET /api/info': fail(401, 'Unauthenticated'),
    });
    const relogging = createSpsClient({ baseUrl: refusing.url, relogin: true });
    await relogging.login({ username: 'admin', password });
    await collect(unwrap(relogging.GET('/api/info')));
    await refusing.close();

    expect(errors.length).toBeGreaterThanOrEqual(7);
    expect(errors.map((error) => (error as Error).name)).toEqual(
      expect.arrayContaining(['SpsApiError', 'SpsNetworkError', 'SpsTimeoutError', 'SpsInvalidJsonError']),
    );
    for (const error of errors) {
      const views = [String(error), (error as Error).stack ?? '', JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })];
      for (const view of views) for (const secret of secrets) expect(view).not.toContain(secret);
    }
  });
});
