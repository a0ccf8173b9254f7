/** The SPS error types a schema names: each documented type is a schema that pins `error.type` with `const`. */
import { isObject, resolve, type Json, type JsonObject } from './document.js';

/**
 * The `error.type`s a schema pins with `const`, in order: its own, or those of its `anyOf`/`oneOf`
 * branches and `allOf` parts (a shared response lists `anyOf: [<typed error>…, Error]`). The open `Error`
 * envelope pins none.
 */
export function pinnedErrorTypes(document: JsonObject, schema: Json | undefined): string[] {
  const found: string[] = [];
  const seen = new Set<JsonObject>();
  const visit = (node: Json | undefined): void => {
    if (!isObject(node)) return;
    const resolved = resolve(document, node);
    if (seen.has(resolved)) return;
    seen.add(resolved);
    const error = isObject(resolved.properties) ? resolved.properties.error : undefined;
    const type = isObject(error) ? resolve(document, error).properties : undefined;
    const pinned = isObject(type) && isObject(type.type) ? type.type.const : undefined;
    if (typeof pinned === 'string' && !found.includes(pinned)) found.push(pinned);
    for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) for (const part of (resolved[keyword] ?? []) as Json[]) visit(part);
  };
  visit(schema);
  return found;
}
