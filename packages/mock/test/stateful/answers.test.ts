import { describe, expect, it } from 'vitest';
import { documentedAnswer, documentedError, invalidRequest, prismProblem } from '../../src/stateful/answers.js';
import { model } from './support.js';

describe('documentedAnswer()', () => {
  it('answers a JSON success with its first named example, or the body given', () => {
    const route = model.route('getTransaction');
    expect(documentedAnswer(model, route)).toEqual({ status: 200, json: model.example(route, 200) });
    expect(documentedAnswer(model, route, 200, { json: { key: 'x' } })).toEqual({ status: 200, json: { key: 'x' } });
  });

  it('answers a success that is only a 3XX with its documented Location and no body', () => {
    expect(documentedAnswer(model, model.route('completeSetup'))).toEqual({ status: 303, headers: { location: '/api/setup' } });
  });

  it('answers a binary media type with bytes of that media type, never JSON', () => {
    const route = model.route('downloadSupportBundle');
    expect(documentedAnswer(model, route)).toEqual({ status: 200, raw: new Uint8Array(), contentType: 'application/octet-stream' });
    expect(documentedAnswer(model, route, 200, { raw: 'bytes' })).toMatchObject({ raw: 'bytes', contentType: 'application/octet-stream' });
    expect(() => documentedAnswer(model, route, 418)).toThrow('documents no 418 answer');
  });
});

describe('documentedError()', () => {
  it('takes the named example of the type asked for, with the message and details given', () => {
    const route = model.route('getTransaction');
    expect(documentedError(model, route, 401, 'AuthenticationFailure')).toEqual({ status: 401, json: { error: { type: 'AuthenticationFailure', message: expect.any(String) } } });
    expect(documentedError(model, model.route('testFirmware'), 404, 'ResourceNotFound', 'gone', { mount_point: '/firmware/test', resource: '7' }).json).toMatchObject({
      error: { type: 'ResourceNotFound', message: 'gone', details: { resource: '7' } },
    });
    expect(() => documentedError(model, route, 418)).toThrow('GET /api/transaction documents no 418 answer');
  });
});

describe('invalidRequest()', () => {
  const violation = { location: 'body', pointer: '/primary', message: 'Request body property primary must be string' };

  it('answers the documented 400 explaining the violations, else Prism\'s 422', () => {
    const answer = invalidRequest(model, model.route('updateDnsSettings'), [violation], '/api/configuration/network/dns');
    expect(answer).toMatchObject({ status: 400, json: { error: { type: 'InvalidRequestBody', details: { violations: [violation] } } } });
    const problem = invalidRequest(model, model.route('startFirmwareFetch'), [violation], '/api/firmware/fetch');
    expect(problem).toMatchObject({ status: 422, contentType: 'application/problem+json', json: { validation: [{ location: ['body', 'primary'], message: violation.message }] } });
  });

  it('without an example, answers the error the documented 400 admits', () => {
    const missing = { location: 'body', pointer: '', message: "Request body must have required property 'slot_id'" };
    const answer = invalidRequest(model, model.route('upgradeFirmware'), [missing], '/api/firmware/upgrade');
    expect(answer.json).toMatchObject({ error: { type: 'IncompleteRequestBodyError', details: { missing_paths: ['slot_id'] } } });
    expect(model.conforms(model.route('upgradeFirmware'), 400, answer.json)).toBe(true);
    const nested = { location: 'body', pointer: '/checksum', message: "Request body property checksum must have required property 'sha256'" };
    expect(invalidRequest(model, model.route('upgradeFirmware'), [nested], '/api/firmware/upgrade').json).toMatchObject({ error: { details: { missing_paths: ['checksum.sha256'] } } });
  });

  it('without an example, explains other violations with the generic type the documented 400 admits', () => {
    const wrongType = { location: 'body', pointer: '/slot_id', message: 'Request body property slot_id must be integer' };
    const answer = invalidRequest(model, model.route('upgradeFirmware'), [wrongType], '/api/firmware/upgrade');
    expect(answer).toMatchObject({ status: 400, json: { error: { type: 'InvalidRequestBody', details: { violations: [wrongType] } } } });
    expect(model.conforms(model.route('upgradeFirmware'), 400, answer.json)).toBe(true);
  });
});

describe('prismProblem()', () => {
  it('words its problems as Prism 5 does', () => {
    expect(prismProblem('NO_METHOD_MATCHED_ERROR', '/api/transaction', 'PATCH').json).toEqual({
      type: 'https://stoplight.io/prism/errors#NO_METHOD_MATCHED_ERROR',
      title: 'Route resolved, but no method matched',
      status: 405,
      detail: 'The route /api/transaction has been matched, but it does not have "patch" method defined',
    });
  });
});
