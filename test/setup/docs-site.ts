/**
 * The browser tests of the docs (packages/docs/test/site/) share one build of the site: it starts here, in
 * the background, as the run starts, into `<docsSiteDir>/site`, and `startSite()` waits for `ready` in the
 * folder given with `inject('docsSiteDir')` (test/support/published.ts). Runs filtered to other files skip
 * it, and a site test file run alone then builds the site itself. The folder is removed after the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { publish, publishFailure, publishSkipped } from '../support/published.js';
import { runIncludes } from './run-includes.js';

const siteTestsDir = fileURLToPath(new URL('../../packages/docs/test/site/', import.meta.url));

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'sps-docs-site-'));
  project.provide('docsSiteDir', dir);
  if (!(await runIncludes(project, (file) => file.startsWith(siteTestsDir)))) {
    publishSkipped(dir, 'this run is filtered to files other than packages/docs/test/site/\n');
    return () => rmSync(dir, { recursive: true, force: true });
  }
  const { buildDocs } = await import('../../packages/docs/src/build.js');
  const build = buildDocs({ outDir: join(dir, 'site') }).then(
    () => publish(dir, 'ready', ''),
    (error: unknown) => publishFailure(dir, error),
  );
  return async () => {
    await build;
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    docsSiteDir: string;
  }
}
