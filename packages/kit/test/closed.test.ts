import { describe, expect, it } from 'vitest';
import { createValidator, isObject, loadBundle, valueAt, type JsonObject } from '@sps-openapi/mock/openapi';
import { isClosed } from '../src/closed.js';
import { mediaTypeExamples } from '../src/examples.js';

const name = { type: 'string' };
const document: JsonObject = {
  components: {
    schemas: {
      Open: { type: 'object', properties: { name } },
      OpenOnPurpose: { type: 'object', properties: { name }, additionalProperties: true },
      Closed: { type: 'object', properties: { name }, additionalProperties: false },
      AliasOfClosed: { $ref: '#/components/schemas/Closed' },
    },
  },
};
const ref = (schema: string) => ({ $ref: `#/components/schemas/${schema}` });

describe('isClosed', () => {
  it('is true for additionalProperties: false, false when it is absent or true', () => {
    expect(isClosed(document, ref('Closed'))).toBe(true);
    expect(isClosed(document, ref('Open'))).toBe(false);
    expect(isClosed(document, ref('OpenOnPurpose'))).toBe(false);
    expect(isClosed(document, { type: 'string' })).toBe(false);
    expect(isClosed(document, true)).toBe(false);
  });

  it('follows $ref chains, and keeps the keywords beside a $ref', () => {
    expect(isClosed(document, ref('AliasOfClosed'))).toBe(true);
    expect(isClosed(document, { ...ref('Open'), additionalProperties: false })).toBe(true);
  });

  it('takes an allOf as closed when any part is closed', () => {
    expect(isClosed(document, { allOf: [ref('Open'), ref('AliasOfClosed')] })).toBe(true);
    expect(isClosed(document, { allOf: [ref('Open'), { required: ['name'] }] })).toBe(false);
  });

  it('takes unevaluatedProperties: false as closing, unless a part evaluates every property', () => {
    expect(isClosed(document, { allOf: [ref('Open')], required: ['name'], unevaluatedProperties: false })).toBe(true);
    expect(isClosed(document, { allOf: [{ allOf: [ref('Open')], unevaluatedProperties: false }] })).toBe(true);
    expect(isClosed(document, { allOf: [ref('OpenOnPurpose')], unevaluatedProperties: false })).toBe(false);
    expect(isClosed(document, { allOf: [{ allOf: [ref('OpenOnPurpose')] }], unevaluatedProperties: false })).toBe(false);
    expect(isClosed(document, { properties: { name }, additionalProperties: { type: 'string' }, unevaluatedProperties: false })).toBe(false);
  });

  it('takes a oneOf or anyOf as closed when every branch is', () => {
    expect(isClosed(document, { oneOf: [ref('Closed'), ref('AliasOfClosed')] })).toBe(true);
    expect(isClosed(document, { anyOf: [ref('Closed'), ref('Open')] })).toBe(false);
    expect(isClosed(document, { oneOf: [] })).toBe(false);
  });

  it('looks at the top level only', () => {
    expect(isClosed(document, { type: 'object', properties: { settings: ref('Closed') } })).toBe(false);
  });

  it('stops on a cycle', () => {
    const cyclic: JsonObject = { components: { schemas: { Loop: { allOf: [{ $ref: '#/components/schemas/Loop' }] } } } };
    expect(isClosed(cyclic, { $ref: '#/components/schemas/Loop' })).toBe(false);
  });

  it('agrees with Ajv on every object request example of the bundle with an unknown field added', () => {
    const bundle = loadBundle();
    const validatorFor = createValidator(bundle);
    const requests = mediaTypeExamples(bundle).filter(({ label, value }) => label.includes('→ request') && isObject(value));
    expect(requests.length).toBeGreaterThan(10);
    const verdicts = requests.map(({ label, value, schemaPointer }) => {
      const closed = isClosed(bundle, valueAt(bundle, schemaPointer)!);
      const rejected = !validatorFor(schemaPointer)({ ...(value as JsonObject), unknown_field_of_this_test: true });
      expect(rejected, label).toBe(closed);
      return closed;
    });
    // both answers occur, so the agreement means something
    expect(new Set(verdicts)).toEqual(new Set([true, false]));
  });
});
