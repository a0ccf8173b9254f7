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
