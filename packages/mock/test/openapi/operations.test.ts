import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/openapi/document.js';
import { bodies, operations, parameterExample, parametersIn, pathPattern, responseSchemaPointer, schemaPointer } from '../../src/openapi/operations.js';

const document: JsonObject = {
  paths: {
    '/api/items/{key}': {
      parameters: [{ $ref: '#/components/parameters/Key' }, { name: 'verbose', in: 'query' }],
      get: {
        parameters: [{ name: 'verbose', in: 'query', required: true }, { name: 'verbose', in: 'header' }],
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } }, '404': { $ref: '#/components/responses/NotFound' } },
      },
      put: {
        requestBody: { $ref: '#/components/requestBodies/Item' },
        responses: { '204': { description: 'Stored' } },
      },
      summary: 'not an operation',
    },
  },
  components: {
    parameters: { Key: { name: 'key', in: 'path', required: true, example: 'k1', examples: { other: { value: 'k2' } } } },
    responses: { NotFound: { description: 'Not found', content: { 'application/problem+json': { schema: { type: 'object' } } } } },
    requestBodies: { Item: { content: { 'application/json': { schema: { type: 'object' } } } } },
  },
};

describe('operations', () => {
  const [get, put] = operations(document);

  it('lists every operation of every path item, with its JSON pointer, skipping fields that are no operation', () => {
    expect(operations(document).map(({ method, path, pointer }) => [method, path, pointer])).toEqual([
      ['get', '/api/items/{key}', '#/paths/~1api~1items~1{key}/get'],
      ['put', '/api/items/{key}', '#/paths/~1api~1items~1{key}/put'],
    ]);
  });

  it("collects the path item's and the operation's parameters, the operation's replacing one of the same name and place", () => {
    expect(get!.parameters).toEqual([
      { parameter: { name: 'key', in: 'path', required: true, example: 'k1', examples: { other: { value: 'k2' } } }, pointer: '#/components/parameters/Key' },
      { parameter: { name: 'verbose', in: 'query', required: true }, pointer: '#/paths/~1api~1items~1{key}/get/parameters/0' },
      { parameter: { name: 'verbose', in: 'header' }, pointer: '#/paths/~1api~1items~1{key}/get/parameters/1' },
    ]);
    expect(put!.parameters.map(({ pointer }) => pointer)).toEqual(['#/components/parameters/Key', '#/paths/~1api~1items~1{key}/parameters/1']);
  });

  it('picks the parameters of one location', () => {
    expect(parametersIn(get!, 'path').map(({ parameter }) => parameter.name)).toEqual(['key']);
    expect(parametersIn(get!, 'header').map(({ parameter }) => parameter.in)).toEqual(['header']);
    expect(parametersIn(get!, 'cookie')).toEqual([]);
  });

  it("takes a parameter's own example, else its first named one", () => {
    const key = parametersIn(get!, 'path')[0]!.parameter;
    expect(parameterExample(document, key)).toBe('k1');
    expect(parameterExample(document, { ...key, example: undefined } as unknown as JsonObject)).toBe('k2');
    expect(parameterExample(document, { name: 'x', in: 'query' })).toBeUndefined();
  });
});

describe('bodies', () => {
  const [get, put] = operations(document);

  it('lists the request body and every response, $refs followed, with where each is defined', () => {
    expect(bodies(document, get!).map(({ where, pointer }) => [where, pointer])).toEqual([
      ['200', '#/paths/~1api~1items~1{key}/get/responses/200'],
      ['404', '#/components/responses/NotFound'],
    ]);
    expect(bodies(document, put!).map(({ where, pointer }) => [where, pointer])).toEqual([
      ['request', '#/components/requestBodies/Item'],
      ['204', '#/paths/~1api~1items~1{key}/put/responses/204'],
    ]);
  });

  it('points at the schema of a media type', () => {
    const [request] = bodies(document, put!);
    expect(schemaPointer(request!, 'application/json')).toBe('#/components/requestBodies/Item/content/application~1json/schema');
    expect(responseSchemaPointer(document, get!, 404, 'application/problem+json')).toBe(
      '#/components/responses/NotFound/content/application~1problem+json/schema',
    );
    expect(responseSchemaPointer(document, get!, '200')).toBe('#/paths/~1api~1items~1{key}/get/responses/200/content/application~1json/schema');
  });

  it('refuses a status the operation does not document', () => {
    expect(() => responseSchemaPointer(document, get!, 500)).toThrow('GET /api/items/{key} documents no 500 response');
  });
});

describe('pathPattern()', () => {
  it('matches one path segment per parameter, and the rest of the template literally', () => {
    const pattern = pathPattern('/api/audit/sessions/{key}/channels');
    expect(pattern.test('/api/audit/sessions/a1b2/channels')).toBe(true);
    expect(pattern.test('/api/audit/sessions/a1/b2/channels')).toBe(false);
    expect(pattern.test('/api/audit/sessions//channels')).toBe(false);
    expect(pattern.test('/api/audit/sessions/a1/channels/x')).toBe(false);
    expect(pathPattern('/api/a.b').test('/api/aXb')).toBe(false);
  });
});
