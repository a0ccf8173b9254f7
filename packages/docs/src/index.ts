export { buildDocs, linkTargets, type BuildDocsOptions } from './build.js';
export { serveDocs, type DocsServer, type ServeDocsOptions } from './serve.js';
export { problems, redocly, type RedoclyResult } from './redocly.js';
export { augmentForDocs, undocumentedBodies, undocumentedFlag, type AugmentOptions } from './augment.js';
export { codeSamples, sampleCaFile, sampleEnvironment, type CodeSample } from './code-samples.js';
export { guides, guidesDir, type Guide } from './guides.js';
export { makeOffline } from './reference.js';
export {
  httpMethods,
  locate,
  operations,
  referenceHash,
  resolve,
  type HttpMethod,
  type Json,
  type JsonObject,
  type OperationEntry,
} from './openapi.js';
export { PageRenderer, type LinkTargets } from './markdown.js';
