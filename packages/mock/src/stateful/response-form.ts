/**
 * Requests and answers differ where SPS makes them differ: secrets are write-only, answers show what
 * their schema describes, and references are key strings in requests but `{key, meta: {href}}` objects
 * in answers. This turns a request body into the body a later GET answers, generically: write-only values
 * are dropped (found in the request schema), so is what the answer's schema does not describe (found in
 * it), and a key string where the answer's schema wants an object becomes a reference (found by Ajv).
 */
import type { ValidateFunction } from 'ajv';
import { isObject, resolve, type Json, type JsonObject } from '../openapi/index.js';

/** The names of the write-only properties anywhere in a schema, and whether the whole value is write-only. */
export function writeOnlyOf(document: JsonObject, schema: Json): { root: boolean; names: Set<string> } {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (node: Json | undefined): void => {
    const resolved = isObject(node) ? resolve(document, node) : undefined;
    if (!resolved || seen.has(resolved)) return;
    seen.add(resolved);
    for (const [name, property] of Object.entries((resolved.properties ?? {}) as JsonObject)) {
      if (resolve(document, property).writeOnly === true) names.add(name);
      visit(property);
    }
    for (const keyword of ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const) for (const part of (resolved[keyword] ?? []) as Json[]) visit(part);
    for (const keyword of ['items', 'additionalProperties', 'unevaluatedProperties', 'then', 'else'] as const) visit(resolved[keyword]);
  };
  visit(schema);
  return { root: isObject(schema) && resolve(document, schema).writeOnly === true, names };
}

/** `value` without the write-only properties named (at any depth). */
export function withoutWriteOnly(value: Json, names: Set<string>): Json {
  if (!names.size) return value;
  if (Array.isArray(value)) return value.map((item) => withoutWriteOnly(item, names));
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([name]) => !names.has(name)).map(([name, item]) => [name, withoutWriteOnly(item, names)]));
}

/**
 * `value` as an answer of `schema` shows it: an object shows the properties its schema names (unless
 * write-only) and others only where the schema takes them with `additionalProperties` (objects the
 * sources document in part, whose other fields SPS keeps). An object whose schema is merely not closed
 * (open so that fields later SPS versions add pass, or not described at all, as a stored password's
 * body) shows nothing it does not name: an open request body, such as a password's hash under a field
 * name SPS does not document, is not answered back from there.
 */
export function describedPart(document: JsonObject, schema: Json, value: Json): Json {
  return described(document, [schema], value);
}

function described(document: JsonObject, schemas: Json[], value: Json): Json {
  const nodes = flattened(document, schemas);
  if (nodes.includes(true)) return value;
  const objects = nodes.filter(isObject);
  if (Array.isArray(value)) {
    return value.map((item, index) => described(document, objects.flatMap((node) => [node.items, (node.prefixItems as Json[] | undefined)?.[index]].filter((one) => one !== undefined)), item));
  }
  if (!isObject(value)) return value;
  const extra = objects.flatMap((node) => [node.additionalProperties, node.unevaluatedProperties].filter((one) => one !== undefined && one !== false));
  const shown: JsonObject = {};
  for (const [name, item] of Object.entries(value)) {
    const named = objects.flatMap((node) => (isObject(node.properties) && node.properties[name] !== undefined ? [node.properties[name]] : []));
    if (named.some((property) => isObject(property) && resolve(document, property).writeOnly === true)) continue;
    const schemasOfItem = named.length ? named : extra;
    if (schemasOfItem.length) shown[name] = described(document, schemasOfItem, item);
  }
  return shown;
}

/** The schemas that apply to one value: `$ref`s followed, `allOf`, `anyOf` and `oneOf` spread (alternatives taken together). */
function flattened(document: JsonObject, schemas: Json[]): (JsonObject | boolean)[] {
  const found: (JsonObject | boolean)[] = [];
  const visit = (schema: Json): void => {
    if (typeof schema === 'boolean') found.push(schema);
    if (!isObject(schema)) return;
    const node = resolve(document, schema);
    if (found.includes(node)) return;
    found.push(node);
    for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) for (const part of (node[keyword] ?? []) as Json[]) visit(part);
  };
  schemas.forEach(visit);
  return found;
}

/**
 * `answer` made to fit `validate` by turning key strings into references where the schema wants an
 * object (`hrefOf` finds the object a key names); `undefined` when it still does not fit.
 */
export function withReferences(answer: JsonObject, validate: ValidateFunction, hrefOf: (key: string) => string | undefined): JsonObject | undefined {
  let current = answer;
  for (let round = 0; round < 5; round++) {
    if (validate(current)) return current;
    const places = (validate.errors ?? []).filter(({ keyword, params }) => keyword === 'type' && [params.type].flat().includes('object')).map(({ instancePath }) => instancePath);
    const copy = structuredClone(current);
    let changed = false;
    for (const place of new Set(places)) {
      const segments = place.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
      const parent = segments.slice(0, -1).reduce<Json | undefined>((node, segment) => (Array.isArray(node) ? node[Number(segment)] : isObject(node) ? node[segment] : undefined), copy);
      const last = segments.at(-1);
      if (last === undefined || parent === undefined || parent === null || typeof parent !== 'object') continue;
      const key = (parent as Record<string, Json>)[last];
      if (typeof key !== 'string') continue;
      const href = hrefOf(key);
      (parent as Record<string, Json>)[last] = href ? { key, meta: { href } } : { key };
      changed = true;
    }
    if (!changed) return undefined;
    current = copy;
  }
  return validate(current) ? current : undefined;
}
