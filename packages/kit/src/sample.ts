/** Values made up from a schema, for requests that have no example: one sampler, a kept library. */
import { createRequire } from 'node:module';
import type { Json, JsonObject } from './document.js';

const require = createRequire(import.meta.url);
// A UMD (CommonJS) build: loaded with require, typed by the package's declarations.
const sampler = require('@stoplight/json-schema-sampler') as typeof import('@stoplight/json-schema-sampler');

/**
 * A small value that fits `schema`, a schema of `document` (`$ref`s into it are followed): its example,
 * default, `const`, first enum value or first of `examples` where it has one, else built from its type
 * with the required properties only. For a request, `readOnly` properties are left out; for a response,
 * `writeOnly` ones. `pattern` is not honoured: validate the value before relying on it.
 */
export function sample(document: JsonObject, schema: Json, direction: 'request' | 'response' = 'request'): Json {
  return sampler.sample(
    schema as Parameters<typeof sampler.sample>[0],
    { skipNonRequired: true, skipReadOnly: direction === 'request', skipWriteOnly: direction === 'response', quiet: true },
    document,
  ) as Json;
}
