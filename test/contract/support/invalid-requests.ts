/**
 * fast-check arbitraries of invalid requests, generated from the schemas of the bundle: each starts from
 * an operation's valid request and breaks one thing. Ajv confirms every generated body or parameter is
 * really invalid, so the mock must reject each one.
 */
import fc from 'fast-check';
import { appendPointer, locate, resolve, type Json, type JsonObject } from '@sps-openapi/kit';
import { bundle, jsonSchemaPointerOfRequest, validatorFor, type ContractCase } from './cases.js';

export const violationKinds = ['wrong type', 'missing required field', 'out of range', 'extra field', 'malformed JSON', 'invalid path parameter'] as const;
export type ViolationKind = (typeof violationKinds)[number];

export interface InvalidRequest {
  c: ContractCase;
  kind: ViolationKind;
  /** JSON pointer in the body, or the path parameter's name. */
  where: string;
  /** The path, parameters filled in. */
  url: string;
  /** The raw JSON body, if any. */
  body?: string;
}

type Path = (string | number)[];

interface Site {
  path: Path;
  schema: JsonObject;
}

/** An invalid request that fast-check prints in one line when it is a counterexample. */
function invalidRequest(request: InvalidRequest): InvalidRequest {
  const line = `${request.kind} at ${request.where || '(root)'}: ${request.c.operation.method.toUpperCase()} ${request.url} ${request.body ?? ''}`;
  return Object.assign(request, { [fc.toStringMethod]: () => line });
}

/** Every invalid-request arbitrary for the operations given, one per (operation, kind of violation). */
export function invalidRequestArbitraries(cases: ContractCase[]): fc.Arbitrary<InvalidRequest>[] {
  return cases.flatMap((c) => [...bodyViolations(c), ...pathParameterViolations(c)]);
}

function bodyViolations(c: ContractCase): fc.Arbitrary<InvalidRequest>[] {
  const pointer = jsonSchemaPointerOfRequest(c.operation);
  const valid = c.bodies.find((body) => body.mediaType === 'application/json')?.value as Json | undefined;
  if (!pointer || valid === undefined) return [];
  const validate = validatorFor(pointer);
  const [schema] = locate(bundle, { $ref: pointer }, pointer);
  const sites = sitesOf(schema, valid, []);
  const invalid = (kind: ViolationKind, body: fc.Arbitrary<{ where: string; value: Json }>) =>
    body
      .filter(({ value }) => !validate(value))
      .map(({ where, value }) => invalidRequest({ c, kind, where, url: c.url, body: JSON.stringify(value) }));

  const placedAt = (site: Site, values: fc.Arbitrary<Json> | undefined) => (values ? [values.map((value) => replaced(valid, site.path, value))] : []);
  const byKind: [ViolationKind, fc.Arbitrary<{ where: string; value: Json }>[]][] = [
    ['wrong type', sites.flatMap((site) => placedAt(site, wrongTypeOf(site.schema)))],
    ['out of range', sites.flatMap((site) => placedAt(site, outOfRangeOf(site.schema)))],
    ['missing required field', sites.flatMap((site) => missingRequired(valid, site))],
    ['extra field', sites.flatMap((site) => extraField(valid, site))],
  ];
  const text = JSON.stringify(valid);
  const malformed = fc
    .integer({ min: 1, max: text.length - 1 })
    .map((cut) => text.slice(0, cut))
    .filter((truncated) => !parses(truncated))
    .map((truncated) => invalidRequest({ c, kind: 'malformed JSON', where: '', url: c.url, body: truncated }));
  return [...byKind.filter(([, arbitraries]) => arbitraries.length).map(([kind, arbitraries]) => invalid(kind, fc.oneof(...arbitraries))), malformed];
}

const pathSegment = fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value !== '.' && value !== '..');

/**
 * The path parameters some non-empty string violates (an enum, format, pattern…). One whose schema accepts
 * any string (an opaque key) cannot be fuzzed: the filter below would never find a value.
 */
export function fuzzablePathParameters(c: ContractCase): string[] {
  const values = fc.sample(pathSegment, { numRuns: 100, seed: 1 });
  return Object.keys(c.pathParams).filter((name) => values.some((value) => !validatorFor(c.pathParamSchemas[name]!)(value)));
}

/** A value for one path parameter that its schema rejects (enum, format, pattern). */
function pathParameterViolations(c: ContractCase): fc.Arbitrary<InvalidRequest>[] {
  const names = fuzzablePathParameters(c);
  if (!names.length) return [];
  return [
    fc
      .record({ name: fc.constantFrom(...names), value: pathSegment })
      .filter(({ name, value }) => !validatorFor(c.pathParamSchemas[name]!)(value))
      .map(({ name, value }): InvalidRequest => {
        const url = c.operation.path.replace(/\{([^}]+)\}/g, (_, param: string) => encodeURIComponent(param === name ? value : c.pathParams[param]!));
        return invalidRequest({ c, kind: 'invalid path parameter', where: name, url });
      }),
  ];
}

