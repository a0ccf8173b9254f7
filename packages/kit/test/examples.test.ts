import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@sps-openapi/mock/openapi';
import { mediaTypeExamples } from '../src/examples.js';

describe('mediaTypeExamples', () => {
  it('lists the named examples of request bodies and responses, $refs followed, with the schema each must satisfy', () => {
    const document: JsonObject = {
      paths: {
        '/api/dns': {
          put: {
            requestBody: { content: { 'application/json': { schema: { type: 'object' }, examples: { one: { $ref: '#/components/examples/One' } } } } },
            responses: {
              '400': { $ref: '#/components/responses/BadRequest' },
              '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } },
            },
          },
        },
      },
      components: {
        examples: { One: { value: { primary: '192.0.2.1' } } },
        responses: { BadRequest: { description: 'Bad', content: { 'application/json': { examples: { bad: { value: { error: {} } } } } } } },
      },
    };
    expect(mediaTypeExamples(document)).toEqual([
      {
        label: 'PUT /api/dns → request application/json: one',
        name: 'one',
        value: { primary: '192.0.2.1' },
        schemaPointer: '#/paths/~1api~1dns/put/requestBody/content/application~1json/schema',
      },
      {
        label: 'PUT /api/dns → 400 application/json: bad',
        name: 'bad',
        value: { error: {} },
        schemaPointer: '#/components/responses/BadRequest/content/application~1json/schema',
      },
    ]);
  });
});
