/**
 * What the contract tests need to know about each operation of the bundle, derived from the bundle
 * alone: a valid request (path parameters, body per media type, credentials), the documented statuses
 * and named examples, and which statuses Prism must answer to invalid requests.
 */
import {
  bodies,
  createValidator,
  credentials,
  isJsonMediaType,
  loadBundle,
  operations,
  parameterExample,
  parametersIn,
  requiresSession,
  resolve,
  sample,
  schemaPointer,
  type Json,
  type JsonObject,
  type OperationEntry,
} from '@sps-openapi/kit';

/** The committed bundle, as other projects consume it. */
export const bundle = loadBundle();
export const validatorFor = createValidator(bundle);
/** A `session_id` as SPS issues them (the mock accepts any). */
export const sessionId = 'a1f71d030e657634730b9e887cb59a5e56162860';
/** HTTP Basic credentials for `GET /api/authentication` (the mock accepts any). */
export const basicCredentials = `Basic ${Buffer.from('admin:not-a-real-password').toString('base64')}`;

export interface RequestBody {
  mediaType: string;
  /** The name of the request example it comes from, or `sampled` when built from the schema. */
  name: string;
  /** For JSON media types: the value; otherwise the raw body. */
  value: Json | FormData | Uint8Array;
  /** Options for openapi-fetch (`body`, `headers`, `bodySerializer`) that send exactly this body. */
  init: { body: unknown; headers?: Record<string, string>; bodySerializer?: (body: unknown) => BodyInit };
}

export interface ResponseExample {
  status: string;
  name: string;
  value: Json;
}

export interface ContractCase {
  operation: OperationEntry;
  operationId: string;
  /** `GET /api/transaction` */
  label: string;
  /** Values for the path parameters, valid against their schemas. */
  pathParams: Record<string, string>;
  /** JSON pointers of the path parameters' schemas. */
  pathParamSchemas: Record<string, string>;
  /** Values for the required query parameters, valid against their schemas. */
  queryParams: Record<string, string>;
  /** The path with the parameters filled in, and the required query parameters. */
  url: string;
  /** Answers 401 without a `session_id` cookie (a cookie is required, not optional). */
  cookieSecured: boolean;
  /** What a valid request carries: the session cookie, HTTP Basic credentials (the login), or nothing. */
  credentials: 'cookie' | 'basic' | 'none';
  /** One valid body per documented request media type, then one per named JSON request example. */
  bodies: RequestBody[];
  /** The documented response keys: `200`, `4XX`, `default`… */
  statuses: string[];
  /** The status Prism answers a valid request with: the lowest documented 2XX (3XX when there is none). */
  successStatus: number;
  /** Its success answer has no JSON media type (a download), so the client reads it as bytes. */
  binaryAnswer: boolean;
  responseExamples: ResponseExample[];
}

function describeOperation(operation: OperationEntry): ContractCase {
  const { method, path } = operation;
  const responses = (operation.operation.responses ?? {}) as JsonObject;
  const statuses = Object.keys(responses);
  // An operation whose only success is a redirect (`POST /api/setup` answers 303) succeeds with its 3XX.
  const successes = [/^2\d\d$/, /^3\d\d$/].map((range) => statuses.filter((status) => range.test(status)).map(Number)).find((codes) => codes.length);
  if (!successes) throw new Error(`${method.toUpperCase()} ${path} documents no 2XX or 3XX status`);
  const successStatus = Math.min(...successes);
  const successContent = (resolve(bundle, responses[String(successStatus)]).content ?? {}) as JsonObject;
  const parameters = parameterValues(operation, 'path');
  const pathParams = Object.fromEntries(parameters.map(({ name, value }) => [name, value]));
  const queryParams = Object.fromEntries(parameterValues(operation, 'query').map(({ name, value }) => [name, value]));
  const query = new URLSearchParams(queryParams).toString();
  return {
    operation,
    operationId: String(operation.operation.operationId),
    label: `${method.toUpperCase()} ${path}`,
    pathParams,
    pathParamSchemas: Object.fromEntries(parameters.map(({ name, schemaPointer }) => [name, schemaPointer])),
    queryParams,
    url: `${path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(pathParams[name]!))}${query ? `?${query}` : ''}`,
    cookieSecured: requiresSession(bundle, operation.operation),
    credentials: credentials(bundle, operation.operation).kind,
    bodies: requestBodies(operation),
    statuses,
    successStatus,
    binaryAnswer: !Object.keys(successContent).some(isJsonMediaType),
    responseExamples: statuses.flatMap((status) => {
      const response = resolve(bundle, responses[status]);
      const examples = (((response.content ?? {}) as JsonObject)['application/json'] as JsonObject | undefined)?.examples ?? {};
      return Object.entries(examples as JsonObject).map(([name, example]) => ({ status, name, value: resolve(bundle, example).value! }));
    }),
  };
}

