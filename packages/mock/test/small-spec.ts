import { fileURLToPath } from 'node:url';

/** A description of two operations (fixtures/small-spec/README.md says which tests use it): Prism starts on it at half the CPU. */
export const smallSpec = fileURLToPath(new URL('./fixtures/small-spec/openapi.json', import.meta.url));
