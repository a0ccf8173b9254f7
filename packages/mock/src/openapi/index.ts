/**
 * The OpenAPI plumbing the stateful mock needs at run time, written once for the whole repository:
 * the private `@sps-openapi/kit` re-exports it for the scripts, tests and docs.
 */
export { bundlePath, loadBundle } from './bundle.js';
export { isObject, locate, resolve, valueAt, type Json, type JsonObject } from './document.js';
export { pinnedErrorTypes } from './error-types.js';
export { isJsonMediaType } from './media-types.js';
export { httpMethods, type HttpMethod } from './methods.js';
export {
  bodies,
  operations,
  parameterExample,
  parametersIn,
  pathPattern,
  responseSchemaPointer,
  schemaPointer,
  type BodyEntry,
  type OperationEntry,
  type ParameterEntry,
} from './operations.js';
export { appendPointer, escapeSegment, pointerSegments, unescapeSegment } from './pointer.js';
export { credentials, requiresSession, securityRequirements, type Credentials } from './security.js';
export { createValidator } from './validator.js';
