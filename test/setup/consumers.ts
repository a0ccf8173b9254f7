/**
 * The consumer tests (test/consumers/) need the three packages packed and installed with npm. That takes a
 * while (builds, npm), so it starts here, in the background, as the run starts, and goes on while the other
 * test files run; the sequencer (vitest.config.ts) runs the consumer files last, and they wait for
 * `ready.json` (or `failed.txt`) in the folder given to them with `inject('consumerDir')`. Runs filtered
 * to other files skip it. The folder is removed, and a preparation still running is ended, after the run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareConsumer } from '../consumers/support/packages.js';
import { consumerTestsDir, readyFile, skippedFile, failedFile } from '../consumers/support/prepared.js';

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'sps-consumer-'));
  project.provide('consumerDir', dir);
  if (!(await runsConsumerTests(project))) {
    writeFileSync(join(dir, skippedFile), 'this run is filtered to files other than test/consumers/\n');
    return () => rmSync(dir, { recursive: true, force: true });
  }
  const abort = new AbortController();
  const preparation = prepareConsumer(dir, abort.signal).then(
    (prepared) => writeFileSync(join(dir, readyFile), JSON.stringify(prepared)),
    (error: unknown) => writeFileSync(join(dir, failedFile), error instanceof Error ? error.message : String(error)),
  );
  return async () => {
    abort.abort();
    await preparation;
    rmSync(dir, { recursive: true, force: true });
  };
}

/** Whether this run includes a consumer test file: every file when unfiltered, else the files its filters match. */
async function runsConsumerTests(project: TestProject): Promise<boolean> {
  // `vitest run <filter>…` keeps its filters here (not a public field; without it, prepare anyway).
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? [];
  if (filters.length === 0) return true;
  const { testFiles } = await project.globTestFiles();
  const consumerFiles = testFiles.filter((file) => file.startsWith(consumerTestsDir));
  return consumerFiles.some((file) => filters.some((filter) => file.includes(filter) || file.includes(join(project.config.root, filter))));
}

declare module 'vitest' {
  export interface ProvidedContext {
    consumerDir: string;
  }
}
