import { describe, expect, it } from 'vitest';
import { createValidator, responseSchemaPointer, valueAt, type JsonObject } from '../../src/openapi/index.js';
import { Configuration } from '../../src/stateful/configuration.js';
import { describedPart, withoutWriteOnly, withReferences, writeOnlyOf } from '../../src/stateful/response-form.js';
import { bundle, model } from './support.js';

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

describe('describedPart()', () => {
  const schemas: JsonObject = {
    components: {
      schemas: {
        Envelope: { type: 'object', properties: { key: { type: 'string' }, body: { description: 'not described' } } },
        Stored: { allOf: [{ $ref: '#/components/schemas/Envelope' }, { required: ['key'] }] },
        Partial: { type: 'object', properties: { name: { type: 'string' }, secret: { writeOnly: true } }, additionalProperties: true },
        Complete: { type: 'object', properties: { name: { type: 'string' }, rules: { type: 'array', items: { oneOf: [{ type: 'null' }, { properties: { allow: { type: 'boolean' } } }] } } } },
      },
    },
  };
  const shown = (schema: string, value: JsonObject) => describedPart(schemas, { $ref: `#/components/schemas/${schema}` }, value);

  it('shows nothing of an object whose schema does not describe it', () => {
    expect(shown('Stored', { key: 'k', body: { sha256: 'deadbeef', password: 'hunter2' } })).toEqual({ key: 'k', body: {} });
  });

  it('shows what the schema names, at any depth, and what it takes with additionalProperties', () => {
    expect(shown('Partial', { name: 'n', shell: '/bin/sh', options: { deep: [1] }, secret: 's' })).toEqual({ name: 'n', shell: '/bin/sh', options: { deep: [1] } });
    expect(shown('Complete', { name: 'n', typo: 1, rules: [null, { allow: true, typo: 2 }] })).toEqual({ name: 'n', rules: [null, { allow: true }] });
  });

  it('shows every answer example of a writable configuration object as it is (read-modify-write)', () => {
    const writable = new Set(model.routes.filter((route) => route.method !== 'GET' && Configuration.inTree(route.path)).map(({ path }) => path));
    const reads = model.routes.filter((route) => route.method === 'GET' && (writable.has(route.path) || writable.has(route.path.replace(/\/\{[^}]+\}$/, ''))));
    expect(reads.map(({ path }) => path)).toContain('/api/configuration/passwords/{key}');
    for (const read of reads) {
      const schema = valueAt(bundle, responseSchemaPointer(bundle, read.entry, 200))!;
      for (const example of model.examples(read, 200)) expect(describedPart(bundle, schema, example), read.path).toEqual(example);
    }
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
