/** Whether an object schema is closed: whether it rejects a property it does not name. */
import { isObject, resolve, type Json, type JsonObject } from '@sps-openapi/mock/openapi';

/** How deep `$ref`s and `allOf`s are followed (a guard against cycles). */
const maxDepth = 32;

/**
 * Whether `schema`, a schema of `document`, rejects an object that has a top-level property none of its
 * parts names. It is closed by `additionalProperties: false`, or by `unevaluatedProperties: false` where no
 * part evaluates every property (`additionalProperties: true` in an `allOf` part would), on the schema
 * itself or on any part it is combined with through `$ref` and `allOf`; a `oneOf` / `anyOf` is closed when
 * every branch is. Nested objects do not count, and `patternProperties` are not looked at.
 */
export function isClosed(document: JsonObject, schema: Json): boolean {
  return closed(document, schema, 0);
}

/**
 * The schemas that apply to the same value beside `node`'s own keywords (which a `$ref` does not replace
 * in JSON Schema 2020-12): its `$ref` target and its `allOf` parts.
 */
function parts(document: JsonObject, node: JsonObject): Json[] {
  const target = typeof node.$ref === 'string' ? [resolve<Json>(document, { $ref: node.$ref })] : [];
  return [...target, ...(Array.isArray(node.allOf) ? node.allOf : [])];
}

function closed(document: JsonObject, node: Json, depth: number): boolean {
  if (!isObject(node) || depth > maxDepth) return false;
  const inPlace = parts(document, node);
  if (node.additionalProperties === false) return true;
  // `additionalProperties` that is not `false` (it was handled above) evaluates every other property.
  const seesUnknown = node.additionalProperties === undefined && !inPlace.some((part) => evaluatesEveryProperty(document, part, depth + 1));
  if (node.unevaluatedProperties === false && seesUnknown) return true;
  if (inPlace.some((part) => closed(document, part, depth + 1))) return true;
  return (['oneOf', 'anyOf'] as const).some((keyword) => {
    const branches = node[keyword];
    return Array.isArray(branches) && branches.length > 0 && branches.every((branch) => closed(document, branch, depth + 1));
  });
}

/** Whether a schema marks every property as evaluated, so that an `unevaluatedProperties` beside it sees none. */
function evaluatesEveryProperty(document: JsonObject, node: Json, depth: number): boolean {
  if (!isObject(node) || depth > maxDepth) return false;
  const evaluatesRest = (keyword: Json | undefined) => keyword !== undefined && keyword !== false;
  if (evaluatesRest(node.additionalProperties) || evaluatesRest(node.unevaluatedProperties)) return true;
  return parts(document, node).some((part) => evaluatesEveryProperty(document, part, depth + 1));
}
