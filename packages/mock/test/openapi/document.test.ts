import { describe, expect, it } from 'vitest';
import { isObject, locate, resolve, type JsonObject } from '../../src/openapi/document.js';

const document: JsonObject = {
  components: {
    schemas: { Alias: { $ref: '#/components/schemas/Target' }, Target: { type: 'string' }, 'a/b': { const: 1 } },
    parameters: { Loop: { $ref: '#/components/parameters/Loop' } },
  },
  paths: { '/x': { parameters: [{ name: 'first' }] } },
};

describe('locate', () => {
  it('follows a chain of $refs and says where it ended', () => {
    expect(locate(document, { $ref: '#/components/schemas/Alias' }, '#/here')).toEqual([{ type: 'string' }, '#/components/schemas/Target']);
  });

  it('returns a value that is no reference with the pointer it was given', () => {
    expect(locate(document, { type: 'integer' }, '#/here')).toEqual([{ type: 'integer' }, '#/here']);
  });

  it('unescapes segments and walks into arrays', () => {
    expect(resolve(document, { $ref: '#/components/schemas/a~1b' })).toEqual({ const: 1 });
    expect(resolve(document, { $ref: '#/paths/~1x/parameters/0' })).toEqual({ name: 'first' });
  });

  it('refuses references that are remote, circular or lead nowhere', () => {
    expect(() => resolve(document, { $ref: 'other.yaml#/x' })).toThrow('Cannot follow the reference other.yaml#/x');
    expect(() => resolve(document, { $ref: '#/components/parameters/Loop' })).toThrow('Cannot follow the reference #/components/parameters/Loop');
    expect(() => resolve(document, { $ref: '#/components/schemas/Missing' })).toThrow('The reference #/components/schemas/Missing points nowhere');
  });
});

describe('isObject', () => {
  it('is true for plain objects only', () => {
    expect([{}, [], null, 'x', 1].map(isObject)).toEqual([true, false, false, false, false]);
  });
});
