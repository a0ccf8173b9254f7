/**
 * SPS renders an optional value that is not set as JSON `null`. For the tests that check the spec lets
 * those nulls through: which response fields admit `null`, and for each one a named response example
 * with that field set to `null` (the first example whose value has the field).
 */
import { readFileSync } from 'node:fs';
import { appendPointer, bodies, createValidator, isObject, operations, resolve, valueAt, type Json, type JsonObject, type OperationEntry } from '@sps-openapi/kit';
import { parse } from 'yaml';

/**
 * The response fields decided to admit `null`, by decision class (spec/ERRATA.md): test/fixtures/nulls.yaml,
 * with the fields as pointers (`#/components/schemas/DnsSettings/properties/secondary`).
 */
export function decidedNullableFields(): Record<string, string[]> {
  const classes = parse(readFileSync(new URL('../fixtures/nulls.yaml', import.meta.url), 'utf8')) as Record<string, string[]>;
  return Object.fromEntries(Object.entries(classes).map(([name, fields]) => [name, fields.map((field) => `#/components/schemas/${field}`)]));
}

/** Whether a schema admits `null` explicitly: a `null` type, `const` or `enum` value, or a `oneOf`/`anyOf` branch that does. */
export function admitsNull(document: JsonObject, schema: Json | undefined, seen = new Set<Json>()): boolean {
  if (!isObject(schema) || seen.has(schema)) return false;
  seen.add(schema);
  if (typeof schema.$ref === 'string' && admitsNull(document, resolve(document, schema), seen)) return true;
  if (schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'))) return true;
  if (schema.const === null || (Array.isArray(schema.enum) && schema.enum.includes(null))) return true;
  return (['oneOf', 'anyOf'] as const).some((key) => Array.isArray(schema[key]) && schema[key].some((branch) => admitsNull(document, branch, seen)));
}

/** A response example as documented: the operation, the status it answers and the schema it must satisfy. */
export interface ResponseExample {
  operation: OperationEntry;
  status: string;
  name: string;
  value: Json;
  schemaPointer: string;
}

/** Every named JSON example of every documented response, in document order. */
export function responseExamples(document: JsonObject): ResponseExample[] {
  return operations(document).flatMap((operation) =>
    bodies(document, operation)
      .filter(({ where }) => where !== 'request')
      .flatMap(({ where, body, pointer }) => {
        const content = ((body.content ?? {}) as JsonObject)['application/json'];
        if (!isObject(content)) return [];
        return Object.entries((content.examples ?? {}) as JsonObject).map(([name, example]) => ({
          operation,
          status: where,
          name,
          value: resolve(document, example).value as Json,
          schemaPointer: appendPointer(pointer, 'content', 'application/json', 'schema'),
        }));
      }),
  );
}

/** A property of a schema that some value has: the pointer of the property's schema and where the value has it. */
export interface ReachedProperty {
  pointer: string;
  path: (string | number)[];
}

/**
 * The schema properties `value` has, walking it alongside the schema at `schemaPointer`: through
 * `$ref`, `allOf`, the `oneOf`/`anyOf` branches the value satisfies, `properties`,
 * `additionalProperties` and `items`.
 */
export function reachedProperties(
  document: JsonObject,
  validatorFor: ReturnType<typeof createValidator>,
  schemaPointer: string,
  value: Json,
): ReachedProperty[] {
  const reached: ReachedProperty[] = [];
  const walk = (pointer: string, instance: Json, path: (string | number)[]) => {
    const schema = valueAt(document, pointer);
    if (!isObject(schema)) return;
    if (typeof schema.$ref === 'string') walk(schema.$ref, instance, path);
    ((schema.allOf ?? []) as Json[]).forEach((_, index) => walk(appendPointer(pointer, 'allOf', index), instance, path));
    for (const key of ['oneOf', 'anyOf'] as const) {
      ((schema[key] ?? []) as Json[]).forEach((_, index) => {
        const branch = appendPointer(pointer, key, index);
        if (validatorFor(branch)(instance)) walk(branch, instance, path);
      });
    }
    if (isObject(instance)) {
      const properties = isObject(schema.properties) ? schema.properties : {};
      for (const [name, child] of Object.entries(instance)) {
        if (name in properties) {
          const property = appendPointer(pointer, 'properties', name);
          reached.push({ pointer: property, path: [...path, name] });
          walk(property, child, [...path, name]);
        } else if (isObject(schema.additionalProperties)) {
          walk(appendPointer(pointer, 'additionalProperties'), child, [...path, name]);
        }
      }
    }
    if (Array.isArray(instance) && isObject(schema.items)) {
      instance.forEach((item, index) => walk(appendPointer(pointer, 'items'), item, [...path, index]));
    }
  };
  walk(schemaPointer, value, []);
  return reached;
}

/**
 * Every property schema reachable from the response schemas of `document` that admits `null`, found by
 * walking the schemas themselves (not the examples), in document order.
 */
export function nullableResponseFields(document: JsonObject): string[] {
  const found = new Set<string>();
  const visited = new Set<string>();
  const walk = (pointer: string) => {
    if (visited.has(pointer)) return;
    visited.add(pointer);
    const schema = valueAt(document, pointer);
    if (!isObject(schema)) return;
    if (typeof schema.$ref === 'string') walk(schema.$ref);
    for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
      ((schema[key] ?? []) as Json[]).forEach((_, index) => walk(appendPointer(pointer, key, index)));
    }
    for (const name of Object.keys(isObject(schema.properties) ? schema.properties : {})) {
      const property = appendPointer(pointer, 'properties', name);
      if (admitsNull(document, valueAt(document, property))) found.add(property);
      walk(property);
    }
    for (const key of ['additionalProperties', 'items'] as const) if (isObject(schema[key])) walk(appendPointer(pointer, key));
  };
  for (const pointer of responseSchemaPointers(document)) walk(pointer);
  return [...found];
}

