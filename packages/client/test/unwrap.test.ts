import { inspect } from 'node:util';
import { SpsApiError, unwrap } from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { caught } from './support/caught.js';
import { fail, fakeSps, ok, sessionCookie, spsError, type Handler } from './support/fake-sps.js';

describe('unwrap', () => {
  it('resolves to the data of a success answer', async () => {
    const sps = fakeSps({ 'GET /api/info': ok({ key: 'about_info', body: { hostname: 'sps' } }) });
    expect(await unwrap(sps.client().GET('/api/info'))).toEqual({ key: 'about_info', body: { hostname: 'sps' } });
  });

  it('keeps the error style of openapi-fetch alongside: { error } is the typed envelope', async () => {
    const sps = fakeSps({ 'POST /api/transaction': fail(409, 'WebGuiOrRpcApiConfigInProgress') });
    const { data, error, response } = await sps.client().POST('/api/transaction', { headers: { 'Content-Length': '0' } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(409);
    expect(error?.error.type).toBe('WebGuiOrRpcApiConfigInProgress');
  });

  it('an answer without the envelope still becomes an SpsApiError, with no type', async () => {
    const sps = fakeSps({ 'GET /api/info': () => ({ status: 502, text: '<html>Bad gateway</html>', headers: { 'Content-Type': 'text/html' } }) });
    const error = await caught(unwrap(sps.client({ retry: false }).GET('/api/info')));
    expect(error).toMatchObject({ status: 502, type: undefined, message: 'GET /api/info answered 502' });
  });

  it('the error never repeats the session ID that was sent, even when SPS echoes it', async () => {
    const echo: Handler = (request) => ({
      status: 500,
      json: spsError('Internal', `echo ${request.headers.cookie}`, { cookie: request.headers.cookie, sessions: [sessionCookie] }),
    });
    const sps = fakeSps({ 'GET /api/info': echo, 'POST /api/transaction': echo });
    const client = sps.client({ sessionId: sessionCookie, retry: false });
    const errors = [await caught(unwrap(client.GET('/api/info'))), await caught(client.withTransaction(() => undefined))];
    for (const error of errors) {
      expect(error).toMatchObject({
        name: 'SpsApiError',
        message: expect.stringMatching(/ answered 500 Internal: echo session_id=\[session_id\]$/),
        details: { cookie: 'session_id=[session_id]', sessions: ['[session_id]'] },
      });
      for (const shown of [(error as Error).stack, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) {
        expect(shown).not.toContain(sessionCookie);
      }
    }
  });

  it('the error never repeats the X-Token a write sent, even when SPS echoes it', async () => {
    const xToken = 'xt-3f9a1c';
    const echo: Handler = (request) => ({ status: 403, json: spsError('Forbidden', `bad X-Token ${request.headers['x-token']}`, { token: request.headers['x-token'] }) });
    const client = fakeSps({ 'POST /api/transaction': echo }).client({ sessionId: sessionCookie, xToken });
    const error = await caught(unwrap(client.POST('/api/transaction')));
    expect(error).toMatchObject({ name: 'SpsApiError', message: expect.stringMatching(/ answered 403 Forbidden: bad X-Token \[x-token\]$/), details: { token: '[x-token]' } });
    for (const shown of [(error as Error).stack, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) expect(shown).not.toContain(xToken);
  });

  it('an error answer nested deeper than the stack is still an SpsApiError, its secrets removed', async () => {
    const depth = 100_000;
    const text = `{"error":{"type":"X","message":"m","details":[${'['.repeat(depth)}${']'.repeat(depth)},"${sessionCookie}"]}}`;
    const client = fakeSps({ 'GET /api/info': () => ({ status: 400, text, headers: { 'Content-Type': 'application/json' } }) }).client({ sessionId: sessionCookie });
    const error = await caught(unwrap(client.GET('/api/info')));
    expect(error).toBeInstanceOf(SpsApiError);
    expect(((error as SpsApiError).details as unknown[])[1]).toBe('[session_id]');
  });

  it('a result that did not come from the client is described from its response', async () => {
    const response = new Response('{}', { status: 404 });
    Object.defineProperty(response, 'url', { value: 'https://sps.example.net/api/x?y=1' });
    const error = await caught(unwrap({ error: { error: { type: 'NotFound' } }, response }));
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).toMatchObject({ method: 'request to', path: '/api/x', pathTemplate: undefined, type: 'NotFound' });
  });
});
