/** The little of an OpenAPI 3.1 document the docs build reads, and how to walk it. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

export interface OperationEntry {
  path: string;
  method: HttpMethod;
  operation: JsonObject;
  /** Parameters of the path item and of the operation, `$ref`s followed. */
  parameters: JsonObject[];
}

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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
    current = ref
      .slice(2)
      .split('/')
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<Json | undefined>((node, segment) => (isObject(node) ? node[segment] : undefined), document);
    if (current === undefined) throw new Error(`The reference ${ref} points nowhere`);
  }
  return [current as T, at];
}

/** Follows local `$ref`s until it reaches a value that is not a reference. */
export function resolve<T extends Json = JsonObject>(document: JsonObject, value: Json | undefined): T {
  return locate<T>(document, value)[0];
}

/** Every operation of the document, in document order. */
export function operations(document: JsonObject): OperationEntry[] {
  const paths = (document.paths ?? {}) as Record<string, JsonObject>;
  return Object.entries(paths).flatMap(([path, item]) =>
    httpMethods
      .filter((method) => isObject(item[method]))
      .map((method) => {
        const operation = item[method] as JsonObject;
        const parameters = [...((item.parameters ?? []) as Json[]), ...((operation.parameters ?? []) as Json[])].map((parameter) =>
          resolve(document, parameter),
        );
        return { path, method, operation, parameters };
      }),
  );
}

/** Redoc's slug for a tag name: `Keys and certificates` → `keys-and-certificates`. */
export const tagSlug = (tag: string) =>
  tag
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The hash Redoc gives an operation: `#/transactions/committransaction`. */
export function referenceHash(operation: JsonObject): string {
  const [tag] = (operation.tags ?? []) as string[];
  if (!tag || typeof operation.operationId !== 'string') {
    throw new Error('An operation needs a tag and an operationId to be linked from the guides');
  }
  return `#/${tagSlug(tag)}/${operation.operationId.toLowerCase()}`;
}
