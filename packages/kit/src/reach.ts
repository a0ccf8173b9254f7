/**
 * Which operations of an OpenAPI document a place in it (a JSON pointer) affects: the operation it is in,
 * or every operation that reaches it through `$ref`s, however indirectly.
 */
import { appendPointer, httpMethods, isObject, operations, valueAt, type Json, type JsonObject, type OperationEntry } from '@sps-openapi/mock/openapi';

/** Whether `pointer` is `target` or lies inside it. */
const within = (pointer: string, target: string) => pointer === target || pointer.startsWith(`${target}/`);

function decode(ref: string): string {
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref;
  }
}

/** Every local `$ref` target reachable from `start`, following the targets' own `$ref`s. */
export function reachableRefs(document: JsonObject, start: Json): Set<string> {
  const found = new Set<string>();
  const pending: (Json | undefined)[] = [start];
  while (pending.length) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) {
          const target = decode(value);
          if (!found.has(target)) {
            found.add(target);
            pending.push(valueAt(document, target));
          }
        } else pending.push(value);
      }
    }
  }
  return found;
}

/**
 * The operations a change at `pointer` affects. Inside a path item: that operation (or all of the path
 * item's, for its shared parts). Anywhere else (components): every operation that reaches it through
 * `$ref`s; outside paths and components (servers, security): every operation.
 */
export function operationsAffectedBy(document: JsonObject, pointer: string): OperationEntry[] {
  const all = operations(document);
  if (!within(pointer, '#/paths') && !within(pointer, '#/components')) return all;
  return all.filter(({ path, method, operation }) => {
    const item = appendPointer('#/paths', path);
    if (within(item, pointer)) return true; // the path item itself, or a parent of it
    if (within(pointer, item)) {
      const [child = ''] = pointer.slice(item.length + 1).split('/');
      if (child === method || !(httpMethods as readonly string[]).includes(child)) return true;
    }
    const pathItem = valueAt(document, item);
    const shared = isObject(pathItem) ? (pathItem.parameters ?? null) : null;
    return [...reachableRefs(document, [operation, shared])].some((target) => within(pointer, target) || within(target, pointer));
  });
}
