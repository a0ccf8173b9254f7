export { buildDocs, type BuildDocsOptions } from './build.js';
export { referenceHash } from './reference.js';
export { serveDocs, type DocsServer, type ServeDocsOptions } from './serve.js';
