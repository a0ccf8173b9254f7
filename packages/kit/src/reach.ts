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

/** The local `$ref` targets written in `node` itself, without following them. */
function ownRefs(node: Json | undefined): Set<string> {
  const found = new Set<string>();
  const pending: (Json | undefined)[] = [node];
  while (pending.length) {
    const next = pending.pop();
    if (Array.isArray(next)) pending.push(...next);
    else if (isObject(next)) {
      for (const [key, value] of Object.entries(next)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) found.add(decode(value));
        else pending.push(value);
      }
    }
  }
  return found;
}

/** Every local `$ref` target reachable from `start`, following the targets' own `$ref`s. */
export function reachableRefs(document: JsonObject, start: Json): Set<string> {
  const found = new Set<string>();
  const pending = [...ownRefs(start)];
  while (pending.length) {
    const target = pending.pop()!;
    if (found.has(target)) continue;
    found.add(target);
    pending.push(...ownRefs(valueAt(document, target)));
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
  const refsOf = all.map(({ path, operation }) => {
    const pathItem = valueAt(document, appendPointer('#/paths', path));
    return ownRefs([operation, isObject(pathItem) ? (pathItem.parameters ?? null) : null]);
  });
  const reaching = targetsReaching(document, pointer, refsOf.flatMap((refs) => [...refs]));
  return all.filter(({ path, method }, index) => {
    const item = appendPointer('#/paths', path);
    if (within(item, pointer)) return true; // the path item itself, or a parent of it
    if (within(pointer, item)) {
      const [child = ''] = pointer.slice(item.length + 1).split('/');
      if (child === method || !(httpMethods as readonly string[]).includes(child)) return true;
    }
    return [...refsOf[index]!].some((target) => reaching.has(target));
  });
}

/**
 * Of the `$ref` targets reachable from `starts`, those whose own description, `$ref`s followed, reaches
 * `pointer`: one walk over the targets and one back over their referrers, however many operations ask.
 */
function targetsReaching(document: JsonObject, pointer: string, starts: string[]): Set<string> {
  const referrers = new Map<string, string[]>();
  const visited = new Set<string>();
  const pending = [...starts];
  while (pending.length) {
    const target = pending.pop()!;
    if (visited.has(target)) continue;
    visited.add(target);
    for (const ref of ownRefs(valueAt(document, target))) {
      if (!referrers.has(ref)) referrers.set(ref, []);
      referrers.get(ref)!.push(target);
      pending.push(ref);
    }
  }
  const reaching = new Set([...visited].filter((target) => within(pointer, target) || within(target, pointer)));
  const back = [...reaching];
  while (back.length) {
    for (const referrer of referrers.get(back.pop()!) ?? []) {
      if (!reaching.has(referrer)) {
        reaching.add(referrer);
        back.push(referrer);
      }
    }
  }
  return reaching;
}
