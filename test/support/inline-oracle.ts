import { isObject, operations, type Json, type JsonObject } from '@sps-openapi/kit';

/** Adds to `found` every `$ref` met while inlining the `$ref`s of `node`, each cut where it would repeat itself on the way down. */
function collectInlined(document: JsonObject, node: Json | undefined, seen: string[], found: Set<string>): void {
  if (Array.isArray(node)) {
    for (const child of node) collectInlined(document, child, seen, found);
  } else if (isObject(node)) {
    if (typeof node.$ref === 'string') {
      found.add(node.$ref);
      if (seen.includes(node.$ref)) return;
      const [, section = '', name = ''] = node.$ref.slice(2).split('/'); // #/components/<section>/<name>
      collectInlined(document, ((document.components as JsonObject)[section] as JsonObject)[name], [...seen, node.$ref], found);
    } else {
      for (const child of Object.values(node)) collectInlined(document, child, seen, found);
    }
  }
}

/**
 * For every operation (`get /api/x`), the components (`#/components/schemas/Meta`) its description contains
 * once every `$ref` is inlined: a slow, independent answer to check the reachability walk. Computed once,
 * it answers for any number of components.
 */
export function inlinedComponents(document: JsonObject): Map<string, Set<string>> {
  return new Map(
    operations(document).map(({ method, path, operation }) => {
      const found = new Set<string>();
      collectInlined(document, [operation, ((document.paths as JsonObject)[path] as JsonObject).parameters ?? null], [], found);
      return [`${method} ${path}`, found] as const;
    }),
  );
}

/** The operations (`get /api/x`) whose description, every `$ref` inlined, contains the component `target`. */
export function operationsInlining(document: JsonObject, target: string, inlined = inlinedComponents(document)): string[] {
  return [...inlined].filter(([, components]) => components.has(target)).map(([operation]) => operation);
}
