export { bundlePath, loadBundle } from './bundle.js';
export { isClosed } from './closed.js';
export { isObject, locate, resolve, valueAt, type Json, type JsonObject } from './document.js';
export { mediaTypeExamples, type MediaTypeExample } from './examples.js';
export { isJsonMediaType } from './media-types.js';
export { httpMethods, type HttpMethod } from './methods.js';
export {
  bodies,
  operations,
  parameterExample,
  parametersIn,
  responseSchemaPointer,
  schemaPointer,
  type BodyEntry,
  type OperationEntry,
  type ParameterEntry,
} from './operations.js';
export { appendPointer, escapeSegment, pointerSegments, unescapeSegment } from './pointer.js';
export { operationsAffectedBy, reachableRefs } from './reach.js';
export { problems, redocly, type RedoclyResult } from './redocly.js';
export { sample } from './sample.js';
export { credentials, requiresSession, securityRequirements, type Credentials } from './security.js';
export { createValidator } from './validator.js';
