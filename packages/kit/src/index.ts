// The walker, the validator and the security classification live in @sps-openapi/mock (the published
// mock needs them at run time); they are re-exported here so that there is one copy of each.
export * from '@sps-openapi/mock/openapi';
export { isClosed } from './closed.js';
export { mediaTypeExamples, type MediaTypeExample } from './examples.js';
export { operationsAffectedBy, reachableRefs } from './reach.js';
export { problems, redocly, type RedoclyResult } from './redocly.js';
export { sample } from './sample.js';
