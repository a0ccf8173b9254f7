/**
 * Error types come from the spec: each documented `error.type` has a schema that pins it with `const`,
 * the responses that show it reference that schema, and they still accept any other type (the envelope
 * stays open: SPS versions add types).
 */
import { describe, expect, it } from 'vitest';
import { documentedErrorTypes } from '../../scripts/lib/error-types.js';
import { createValidator, loadBundle, mediaTypeExamples, valueAt, type JsonObject } from '@sps-openapi/kit';

const bundle = loadBundle();
const validatorFor = createValidator(bundle);
const typed = new Map(documentedErrorTypes(bundle).map(([schema, type]) => [type, schema]));
const schemaNames = Object.keys((bundle.components as JsonObject).schemas as JsonObject);
const errorExamples = mediaTypeExamples(bundle).flatMap((example) => {
  const type = ((example.value as JsonObject | null)?.error as JsonObject | undefined)?.type;
  return typeof type === 'string' ? [{ ...example, type }] : [];
});

/** The `$ref`s the schema at a pointer offers: its own, or those of its `anyOf` members. */
function alternatives(schemaPointer: string): string[] {
  const schema = valueAt(bundle, schemaPointer) as JsonObject;
  const members = (schema.anyOf as JsonObject[] | undefined) ?? [schema];
  return members.map((member) => String(member.$ref ?? ''));
}

describe('documented error types', () => {
  it('every <Name>Error schema pins its error.type (Error itself stays open)', () => {
    const errorSchemas = schemaNames.filter((name) => /.Error$/.test(name)).sort();
    expect(errorSchemas.length).toBeGreaterThanOrEqual(10);
    expect([...typed.values()].sort()).toEqual(errorSchemas);
    const open = validatorFor('#/components/schemas/Error');
    expect(open({ error: { type: 'SomeFutureError' } })).toBe(true);
  });

  it('error examples exist and every one has a documented type', () => {
    expect(errorExamples.length).toBeGreaterThan(10);
    expect(errorExamples.filter((example) => !typed.has(example.type)).map((example) => example.label)).toEqual([]);
  });

  it.each(errorExamples.map((example) => [example.label, example]))('%s: validates against its typed schema, which the response references', (_, example) => {
    const schema = typed.get(example.type)!;
    const validate = validatorFor(`#/components/schemas/${schema}`);
    expect(validate(example.value), JSON.stringify(validate.errors)).toBe(true);
    expect(alternatives(example.schemaPointer)).toContain(`#/components/schemas/${schema}`);
  });

  it.each([...new Set(errorExamples.map((example) => example.schemaPointer))])('%s still accepts an undocumented type', (pointer) => {
    const validate = validatorFor(pointer);
    expect(validate({ error: { type: 'SomeFutureError', message: 'new in SPS 9' } }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ error: { message: 'no type' } })).toBe(false);
  });
});
