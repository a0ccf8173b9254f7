/**
 * The operations of the SPS description as the stateful mock serves them: where each one is, how it
 * authenticates, which statuses it documents, its first named examples, and the Ajv validators of its
 * parameters and bodies. Built once from the bundle; everything the mock answers is looked up here.
 */
import type { ValidateFunction } from 'ajv';
import {
  bodies,
  isJsonMediaType,
  isObject,
  operations,
  pinnedErrorTypes,
  requiresSession,
  resolve,
  responseSchemaPointer,
  schemaPointer,
  type Json,
  type JsonObject,
  type OperationEntry,
} from '../openapi/index.js';
import type { Session } from './sessions.js';

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  /** The JSON types its schema admits, for turning the text of the URL into them. */
  types: string[];
  validate: ValidateFunction;
}

export interface Route {
  entry: OperationEntry;
  operationId: string;
  /** `GET` */
  method: string;
  /** `/api/firmware/slots/{slot_id}` */
  path: string;
  /** Answers 401 without a valid session. */
  requiresSession: boolean;
  parameters: Parameter[];
  /** The request body's media types, each with the validator of its schema (none for raw binary bodies). */
  requestBody?: { required: boolean; mediaTypes: Map<string, ValidateFunction | undefined> };
  /** The documented response keys: `200`, `4XX`, `default`… */
  statuses: string[];
  /** The lowest documented 2XX, else the lowest 3XX (`POST /api/setup` answers only `303`). */
  successStatus: number;
}

/** A request to an operation, its session and parameters checked, as the parts of the mock get it. */
export interface Call {
  route: Route;
  /** The concrete path, e.g. `/api/configuration/ssh/connections/abc`. */
  path: string;
  /** Path and query parameters, in the types of their schemas. */
  params: Record<string, unknown>;
  body: unknown;
  session: Session;
  /**
   * Which of `supported` media types the request's `Accept` header ranks first (RFC 9110 content
   * negotiation: quality, then the most specific range); the first of them when it ranks none.
   */
  preferredType(supported: [string, ...string[]]): string;
}

export interface SpecModel {
  document: JsonObject;
  routes: Route[];
  validatorFor(pointer: string): ValidateFunction;
  /** A documented response (`status`: `200`, `4XX`, `default`), `$ref` followed. */
  response(route: Route, status: string | number): JsonObject | undefined;
  /** The value of the first named JSON example of a response (`status`: `200`, `4XX`, `default`). */
  example(route: Route, status: string | number): Json | undefined;
  /** Every named JSON example of a response. */
  examples(route: Route, status: string | number): Json[];
  /** The `error.type`s the JSON schema of a documented response pins (see `pinnedErrorTypes`). */
  errorTypes(route: Route, status: string | number): string[];
  /** Ajv's verdict on an answer body against the documented response. */
  conforms(route: Route, status: string | number, body: unknown, mediaType?: string): boolean;
  route(operationId: string): Route;
}

export function specModel(document: JsonObject, validatorFor: (pointer: string) => ValidateFunction): SpecModel {
  const routes = operations(document).map((entry) => describeRoute(document, validatorFor, entry));
  const byId = new Map(routes.map((route) => [route.operationId, route]));
  const response = (route: Route, status: string | number): JsonObject | undefined => {
    const declared = ((route.entry.operation.responses ?? {}) as JsonObject)[String(status)];
    return declared === undefined ? undefined : resolve<JsonObject>(document, declared);
  };
  const jsonContent = (route: Route, status: string | number) =>
    Object.entries((response(route, status)?.content ?? {}) as Record<string, JsonObject>).find(([mediaType]) => isJsonMediaType(mediaType))?.[1];
  const examples = (route: Route, status: string | number): Json[] =>
    Object.values((jsonContent(route, status)?.examples ?? {}) as JsonObject).map((example) => structuredClone(resolve(document, example).value as Json));
  return {
    document,
    routes,
    validatorFor,
    response,
    examples,
    errorTypes: (route, status) => pinnedErrorTypes(document, jsonContent(route, status)?.schema),
    example: (route, status) => examples(route, status)[0],
    conforms(route, status, body, mediaType = 'application/json') {
      return validatorFor(responseSchemaPointer(document, route.entry, String(status), mediaType))(body);
    },
    route(operationId) {
      const route = byId.get(operationId);
      if (!route) throw new Error(`the description has no operation ${operationId}`);
      return route;
    },
  };
}

function describeRoute(document: JsonObject, validatorFor: (pointer: string) => ValidateFunction, entry: OperationEntry): Route {
  const statuses = Object.keys((entry.operation.responses ?? {}) as JsonObject);
  const parameters = entry.parameters
    .filter(({ parameter }) => parameter.in === 'path' || parameter.in === 'query')
    .map(({ parameter, pointer }): Parameter => {
      const schema = resolve(document, parameter.schema ?? {});
      return {
        name: String(parameter.name),
        in: parameter.in as 'path' | 'query',
        required: parameter.in === 'path' || parameter.required === true,
        types: schemaTypes(document, schema),
        validate: validatorFor(`${pointer}/schema`),
      };
    });
  const request = bodies(document, entry).find(({ where }) => where === 'request');
  const route: Route = {
    entry,
    operationId: String(entry.operation.operationId),
    method: entry.method.toUpperCase(),
    path: entry.path,
    requiresSession: requiresSession(document, entry.operation),
    parameters,
    statuses,
    successStatus: lowest(statuses, '2') ?? lowest(statuses, '3') ?? noSuccess(entry),
  };
  if (request) {
    const content = (request.body.content ?? {}) as Record<string, JsonObject>;
    route.requestBody = {
      required: request.body.required === true,
      mediaTypes: new Map(
        Object.entries(content).map(([mediaType, media]) => [mediaType, media.schema === undefined ? undefined : validatorFor(schemaPointer(request, mediaType))]),
      ),
    };
  }
  return route;
}

/** The lowest documented status of a class (`2` for 2XX), if any. */
function lowest(statuses: string[], first: string): number | undefined {
  const found = statuses.filter((status) => new RegExp(`^${first}\\d\\d$`).test(status)).map(Number);
  return found.length ? Math.min(...found) : undefined;
}

function noSuccess(entry: OperationEntry): never {
  throw new Error(`${entry.method.toUpperCase()} ${entry.path} documents no 2XX or 3XX answer`);
}

/** The JSON types a (parameter) schema admits: its `type`, or every type of its `oneOf`/`anyOf` branches. */
function schemaTypes(document: JsonObject, schema: JsonObject): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.map(String);
  const branches = [...((schema.oneOf ?? []) as Json[]), ...((schema.anyOf ?? []) as Json[])];
  return branches.flatMap((branch) => (isObject(branch) ? schemaTypes(document, resolve(document, branch)) : []));
}
