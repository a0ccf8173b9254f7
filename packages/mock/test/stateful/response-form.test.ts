import { describe, expect, it } from 'vitest';
import { createValidator, type JsonObject } from '../../src/openapi/index.js';
import { withoutWriteOnly, withReferences, writeOnlyOf } from '../../src/stateful/response-form.js';

const document: JsonObject = {
  components: {
    schemas: {
      Secret: { type: 'string', writeOnly: true },
      Create: { type: 'object', properties: { name: { type: 'string' }, password: { $ref: '#/components/schemas/Secret' }, nested: { allOf: [{ properties: { token: { writeOnly: true } } }] } } },
      Reference: { type: 'object', required: ['key'], properties: { key: { type: 'string' } } },
      Answer: { type: 'object', properties: { body: { type: 'object', properties: { policy: { $ref: '#/components/schemas/Reference' }, name: { type: 'string' } } } } },
    },
  },
};

describe('writeOnlyOf() and withoutWriteOnly()', () => {
  it('finds write-only properties through $refs and compositions, and drops them at any depth', () => {
    const found = writeOnlyOf(document, { $ref: '#/components/schemas/Create' });
    expect(found).toEqual({ root: false, names: new Set(['password', 'token']) });
    expect(withoutWriteOnly({ name: 'n', password: 'p', nested: { token: 't', kept: 1 } }, found.names)).toEqual({ name: 'n', nested: { kept: 1 } });
    expect(writeOnlyOf(document, { $ref: '#/components/schemas/Secret' }).root).toBe(true);
  });
});

describe('withReferences()', () => {
  const validate = createValidator(document)('#/components/schemas/Answer');

  it('turns a key string into a reference where the schema wants an object', () => {
    expect(withReferences({ body: { policy: 'abc', name: 'n' } }, validate, (key) => `/api/policies/${key}`)).toEqual({ body: { policy: { key: 'abc', meta: { href: '/api/policies/abc' } }, name: 'n' } });
    expect(withReferences({ body: { policy: 'abc' } }, validate, () => undefined)).toEqual({ body: { policy: { key: 'abc' } } });
  });

  it('gives up on what no reference can fix', () => {
    expect(withReferences({ body: { name: 42 } }, validate, () => undefined)).toBeUndefined();
  });
});
