import { SpsApiError, unwrap } from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { caught } from './support/caught.js';
import { fail, fakeSps, ok } from './support/fake-sps.js';

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

  it('a result that did not come from the client is described from its response', async () => {
    const response = new Response('{}', { status: 404 });
    Object.defineProperty(response, 'url', { value: 'https://sps.example.net/api/x?y=1' });
    const error = await caught(unwrap({ error: { error: { type: 'NotFound' } }, response }));
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).toMatchObject({ method: 'request to', path: '/api/x', pathTemplate: undefined, type: 'NotFound' });
  });
});
