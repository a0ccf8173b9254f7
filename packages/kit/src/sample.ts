/** Values made up from a schema, for requests that have no example: one sampler, a kept library. */
import { createRequire } from 'node:module';
import { isObject, resolve, type Json, type JsonObject } from '@sps-openapi/mock/openapi';

const require = createRequire(import.meta.url);
// A UMD (CommonJS) build: loaded with require, typed by the package's declarations.
const sampler = require('@stoplight/json-schema-sampler') as typeof import('@stoplight/json-schema-sampler');

/**
 * A small value that fits `schema`, a schema of `document` (`$ref`s into it are followed): its example,
 * default, `const`, first enum value or first of `examples` where it has one, else built from its type
 * with the required properties only. For a request, `readOnly` properties are left out; for a response,
 * `writeOnly` ones. `pattern` is not honoured: validate the value before relying on it.
 */
export function sample(document: JsonObject, schema: Json, direction: 'request' | 'response' = 'request'): Json {
  return sampler.sample(
    requiredIntoAllOf(document, schema) as Parameters<typeof sampler.sample>[0],
    { skipNonRequired: true, skipReadOnly: direction === 'request', skipWriteOnly: direction === 'response', quiet: true },
    document,
  ) as Json;
}

/**
 * The sampler applies `required` only to the properties beside it, so `{allOf: [Base], required: [a]}`
 * (our request form of a response schema) would sample `{}`. This copies such a `required` into each
 * part of the `allOf`, wherever it stands in the schema (`$ref`s are inlined on the way, to a bounded depth).
 */
function requiredIntoAllOf(document: JsonObject, schema: Json, depth = 0): Json {
  const node = resolve(document, schema);
  if (!isObject(node) || depth > 32) return node;
  const into = (value: Json) => requiredIntoAllOf(document, value, depth + 1);
  const copy: JsonObject = { ...node };
  if (isObject(node.properties)) {
    copy.properties = Object.fromEntries(Object.entries(node.properties).map(([name, value]) => [name, into(value)]));
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
