import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../src/stateful/request-validation.js';
import { model } from './support.js';

const check = (operationId: string, request: { path?: string; pathParams?: Record<string, string>; query?: string; contentType?: string; body?: string | Buffer }) =>
  checkRequest(model, model.route(operationId), {
    path: request.path ?? '/',
    pathParams: request.pathParams ?? {},
    query: new URLSearchParams(request.query ?? ''),
    contentType: request.contentType,
    body: Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body ?? ''),
  });

describe('checkRequest()', () => {
  it('turns parameters into the types of their schemas', async () => {
    expect(await check('searchSessions', { query: 'limit=20&offset=0&q=protocol:SSH' })).toEqual({ params: { limit: 20, offset: 0, q: 'protocol:SSH' }, body: undefined });
  });

  it('answers parameters that break their schema as Prism does', async () => {
    expect(await check('searchSessions', { query: 'limit=many' })).toMatchObject({ status: 400, json: { error: { details: { violations: [{ location: 'query', pointer: '/limit' }] } } } });
    expect(await check('getFirmwareFetchJob', { pathParams: { key: 'not-a-uuid' } })).toMatchObject({ status: 422 });
  });

  it('answers a parameter given twice as Prism does: as the list of its values, which its schema refuses', async () => {
    const violation = (name: string, type: string) => ({ location: 'query', pointer: `/${name}`, message: `Request query parameter ${name} must be ${type}` });
    expect(await check('searchSessions', { query: 'limit=1&limit=1&q=a&q=b' })).toMatchObject({
      status: 400,
      json: { error: { type: 'SyntacticError', details: { violations: [violation('q', 'string'), violation('limit', 'integer')] } } },
    });
  });

  it('parses and checks JSON bodies; malformed JSON, a missing body and another media type are answered', async () => {
    expect(await check('updateDnsSettings', { contentType: 'application/json', body: '{"primary":"192.0.2.1","secondary":null}' })).toMatchObject({ body: { primary: '192.0.2.1' }, mediaType: 'application/json' });
    expect(await check('updateDnsSettings', { body: '{"primary":"192.0.2.1","secondary":null}' })).toMatchObject({ mediaType: 'application/json' });
    expect(await check('updateDnsSettings', { contentType: 'application/json', body: '{"primary"' })).toEqual({ status: 400, json: { error: { code: 'invalid_json', message: 'Invalid JSON' } } });
    expect(await check('updateDnsSettings', {})).toMatchObject({ status: 400, json: { error: { details: { violations: [{ message: 'Body parameter is required' }] } } } });
    expect(await check('updateDnsSettings', { contentType: 'text/plain', body: 'x' })).toMatchObject({ status: 415 });
  });

  it('reads a multipart form and checks its parts; raw binary bodies pass as they are', async () => {
    const form = new FormData();
    form.append('firmware', new Blob(['CD001']), 'sps-7.4.1.iso');
    const request = new Request('http://x/', { method: 'POST', body: form });
    const body = Buffer.from(await request.arrayBuffer());
    const checked = await check('uploadFirmware', { contentType: request.headers.get('content-type')!, body });
    expect((checked as { body: FormData }).body.get('firmware')).toMatchObject({ name: 'sps-7.4.1.iso' });
    const without = new Request('http://x/', { method: 'POST', body: new FormData() });
    expect(await check('uploadFirmware', { contentType: without.headers.get('content-type')!, body: Buffer.from(await without.arrayBuffer()) })).toMatchObject({ status: 422 });
    expect(await check('uploadFirmware', { contentType: 'application/octet-stream', body: Buffer.from('CD001') })).toMatchObject({ mediaType: 'application/octet-stream' });
  });
});
