import { fileURLToPath } from 'node:url';

/** Absolute paths of the files the build reads and writes. */
const at = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export const repoRoot = at('');
export const specEntry = at('spec/openapi.yaml');
export const bundleJson = at('packages/spec/openapi.json');
export const bundleYaml = at('packages/spec/openapi.yaml');
export const clientTypes = at('packages/client/src/generated/openapi.ts');
export const clientErrorTypes = at('packages/client/src/generated/error-types.ts');
export const docsDist = at('packages/docs/dist');
