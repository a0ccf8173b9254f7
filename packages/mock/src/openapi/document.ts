/** The JSON an OpenAPI document is made of, and how to follow its local `$ref`s. */
import { pointerSegments } from './pointer.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a local JSON pointer (`#/components/schemas/Meta`), `$ref`s on the way not followed. */
export function valueAt(document: JsonObject, pointer: string): Json | undefined {
  return pointerSegments(pointer).reduce<Json | undefined>(
    (node, segment) => (Array.isArray(node) ? node[Number(segment)] : isObject(node) ? node[segment] : undefined),
    document,
  );
}

/**
 * Follows local `$ref`s (`#/components/...`) until it reaches a value that is not a reference; returns
 * that value and its JSON pointer (`pointer`, the place of `value`, when it is no reference at all).
 */
export function locate<T extends Json = JsonObject>(document: JsonObject, value: Json | undefined, pointer = ''): [T, string] {
  let current = value;
  let at = pointer;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#/') || seen.has(ref)) throw new Error(`Cannot follow the reference ${ref}`);
    seen.add(ref);
    at = ref;
    current = valueAt(document, ref);
    if (current === undefined) throw new Error(`The reference ${ref} points nowhere`);
  }
  return [current as T, at];
}

/** Follows local `$ref`s until it reaches a value that is not a reference. */
export function resolve<T extends Json = JsonObject>(document: JsonObject, value: Json | undefined): T {
  return locate<T>(document, value)[0];
}
