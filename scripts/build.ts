/**
 * `pnpm build`: lint the spec, bundle it (JSON and YAML), generate the client's types, build the docs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDocs } from '@sps-openapi/docs';
import { generatedFiles } from './lib/generate.js';
import { lintSpec } from './lib/lint.js';
import { docsDist, repoRoot } from './lib/paths.js';

export async function build(log: (line: string) => void = console.log): Promise<void> {
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    log(`✔ ${name} (${Math.round(performance.now() - started)} ms)`);
    return result;
  };

  await step('lint spec/', lintSpec);
  const files = await step('bundle the spec and generate the client types', generatedFiles);
  for (const [path, content] of files) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    log(`  wrote ${relative(repoRoot, path)}`);
  }
  await step('build the docs site', () => buildDocs({ outDir: docsDist }));
  log(`  wrote ${relative(repoRoot, docsDist)}/`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  build().catch((error: unknown) => {
    console.error(`✘ build failed\n${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
