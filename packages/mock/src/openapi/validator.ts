/** Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) over a whole document. */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { JsonObject } from './document.js';

/** Compiles (once each) a validator for any schema of `document`, given by JSON pointer. */
export function createValidator(document: JsonObject): (schemaPointer: string) => ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats.default(ajv);
  ajv.addSchema(document, 'openapi.json');
  const cache = new Map<string, ValidateFunction>();
  return (schemaPointer) => {
    let validate = cache.get(schemaPointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `openapi.json${schemaPointer}` });
      cache.set(schemaPointer, validate);
    }
    return validate;
  };
}
