import { isObject, operations, type Json, type JsonObject } from '@sps-openapi/kit';

/**
 * Inlines the `$ref`s of `node`, each cut where it would repeat itself on the way down, and shows `meet`
 * every `$ref` it comes across until `meet` says to stop; returns whether it stopped.
 */
function walkInlined(document: JsonObject, node: Json | undefined, meet: (ref: string) => boolean, seen: string[] = []): boolean {
  if (Array.isArray(node)) return node.some((child) => walkInlined(document, child, meet, seen));
  if (!isObject(node)) return false;
  if (typeof node.$ref === 'string') {
    if (meet(node.$ref)) return true;
    if (seen.includes(node.$ref)) return false;
    const [, section = '', name = ''] = node.$ref.slice(2).split('/'); // #/components/<section>/<name>
    return walkInlined(document, ((document.components as JsonObject)[section] as JsonObject)[name], meet, [...seen, node.$ref]);
  }
  return Object.values(node).some((child) => walkInlined(document, child, meet, seen));
}

/** What an operation's description consists of: the operation and its path item's shared parameters. */
const described = (document: JsonObject, path: string, operation: JsonObject): Json => [
  operation,
  ((document.paths as JsonObject)[path] as JsonObject).parameters ?? null,
];

/**
 * The operations (`get /api/x`) whose description, every `$ref` inlined, contains the component
 * `target` (`#/components/schemas/Meta`): a slow, independent answer to check the reachability walk.
 */
export function operationsInlining(document: JsonObject, target: string): string[] {
  return operations(document)
    .filter(({ path, operation }) => walkInlined(document, described(document, path, operation), (ref) => ref === target))
    .map(({ method, path }) => `${method} ${path}`);
}

/**
 * The same answer for every component at once: per operation (`get /api/x`), the components its inlined
 * description contains. One full walk, for a test that asks about many components.
 */
export function inlinedComponents(document: JsonObject): Map<string, Set<string>> {
  return new Map(
    operations(document).map(({ method, path, operation }) => {
      const found = new Set<string>();
      walkInlined(document, described(document, path, operation), (ref) => {
        found.add(ref);
        return false;
      });
      return [`${method} ${path}`, found] as const;
    }),
  );
}
