import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  locate as locateIn,
  operations as operationsOf,
  type HttpMethod,
  type Json,
  type JsonObject,
} from '@sps-openapi/docs';

export { httpMethods, type Json, type JsonObject } from '@sps-openapi/docs';

const require = createRequire(import.meta.url);

/** The committed bundle, as other projects consume it. */
export const bundlePath = require.resolve('@sps-openapi/spec/openapi.json');
export const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as JsonObject;

export interface Operation {
  method: HttpMethod;
  path: string;
  pointer: string;
  operation: JsonObject;
}

const escape = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** Every operation of the bundle (by default), with its JSON pointer. */
export function operations(document: JsonObject = bundle): Operation[] {
  return operationsOf(document).map(({ method, path, operation }) => ({
    method,
    path,
    pointer: `#/paths/${escape(path)}/${method}`,
    operation,
  }));
}

/** Follows local `$ref`s of the bundle (by default); returns the target and its JSON pointer. */
export function locate<T extends Json = JsonObject>(value: Json, pointer: string, document: JsonObject = bundle): [T, string] {
  return locateIn<T>(document, value, pointer);
}

/** JSON pointer of the schema of one documented response (following a shared response's `$ref`). */
export function responseSchemaPointer(path: string, method: Operation['method'], status: number | string, mediaType = 'application/json') {
  const pointer = `#/paths/${escape(path)}/${method}/responses/${status}`;
  const responses = (((bundle.paths as JsonObject)[path] as JsonObject)[method] as JsonObject).responses as JsonObject;
  const [, at] = locate(responses[String(status)] as Json, pointer);
  return `${at}/content/${escape(mediaType)}/schema`;
}

export interface MediaTypeExample {
  /** Where it stands, e.g. `GET /api/transaction → 200 application/json: closed`. */
  label: string;
  name: string;
  value: Json;
  /** JSON pointer of the schema the example must satisfy. */
  schemaPointer: string;
}

/** Every named example of every request body and response of the bundle. */
export function mediaTypeExamples(document: JsonObject = bundle): MediaTypeExample[] {
  return operations(document).flatMap(({ method, path, pointer, operation }) => {
    const bodies: [string, JsonObject, string][] = [];
    if (operation.requestBody) {
      bodies.push(['request', ...locate(operation.requestBody, `${pointer}/requestBody`, document)]);
    }
    for (const [status, response] of Object.entries((operation.responses ?? {}) as JsonObject)) {
      bodies.push([status, ...locate(response, `${pointer}/responses/${status}`, document)]);
    }
    return bodies.flatMap(([where, body, bodyPointer]) =>
      Object.entries((body.content ?? {}) as Record<string, JsonObject>).flatMap(([mediaType, content]) =>
        Object.entries((content.examples ?? {}) as JsonObject).map(([name, example]) => ({
          label: `${method.toUpperCase()} ${path} → ${where} ${mediaType}: ${name}`,
          name,
          value: locate<JsonObject>(example, '', document)[0].value as Json,
          schemaPointer: `${bodyPointer}/content/${escape(mediaType)}/schema`,
        })),
      ),
    );
  });
}

/** Ajv (JSON Schema 2020-12) over the bundle: compiles a validator for any schema in it by pointer. */
export function createValidator(document: JsonObject = bundle) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats.default(ajv);
  ajv.addSchema(document, 'openapi.json');
  const cache = new Map<string, ValidateFunction>();
  return (schemaPointer: string): ValidateFunction => {
    let validate = cache.get(schemaPointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `openapi.json${schemaPointer}` });
      cache.set(schemaPointer, validate);
    }
    return validate;
  };
}