/** The JSON schema of every documented response, whether or not it has examples. */
function responseSchemaPointers(document: JsonObject): string[] {
  return operations(document).flatMap((operation) =>
    bodies(document, operation)
      .filter(({ where, body }) => where !== 'request' && isObject(((body.content ?? {}) as JsonObject)['application/json']))
      .map(({ pointer }) => appendPointer(pointer, 'content', 'application/json', 'schema')),
  );
}

/** A response example with one field set to `null`. */
export interface NullVariant {
  /** JSON pointer of the property's schema. */
  field: string;
  example: ResponseExample;
  path: (string | number)[];
  /** The example's value with `null` at `path`. */
  value: Json;
}

/**
 * For each of `fields` (property schema pointers), the first response example that has the property,
 * with the property set to `null`. By default only a place where `null` is meant to pass counts: every
 * property schema that applies there admits it on its own (a composed schema may narrow a shared
 * nullable field on purpose, like the page links of a basic search); `anywhere` takes the first place
 * whatever applies there. Fields no example has are left out; compare with `fields` to find them.
 */
export function nullVariants(document: JsonObject, fields: string[], { anywhere = false } = {}): NullVariant[] {
  const validatorFor = createValidator(document);
  const wanted = new Set(fields);
  const variants = new Map<string, NullVariant>();
  for (const example of responseExamples(document)) {
    const reached = reachedProperties(document, validatorFor, example.schemaPointer, example.value);
    const admittedAt = (path: (string | number)[]) =>
      reached.filter((other) => JSON.stringify(other.path) === JSON.stringify(path)).every((other) => validatorFor(other.pointer)(null));
    for (const { pointer, path } of reached) {
      if (!wanted.has(pointer) || variants.has(pointer) || !(anywhere || admittedAt(path))) continue;
      variants.set(pointer, { field: pointer, example, path, value: withNullAt(example.value, path) });
    }
  }
  return fields.flatMap((field) => variants.get(field) ?? []);
}

function withNullAt(value: Json, path: (string | number)[]): Json {
  const copy = structuredClone(value);
  const parent = path.slice(0, -1).reduce<Json>((node, segment) => (node as Record<string | number, Json>)[segment]!, copy);
  (parent as Record<string | number, Json>)[path.at(-1)!] = null;
  return copy;
}
