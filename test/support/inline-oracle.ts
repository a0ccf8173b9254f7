import { isObject, operations, type Json, type JsonObject } from '@sps-openapi/kit';

function inlines(document: JsonObject, node: Json | undefined, target: string, seen: string[]): boolean {
  if (Array.isArray(node)) return node.some((child) => inlines(document, child, target, seen));
  if (!isObject(node)) return false;
  if (typeof node.$ref === 'string') {
    if (node.$ref === target) return true;
    if (seen.includes(node.$ref)) return false;
    const [, section = '', name = ''] = node.$ref.slice(2).split('/'); // #/components/<section>/<name>
    return inlines(document, ((document.components as JsonObject)[section] as JsonObject)[name], target, [...seen, node.$ref]);
  }
  return Object.values(node).some((child) => inlines(document, child, target, seen));
}

/**
 * The operations (`get /api/x`) whose description, every `$ref` inlined, contains the component
 * `target` (`#/components/schemas/Meta`): a slow, independent answer to check the reachability walk.
 */
export function operationsInlining(document: JsonObject, target: string): string[] {
  return operations(document)
    .filter(({ path, operation }) => inlines(document, [operation, ((document.paths as JsonObject)[path] as JsonObject).parameters ?? null], target, []))
    .map(({ method, path }) => `${method} ${path}`);
}
