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
  unwrap,
} from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { errorTypes } from '../src/generated/error-types.js';
import { dropConnection, fail, fakeSps, fakeSpsPerTest, loginRoute, sessionCookie, slow, startFakeSps } from './support/fake-sps.js';

const serve = fakeSpsPerTest();

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );

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
      // The parser's message would quote this body.
      'GET /api/transaction': () => ({ status: 200, text: 'x-token-secret' }),
    });
    const client = createSpsClient({ baseUrl: server.url, relogin: true, xToken: 'x-token-secret', retry: false, timeoutMs: 100 });
    await client.login({ username: 'admin', password });
    await collect(client.openTransaction());
    await collect(client.listSlots());
    await collect(unwrap(client.GET('/api/configuration/network/dns')));
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
