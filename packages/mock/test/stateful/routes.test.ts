import { describe, expect, it } from 'vitest';
import { model } from './support.js';

describe('specModel()', () => {
  it('describes every operation: method, path, session, statuses, parameters and body validators', () => {
    expect(model.routes.length).toBeGreaterThan(100);
    const search = model.route('searchSessions');
    expect(search).toMatchObject({ method: 'GET', path: '/api/audit/sessions', requiresSession: true, successStatus: 200 });
    expect(search.parameters.find(({ name }) => name === 'limit')).toMatchObject({ in: 'query', required: false, types: ['integer'] });
    const upload = model.route('uploadFirmware');
    expect([...upload.requestBody!.mediaTypes.keys()]).toEqual(['multipart/form-data', 'application/x-iso9660-image', 'application/octet-stream']);
    expect(upload.requestBody!.mediaTypes.get('application/octet-stream')).toBeUndefined();
    expect(model.route('logIn').requiresSession).toBe(false);
    expect(() => model.route('noSuchOperation')).toThrow('the description has no operation noSuchOperation');
  });

  it('takes the lowest 3XX as the success of an operation that documents no 2XX', () => {
    expect(model.route('completeSetup').successStatus).toBe(303);
    expect(model.route('logIn').successStatus).toBe(200);
    expect(model.route('startSupportBundle').successStatus).toBe(201);
  });

  it('names the error types a documented response pins, from its anyOf', () => {
    expect(model.errorTypes(model.route('updateDnsSettings'), 400)).toEqual(['InvalidRequestBody', 'SyntacticError', 'SemanticError']);
    expect(model.errorTypes(model.route('upgradeFirmware'), 400)).toEqual(['IncompleteRequestBodyError']);
    expect(model.errorTypes(model.route('completeSetup'), 409)).toEqual([]);
    expect(model.response(model.route('completeSetup'), 200)).toBeUndefined();
  });

  it('gives the named examples of an answer, copies that callers may change', () => {
    const route = model.route('getTransaction');
    expect(model.examples(route, 200)).toHaveLength(3);
    const example = model.example(route, 200) as { key: string };
    example.key = 'changed';
    expect((model.example(route, 200) as { key: string }).key).toBe('transaction');
    expect(model.conforms(route, 200, model.example(route, 200))).toBe(true);
    expect(model.conforms(route, 200, { key: 'nope' })).toBe(false);
  });
});
