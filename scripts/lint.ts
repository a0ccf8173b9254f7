/** `pnpm lint`: lints spec/ with the rules of redocly.yaml. */
import { lintSpec } from './lib/lint.js';

lintSpec().then(
  () => console.log('✔ spec/ has no problems'),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
