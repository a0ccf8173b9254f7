/** Values made up from a schema, for requests that have no example: one sampler, a kept library. */
import { createRequire } from 'node:module';
import { isObject, resolve, type Json, type JsonObject } from '@sps-openapi/mock/openapi';

const require = createRequire(import.meta.url);
// A UMD (CommonJS) build: loaded with require, typed by the package's declarations.
const sampler = require('@stoplight/json-schema-sampler') as typeof import('@stoplight/json-schema-sampler');

type Direction = 'request' | 'response';

/**
 * A small value that fits `schema`, a schema of `document` (`$ref`s into it are followed): its example,
 * default, `const`, first enum value or first of `examples` where it has one, else built from its type
 * with the required properties only (and as many optional ones as `minProperties` asks for). For a request, `readOnly` properties are left out; for a response,
 * `writeOnly` ones. `pattern` is not honoured: validate the value before relying on it.
 */
export function sample(document: JsonObject, schema: Json, direction: Direction = 'request'): Json {
  return sampler.sample(
    withRequired(document, schema, direction) as Parameters<typeof sampler.sample>[0],
    { skipNonRequired: true, skipReadOnly: direction === 'request', skipWriteOnly: direction === 'response', quiet: true },
    document,
  ) as Json;
}

/**
 * The schema with `required` adjusted to what the sampler needs, wherever it stands in the schema (`$ref`s
 * are inlined on the way, to a bounded depth). The sampler applies `required` only to the properties
 * beside it, so `{allOf: [Base], required: [a]}` (our request form of a response schema) would sample
 * `{}`: such a `required` is copied into each part of the `allOf`. And it ignores `minProperties`, so an
 * object that asks for more properties than it requires gets its first optional ones (that the
 * direction does not skip) required too. A schema's own `examples` win: the sampler reads them only after
 * `oneOf`/`anyOf`, whose first branch may be no value at all (`contains`), so the first becomes `example`.
 */
function withRequired(document: JsonObject, schema: Json, direction: Direction, depth = 0): Json {
  const node = resolve(document, schema);
  if (!isObject(node) || depth > 32) return node;
  const into = (value: Json) => withRequired(document, value, direction, depth + 1);
  const copy: JsonObject = { ...node };
  const said = ['example', 'default', 'const', 'enum'].some((keyword) => node[keyword] !== undefined);
  if (!said && Array.isArray(node.examples) && node.examples.length) copy.example = node.examples[0]!;
  if (isObject(node.properties)) {
    copy.properties = Object.fromEntries(Object.entries(node.properties).map(([name, value]) => [name, into(value)]));
    const required = enoughRequired(copy.properties as JsonObject, (node.required ?? []) as string[], node.minProperties, direction);
    if (required.length) copy.required = required;
  }
  if (node.items !== undefined) copy.items = into(node.items);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(node[keyword])) copy[keyword] = node[keyword].map(into);
  }
  if (Array.isArray(node.allOf)) {
    const required = Array.isArray(node.required) ? (node.required as string[]) : [];
    copy.allOf = node.allOf.map((part) => {
      const resolved = into(part) as JsonObject;
      if (!required.length) return resolved;
      return { ...resolved, required: [...new Set([...((resolved.required ?? []) as string[]), ...required])] };
    });
  }
  return copy;
}

/** `required`, extended by the first optional properties until there are `minProperties` of them. */
function enoughRequired(properties: JsonObject, required: string[], minProperties: Json | undefined, direction: Direction): string[] {
  const skipped = direction === 'request' ? 'readOnly' : 'writeOnly';
  const optional = Object.entries(properties)
    .filter(([name, property]) => !required.includes(name) && !(isObject(property) && property[skipped] === true))
    .map(([name]) => name);
  const missing = typeof minProperties === 'number' ? Math.max(0, minProperties - required.length) : 0;
  return [...required, ...optional.slice(0, missing)];
}
