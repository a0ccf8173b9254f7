export { buildDocs, type BuildDocsOptions } from './build.js';
export { serveDocs, type DocsServer, type ServeDocsOptions } from './serve.js';
export { problems, redocly, type RedoclyResult } from './redocly.js';