/** Every node of a valid value with its schema: the value itself, its properties and items, recursively. */
function sitesOf(schema: JsonObject, value: Json, path: Path): Site[] {
  const node = resolve(bundle, schema);
  const sites: Site[] = [{ path, schema: node }];
  if (value && typeof value === 'object' && !Array.isArray(value) && node.properties) {
    const properties = node.properties as JsonObject;
    for (const [name, child] of Object.entries(value)) {
      if (properties[name]) sites.push(...sitesOf(properties[name] as JsonObject, child, [...path, name]));
    }
  }
  if (Array.isArray(value) && node.items) {
    value.forEach((item, index) => sites.push(...sitesOf(node.items as JsonObject, item, [...path, index])));
  }
  return sites;
}

/** JSON values of every type the schema does not allow. */
function wrongTypeOf(schema: JsonObject): fc.Arbitrary<Json> | undefined {
  if (schema.type === undefined) return undefined;
  const allowed = new Set<string>(Array.isArray(schema.type) ? (schema.type as string[]) : [String(schema.type)]);
  const scalar = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 8 }));
  const byType: [string, fc.Arbitrary<Json>][] = [
    ['null', fc.constant(null)],
    ['boolean', fc.boolean()],
    ['integer', fc.integer()],
    ['number', fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n))],
    ['string', fc.string({ maxLength: 20 })],
    ['array', fc.array(scalar, { maxLength: 3 })],
    ['object', fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 })],
  ];
  const wrong = byType.filter(([type]) => !allowed.has(type) && !(type === 'integer' && allowed.has('number')));
  return wrong.length ? fc.oneof(...wrong.map(([, arbitrary]) => arbitrary)) : undefined;
}

/** Values of the right type that break a bound: minimum, maximum, pattern, enum, const, format. */
function outOfRangeOf(schema: JsonObject): fc.Arbitrary<Json> | undefined {
  const options: fc.Arbitrary<Json>[] = [];
  if (typeof schema.minimum === 'number') options.push(fc.integer({ min: schema.minimum - 1_000_000, max: schema.minimum - 1 }));
  if (typeof schema.maximum === 'number') options.push(fc.integer({ min: schema.maximum + 1, max: schema.maximum + 1_000_000 }));
  const isString = schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'));
  if (isString && (schema.pattern !== undefined || schema.enum !== undefined || schema.const !== undefined || schema.format === 'ipv4' || schema.format === 'uri')) {
    options.push(fc.string({ maxLength: 30 }));
  }
  return options.length ? fc.oneof(...options) : undefined;
}

function missingRequired(valid: Json, { path, schema }: Site): fc.Arbitrary<{ where: string; value: Json }>[] {
  const present = Object.keys(objectAt(valid, path) ?? {});
  const required = ((schema.required ?? []) as string[]).filter((name) => present.includes(name));
  return required.length ? [fc.constantFrom(...required).map((name) => removed(valid, [...path, name]))] : [];
}

function extraField(valid: Json, { path, schema }: Site): fc.Arbitrary<{ where: string; value: Json }>[] {
  if (schema.additionalProperties !== false || !objectAt(valid, path)) return [];
  const known = new Set(Object.keys((schema.properties ?? {}) as JsonObject));
  const name = fc.string({ minLength: 1, maxLength: 12 }).filter((candidate) => !known.has(candidate));
  return [fc.tuple(name, fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>).map(([key, value]) => replaced(valid, [...path, key], value))];
}

function objectAt(value: Json, path: Path): JsonObject | undefined {
  const node = path.reduce<Json | undefined>((current, key) => (current as Record<string | number, Json> | undefined)?.[key], value);
  return node && typeof node === 'object' && !Array.isArray(node) ? node : undefined;
}

const pointerOf = (path: Path) => appendPointer('', ...path);

function replaced(valid: Json, path: Path, value: Json): { where: string; value: Json } {
  if (!path.length) return { where: '', value };
  const copy = structuredClone(valid);
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, copy);
  (parent as Record<string | number, Json>)[path.at(-1)!] = value;
  return { where: pointerOf(path), value: copy };
}

function removed(valid: Json, path: Path): { where: string; value: Json } {
  const copy = structuredClone(valid);
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, copy);
  delete (parent as Record<string | number, Json>)[path.at(-1)!];
  return { where: pointerOf(path), value: copy };
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
