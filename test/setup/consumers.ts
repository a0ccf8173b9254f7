/**
 * The consumer tests (test/consumers/) need the three packages packed and installed with npm, and the
 * nodenext consumer TypeScript compiled in one program (test/consumers/support/nodenext.ts). That takes a
 * while (builds, npm, tsc), so it starts here, in the background, as the run starts, and goes on while the
 * other test files run; the sequencer (vitest.config.ts) runs the consumer files last, and they wait for
 * `ready.json`, then `compiled.json`, in the folder given to them with `inject('consumerDir')`
 * (test/support/published.ts). Runs filtered to other files skip it. The folder is removed, and a preparation still running is ended, after the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareConsumer } from '../consumers/support/packages.js';
import { compileNodeNext } from '../consumers/support/nodenext.js';
import { publish, publishFailure, publishSkipped } from '../support/published.js';
import { runIncludes } from './run-includes.js';
import { compiledFile, consumerTestsDir, readyFile } from '../consumers/support/prepared.js';

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'sps-consumer-'));
  project.provide('consumerDir', dir);
  // The tests of the support modules (test/consumers/support/) need no packages.
  const needsPackages = (file: string) => file.startsWith(consumerTestsDir) && !file.startsWith(join(consumerTestsDir, 'support'));
  if (!(await runIncludes(project, needsPackages))) {
    publishSkipped(dir, 'this run is filtered to files other than test/consumers/\n');
    return () => rmSync(dir, { recursive: true, force: true });
  }
  const abort = new AbortController();
  const preparation = (async () => {
    const prepared = await prepareConsumer(dir, abort.signal);
    publish(dir, readyFile, JSON.stringify(prepared));
    publish(dir, compiledFile, JSON.stringify(await compileNodeNext(prepared.project, abort.signal)));
  })().catch((error: unknown) => publishFailure(dir, error));
  return async () => {
    abort.abort();
    await preparation;
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    consumerDir: string;
  }
}
