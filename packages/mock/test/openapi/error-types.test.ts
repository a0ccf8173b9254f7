import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/openapi/document.js';
import { pinnedErrorTypes } from '../../src/openapi/error-types.js';

const typed = (type: string): JsonObject => ({
  allOf: [{ $ref: '#/components/schemas/Error' }, { type: 'object', properties: { error: { type: 'object', properties: { type: { const: type } } } } }],
});

const document: JsonObject = {
  components: {
    schemas: {
      Error: { type: 'object', properties: { error: { $ref: '#/components/schemas/ErrorObject' } } },
      ErrorObject: { type: 'object', properties: { type: { type: 'string' } } },
      Missing: typed('IncompleteRequestBodyError'),
      Invalid: typed('InvalidRequestBody'),
    },
  },
};

describe('pinnedErrorTypes()', () => {
  it('lists the types the branches of an anyOf pin, in order, and none for the open envelope', () => {
    const shared = { anyOf: [{ $ref: '#/components/schemas/Invalid' }, { $ref: '#/components/schemas/Missing' }, { $ref: '#/components/schemas/Error' }] };
    expect(pinnedErrorTypes(document, shared)).toEqual(['InvalidRequestBody', 'IncompleteRequestBodyError']);
    expect(pinnedErrorTypes(document, { $ref: '#/components/schemas/Missing' })).toEqual(['IncompleteRequestBodyError']);
    expect(pinnedErrorTypes(document, { $ref: '#/components/schemas/Error' })).toEqual([]);
    expect(pinnedErrorTypes(document, undefined)).toEqual([]);
  });
});
