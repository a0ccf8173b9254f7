import type { JsonObject } from '@sps-openapi/kit';
import { describe, expect, it } from 'vitest';
import { admitsNull, decidedNullableFields, nullableResponseFields, nullVariants } from './null-variants.js';

/** One operation whose answer has a nullable link shared with a basic page that narrows it to a string. */
const document: JsonObject = {
  openapi: '3.1.0',
  paths: {
    '/api/pages': {
      get: {
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    basic: { allOf: [{ $ref: '#/components/schemas/Links' }, { properties: { next: { type: 'string' } } }] },
                    snapshot: { $ref: '#/components/schemas/Links' },
                    owner: { oneOf: [{ $ref: '#/components/schemas/Person' }, { type: 'null' }] },
                  },
                },
                examples: {
                  first: { value: { basic: { next: '/api/pages?offset=500' }, snapshot: { next: '/api/pages?after=1' }, owner: { name: 'admin' } } },
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Links: { type: 'object', properties: { next: { type: ['string', 'null'] }, href: { type: 'string' } } },
      Person: { type: 'object', properties: { name: { type: 'string' }, nickname: { anyOf: [{ type: 'string' }, { const: null }] } } },
    },
  },
};

describe('admitsNull', () => {
  it('sees null in a type list, a null type, a const, an enum and a oneOf/anyOf branch, through $ref', () => {
    for (const schema of [{ type: ['string', 'null'] }, { type: 'null' }, { const: null }, { enum: ['a', null] }, { oneOf: [{ type: 'string' }, { type: 'null' }] }]) {
      expect(admitsNull(document, schema), JSON.stringify(schema)).toBe(true);
    }
    expect(admitsNull(document, { $ref: '#/components/schemas/Links/properties/next' })).toBe(true);
  });

  it('does not count a schema that merely leaves the type open, nor a plain type', () => {
    expect(admitsNull(document, {})).toBe(false);
    expect(admitsNull(document, { type: 'string' })).toBe(false);
    expect(admitsNull(document, { enum: ['a'] })).toBe(false);
  });
});

describe('nullableResponseFields', () => {
  it('lists the nullable properties reachable from the responses, through $ref, allOf and oneOf', () => {
    expect(nullableResponseFields(document)).toEqual([
      '#/components/schemas/Links/properties/next',
      '#/paths/~1api~1pages/get/responses/200/content/application~1json/schema/properties/owner',
      '#/components/schemas/Person/properties/nickname',
    ]);
  });
});

describe('nullVariants', () => {
  it('sets the field to null in the first example place where every schema that applies admits null', () => {
    const [variant] = nullVariants(document, ['#/components/schemas/Links/properties/next']);
    expect(variant?.path).toEqual(['snapshot', 'next']);
    expect(variant?.value).toEqual({ basic: { next: '/api/pages?offset=500' }, snapshot: { next: null }, owner: { name: 'admin' } });
  });

  it('takes the first place whatever applies there when asked to (to show a field that must not be null)', () => {
    const [variant] = nullVariants(document, ['#/components/schemas/Links/properties/next'], { anywhere: true });
    expect(variant?.path).toEqual(['basic', 'next']);
  });

  it('follows the oneOf branch the example satisfies, and leaves out fields no example has', () => {
    const fields = ['#/components/schemas/Person/properties/name', '#/components/schemas/Person/properties/nickname'];
    expect(nullVariants(document, fields, { anywhere: true }).map(({ path }) => path)).toEqual([['owner', 'name']]);
  });
});

describe('decidedNullableFields', () => {
  it('reads the decision classes of test/fixtures/nulls.yaml as schema pointers', () => {
    const decided = decidedNullableFields();
    expect(decided['shown']).toContain('#/components/schemas/DnsSettings/properties/secondary');
    for (const field of Object.values(decided).flat()) expect(field).toMatch(/^#\/components\/schemas\/\w+\//);
  });
});
