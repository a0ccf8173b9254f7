/**
 * `pnpm bench`: runs every benchmark module in scripts/bench/ (each exports `run()`), one after the
 * other, so the numbers of one run are measured side by side on the same machine state.
 * `pnpm bench build` runs only the modules whose name contains "build".
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const only = process.argv[2];
const modules = readdirSync(dir)
  .filter((file) => file.endsWith('.ts') && file !== 'report.ts')
  .filter((file) => !only || file.includes(only))
  .sort();

for (const file of modules) {
  const { run } = (await import(new URL(`./bench/${file}`, import.meta.url).href)) as { run: () => Promise<void> };
  await run();
}
