/** The bundled description that `@sps-openapi/spec` ships (`pnpm build` writes it from spec/). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { JsonObject } from './document.js';

const require = createRequire(import.meta.url);

export const bundlePath = require.resolve('@sps-openapi/spec/openapi.json');

/** Reads and parses the bundle (a fresh copy on every call). */
export function loadBundle(path = bundlePath): JsonObject {
  return JSON.parse(readFileSync(path, 'utf8')) as JsonObject;
}
