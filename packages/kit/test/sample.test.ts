import { describe, expect, it } from 'vitest';
import { bodies, createValidator, isJsonMediaType, loadBundle, operations, parametersIn, schemaPointer, type JsonObject } from '@sps-openapi/mock/openapi';
import { sample } from '../src/sample.js';

const document: JsonObject = {
  components: {
    schemas: {
      Settings: {
        type: 'object',
        required: ['id', 'password', 'timeout', 'server'],
        properties: {
          id: { type: 'string', readOnly: true },
          password: { type: 'string', format: 'password', writeOnly: true },
          timeout: { type: 'integer', minimum: 5 },
          server: { $ref: '#/components/schemas/Server' },
          banner: { type: 'string' },
        },
      },
      Server: { type: 'string', format: 'ipv4' },
    },
  },
};

describe('sample', () => {
  it('builds the required properties only, following $refs and honouring bounds and formats', () => {
    const value = sample(document, { $ref: '#/components/schemas/Settings' }) as JsonObject;
    expect(Object.keys(value).sort()).toEqual(['password', 'server', 'timeout']);
    expect(value.timeout).toBeGreaterThanOrEqual(5);
    expect(value.server).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('leaves out readOnly properties in a request and writeOnly ones in a response', () => {
    expect(Object.keys(sample(document, { $ref: '#/components/schemas/Settings' }, 'request') as JsonObject)).not.toContain('id');
    const response = Object.keys(sample(document, { $ref: '#/components/schemas/Settings' }, 'response') as JsonObject);
    expect(response).toContain('id');
    expect(response).not.toContain('password');
  });

  it('prefers what the schema says: example, default, const, the first enum value, the first of examples', () => {
    expect(sample(document, { type: 'string', example: 'nic3', default: 'nic2', enum: ['nic1', 'nic2', 'nic3'] })).toBe('nic3');
    expect(sample(document, { type: 'string', default: 'nic2', enum: ['nic1', 'nic2'] })).toBe('nic2');
    expect(sample(document, { type: 'string', const: 'commit' })).toBe('commit');
    expect(sample(document, { type: 'string', enum: ['nic1', 'nic2'], examples: ['nic2'] })).toBe('nic1');
    expect(sample(document, { type: 'string', examples: ['nic2'] })).toBe('nic2');
  });

  it('merges allOf and takes the first of oneOf', () => {
    const merged = { allOf: [{ type: 'object', required: ['a'], properties: { a: { const: 1 } } }, { required: ['b'], properties: { b: { const: 2 } } }] };
    expect(sample(document, merged)).toEqual({ a: 1, b: 2 });
    expect(sample(document, { oneOf: [{ type: 'boolean' }, { type: 'string' }] })).toBe(true);
  });

  it('keeps the properties that a required beside an allOf names (a request form of a response schema)', () => {
    const base = { type: 'object', properties: { enabled: { type: 'boolean' }, note: { type: 'string' } } };
    const composed = { type: 'object', allOf: [base], required: ['enabled'], unevaluatedProperties: false };
    expect(sample(document, composed)).toEqual({ enabled: true });
    const nested = { type: 'object', required: ['settings'], properties: { settings: composed } };
    expect(sample(document, nested)).toEqual({ settings: { enabled: true } });
  });

  it('makes up as many optional properties as minProperties asks for, none that the direction leaves out', () => {
    const properties = { id: { type: 'string', readOnly: true }, plain: { type: 'string', writeOnly: true }, hash: { type: 'string' } };
    const atLeastOne = { type: 'object', minProperties: 1, properties };
    expect(Object.keys(sample(document, atLeastOne, 'request') as JsonObject)).toEqual(['plain']);
    expect(Object.keys(sample(document, atLeastOne, 'response') as JsonObject)).toEqual(['id']);
    expect(Object.keys(sample(document, { ...atLeastOne, minProperties: 2, required: ['hash'] }) as JsonObject)).toEqual(['plain', 'hash']);
  });

  it("prefers a schema's own examples to the first branch of its oneOf", () => {
    const roles = { type: 'array', examples: [['search-local']], oneOf: [{ contains: { const: 'search-master' } }, { contains: { const: 'search-local' } }] };
    expect(sample(document, { type: 'object', required: ['roles'], properties: { roles } })).toEqual({ roles: ['search-local'] });
  });

  it('is the same every time', () => {
    expect(sample(document, { type: 'string', format: 'uuid' })).toBe(sample(document, { type: 'string', format: 'uuid' }));
  });
});

describe('samples of the bundle', () => {
  const bundle = loadBundle();
  const validatorFor = createValidator(bundle);
  // The sampler ignores `pattern`: these schemas need an example (they have one), and callers validate.
  const needExamples = ['POST /api/firmware/fetch', 'slot_id'];

  it('fit every JSON request body schema, except one with a pattern', () => {
    const invalid = operations(bundle).flatMap((entry) =>
      bodies(bundle, entry)
        .filter(({ where }) => where === 'request')
        .flatMap((request) =>
          Object.entries(request.body.content as Record<string, JsonObject>)
            .filter(([mediaType]) => isJsonMediaType(mediaType))
            .filter(([mediaType, content]) => !validatorFor(schemaPointer(request, mediaType))(sample(bundle, content.schema!)))
            .map(() => `${entry.method.toUpperCase()} ${entry.path}`),
        ),
    );
    expect(invalid).toEqual([needExamples[0]]);
  });

  it('fit every path parameter schema, except one with a pattern', () => {
    const invalid = operations(bundle)
      .flatMap((entry) => parametersIn(entry, 'path'))
      .filter(({ parameter, pointer }) => !validatorFor(`${pointer}/schema`)(sample(bundle, parameter.schema!)))
      .map(({ parameter }) => parameter.name);
    expect([...new Set(invalid)]).toEqual([needExamples[1]]);
  });
});
