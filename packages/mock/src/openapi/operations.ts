/** Walking the operations of an OpenAPI document: where each one is, its parameters and its bodies. */
import { isObject, locate, resolve, type Json, type JsonObject } from './document.js';
import { httpMethods, type HttpMethod } from './methods.js';
import { appendPointer } from './pointer.js';

export interface ParameterEntry {
  /** The parameter object, `$ref` followed. */
  parameter: JsonObject;
  /** Where it is defined: `#/components/parameters/XToken`, or its place in the path item or operation. */
  pointer: string;
}

export interface OperationEntry {
  path: string;
  method: HttpMethod;
  operation: JsonObject;
  /** `#/paths/~1api~1transaction/get` */
  pointer: string;
  /**
   * The parameters of the path item and of the operation, `$ref`s followed. An operation's parameter
   * replaces the path item's of the same name and location.
   */
  parameters: ParameterEntry[];
}

/** A request body or a response, `$ref` followed, with the pointer of its definition. */
export interface BodyEntry {
  /** `request`, or the response's status key (`200`, `4XX`, `default`). */
  where: string;
  body: JsonObject;
  pointer: string;
}

/** Every operation of the document, in document order. */
export function operations(document: JsonObject): OperationEntry[] {
  const paths = (document.paths ?? {}) as Record<string, JsonObject>;
  return Object.entries(paths).flatMap(([path, item]) => {
    const itemPointer = appendPointer('#/paths', path);
    return httpMethods
      .filter((method) => isObject(item[method]))
      .map((method) => {
        const operation = item[method] as JsonObject;
        const pointer = appendPointer(itemPointer, method);
        const declared = [...declaredParameters(document, item, itemPointer), ...declaredParameters(document, operation, pointer)];
        const key = ({ parameter }: ParameterEntry) => `${String(parameter.in)} ${String(parameter.name)}`;
        const parameters = declared.filter((entry, index) => !declared.slice(index + 1).some((later) => key(later) === key(entry)));
        return { path, method, operation, pointer, parameters };
      });
  });
}

function declaredParameters(document: JsonObject, owner: JsonObject, ownerPointer: string): ParameterEntry[] {
  return ((owner.parameters ?? []) as Json[]).map((value, index) => {
    const [parameter, pointer] = locate(document, value, appendPointer(ownerPointer, 'parameters', index));
    return { parameter, pointer };
  });
}

/** The operation's parameters in one location: `path`, `query`, `header` or `cookie`. */
export function parametersIn(entry: OperationEntry, location: 'path' | 'query' | 'header' | 'cookie'): ParameterEntry[] {
  return entry.parameters.filter(({ parameter }) => parameter.in === location);
}

/** The request body (if any), then every documented response, `$ref`s followed. */
export function bodies(document: JsonObject, { operation, pointer }: OperationEntry): BodyEntry[] {
  const request: BodyEntry[] = operation.requestBody
    ? [{ where: 'request', ...locatedBody(document, operation.requestBody, appendPointer(pointer, 'requestBody')) }]
    : [];
  const responses = Object.entries((operation.responses ?? {}) as JsonObject).map(([status, response]) => ({
    where: status,
    ...locatedBody(document, response, appendPointer(pointer, 'responses', status)),
  }));
  return [...request, ...responses];
}

function locatedBody(document: JsonObject, value: Json, at: string) {
  const [body, pointer] = locate(document, value, at);
  return { body, pointer };
}

/** JSON pointer of the schema of a documented response (`status`: `200`, `4XX`, `default`). */
export function responseSchemaPointer(document: JsonObject, entry: OperationEntry, status: string | number, mediaType = 'application/json'): string {
  const response = bodies(document, entry).find(({ where }) => where === String(status));
  if (!response) throw new Error(`${entry.method.toUpperCase()} ${entry.path} documents no ${status} response`);
  return schemaPointer(response, mediaType);
}

/** JSON pointer of the schema of one media type of a request body or response: `…/content/application~1json/schema`. */
export function schemaPointer({ pointer }: BodyEntry, mediaType: string): string {
  return appendPointer(pointer, 'content', mediaType, 'schema');
}

/** A parameter's own example: `example`, else the value of its first named example. */
export function parameterExample(document: JsonObject, parameter: JsonObject): Json | undefined {
  const named = Object.values((parameter.examples ?? {}) as JsonObject).map((example) => resolve(document, example).value);
  return [parameter.example, ...named].find((value) => value !== undefined && value !== null);
}

/** A path template of the description as a pattern of the paths it stands for: `/api/x/{key}` matches `/api/x/a1`, one segment per parameter. */
export function pathPattern(template: string): RegExp {
  return new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
}
