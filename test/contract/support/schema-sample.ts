import { bundle, locate, type Json, type JsonObject } from '../../support/openapi.js';

/** Values for string formats that have no example in the spec. */
const formatSamples: Record<string, string> = {
  uuid: '3f2a9c0e-5b7d-41e8-a6c2-f0d9b1e4a7c5',
  uri: 'https://example.com/',
  ipv4: '192.0.2.10',
  date: '2024-01-31',
  'date-time': '2024-01-31T12:00:00Z',
  password: 'not-a-real-secret',
};

/**
 * A small instance of a schema of the bundle: its `const`, first example, default or first enum value,
 * else built from its type with the required properties only. Throws when it cannot build one (for
 * example a `pattern` without an example); callers still validate the result with Ajv.
 */
export function sampleOf(schema: Json, document: JsonObject = bundle): Json {
  const own = schema as JsonObject;
  if ('const' in own) return own.const!;
  if (Array.isArray(own.examples) && own.examples.length) return own.examples[0]!;
  if ('default' in own) return own.default!;
  const [node] = locate<JsonObject>(schema, '', document);
  if (node !== own) return sampleOf(node as Json, document);
  if (Array.isArray(node.enum)) return node.enum[0]!;
  if (Array.isArray(node.allOf)) {
    return Object.assign({}, ...node.allOf.map((part) => sampleOf(part, document) as JsonObject)) as JsonObject;
  }
  const alternatives = (node.oneOf ?? node.anyOf) as Json[] | undefined;
  if (alternatives?.length) return sampleOf(alternatives[0]!, document);

  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  switch (type) {
    case 'object': {
      const properties = (node.properties ?? {}) as JsonObject;
      const required = (node.required ?? []) as string[];
      return Object.fromEntries(required.map((name) => [name, sampleOf(properties[name] ?? {}, document)]));
    }
    case 'array':
      return Array.from({ length: Number(node.minItems ?? 0) }, () => sampleOf((node.items ?? {}) as Json, document));
    case 'string': {
      if (typeof node.format === 'string' && formatSamples[node.format]) return formatSamples[node.format]!;
      if (node.pattern !== undefined) throw new Error(`cannot sample a string with pattern ${String(node.pattern)}: add an example`);
      return 'x'.repeat(Math.max(1, Number(node.minLength ?? 1)));
    }
    case 'integer':
    case 'number':
      return typeof node.minimum === 'number' ? node.minimum : typeof node.exclusiveMinimum === 'number' ? node.exclusiveMinimum + 1 : 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      throw new Error(`cannot sample a schema without a type: ${JSON.stringify(node).slice(0, 200)}`);
  }
}