/**
 * The path parameters, or the required query parameters, of an operation, each with a valid value: its
 * example, else one sampled from its schema.
 */
function parameterValues(operation: OperationEntry, location: 'path' | 'query'): { name: string; value: string; schemaPointer: string }[] {
  return parametersIn(operation, location)
    .filter(({ parameter }) => location === 'path' || parameter.required === true)
    .map(({ parameter, pointer }) => {
      const value = parameterExample(bundle, parameter) ?? sample(bundle, parameter.schema ?? {});
      const schemaPointer = `${pointer}/schema`;
      if (!validatorFor(schemaPointer)(value)) throw new Error(`no valid value for ${location} parameter ${String(parameter.name)} of ${operation.path}`);
      return { name: String(parameter.name), value: String(value), schemaPointer };
    });
}

/** A valid body for each request media type (an example, else sampled), then every other JSON example. */
function requestBodies(operation: OperationEntry): RequestBody[] {
  const request = bodies(bundle, operation).find(({ where }) => where === 'request');
  if (!request) return [];
  const where = `${operation.method.toUpperCase()} ${operation.path}`;
  return Object.entries(request.body.content as Record<string, JsonObject>).flatMap(([mediaType, content]) => {
    if (!isJsonMediaType(mediaType)) return [binaryBody(mediaType, content, where)];
    const named = Object.entries((content.examples ?? {}) as JsonObject).map(([name, example]) => ({
      name,
      value: resolve(bundle, example).value!,
    }));
    const candidates = named.length ? named : [{ name: 'sampled', value: sample(bundle, content.schema!) }];
    return candidates.map(({ name, value }) => {
      const validate = validatorFor(schemaPointer(request, mediaType));
      if (!validate(value)) throw new Error(`${where}: request body "${name}" does not match its schema`);
      return { mediaType, name, value, init: { body: value, headers: { 'Content-Type': mediaType } } };
    });
  });
}

/** Bytes standing in for a firmware ISO image. */
const fakeImage = new TextEncoder().encode('CD001 not a real ISO image');

function binaryBody(mediaType: string, content: JsonObject, where: string): RequestBody {
  if (mediaType === 'multipart/form-data') {
    const form = new FormData();
    const schema = resolve(bundle, content.schema);
    for (const field of (schema.required ?? []) as string[]) form.append(field, new Blob([fakeImage]), `${field}.iso`);
    return { mediaType, name: 'sampled', value: form, init: { body: form } };
  }
  // Raw binary bodies have no schema (the OpenAPI 3.1 way); anything else needs its own sample.
  if (content.schema !== undefined) throw new Error(`${where}: no sample for ${mediaType}`);
  return {
    mediaType,
    name: 'sampled',
    value: fakeImage,
    init: { body: fakeImage, headers: { 'Content-Type': mediaType }, bodySerializer: (body) => body as BodyInit },
  };
}

/**
 * The concrete status to ask Prism for (`Prefer: code=`) to get a documented response: itself, or for a
 * range (`4XX`) and `default` the first code not documented on its own.
 */
export function concreteStatus(status: string, statuses: string[]): number {
  if (/^\d{3}$/.test(status)) return Number(status);
  const candidates = status === 'default' ? [500, 501, 599] : Array.from({ length: 100 }, (_, i) => Number(status[0]) * 100 + i);
  const free = candidates.find((code) => !statuses.includes(String(code)));
  if (free === undefined) throw new Error(`no free status code for ${status}`);
  return free;
}

/** Which documented response key answers a status, by OpenAPI's rules: exact, then range, then default. */
export function documentedKey(status: number, statuses: string[]): string | undefined {
  return [String(status), `${String(status)[0]}XX`, 'default'].find((key) => statuses.includes(key));
}

/**
 * The status Prism answers a request that violates the schema with (body, path parameter): it looks for
 * a documented 422, then 400 (a `4XX` range matches either), then `default`, and otherwise makes up a 422.
 * So: the documented 400 where there is one (and no 422 or 4XX), else 422.
 */
export function invalidRequestStatus(statuses: string[]): 400 | 422 {
  return statuses.includes('400') && !statuses.includes('422') && !statuses.includes('4XX') ? 400 : 422;
}

export function jsonSchemaPointerOfRequest(operation: OperationEntry): string | undefined {
  const request = bodies(bundle, operation).find(({ where }) => where === 'request');
  const mediaType = request && Object.keys(request.body.content as JsonObject).find(isJsonMediaType);
  return mediaType && schemaPointer(request, mediaType);
}

/** One case per operation of the bundle. */
export const contractCases: ContractCase[] = operations(bundle).map(describeOperation);
