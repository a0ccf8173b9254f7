import { fileURLToPath } from 'node:url';

/** A description of two operations (fixtures/small-spec/README.md): Prism starts on it at half the cost. */
export const smallSpec = fileURLToPath(new URL('./fixtures/small-spec/openapi.json', import.meta.url));
