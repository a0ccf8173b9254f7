/**
 * The contract coverage gate. Before the run it gives the contract tests a fresh directory to record
 * their exchanges in (`inject('contractRecordDir')`); after the run it compares them with the documented
 * (operation, status) pairs of the bundle, prints the matrix, writes reports/contract-coverage.md and
 * fails the run when a pair was not exercised. It gates whenever every contract test file ran — also
 * when there are none, or when they recorded nothing — and stays out of runs filtered to other files.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { coverageMarkdown, coverageOf, coverageText } from '../contract/support/coverage.js';
import type { Exchange } from '../contract/support/recorder.js';

const contractDir = fileURLToPath(new URL('../contract/', import.meta.url));
const reportFile = fileURLToPath(new URL('../../reports/contract-coverage.md', import.meta.url));

export default function setup(project: TestProject) {
  const recordDir = mkdtempSync(join(tmpdir(), 'sps-contract-'));
  project.provide('contractRecordDir', recordDir);
  return async () => {
    try {
      await gate(project, recordDir);
    } catch (error) {
      // vitest only logs an error thrown by a teardown; the gate must fail the run.
      console.error(`\n✘ Contract coverage gate failed: ${(error as Error).message}`);
      process.exitCode = 1;
    } finally {
      rmSync(recordDir, { recursive: true, force: true });
    }
  };
}

async function gate(project: TestProject, recordDir: string) {
  const ran = new Set(project.vitest.state.getFilepaths());
  const { testFiles } = await project.globTestFiles();
  const contractFiles = testFiles.filter((file) => file.startsWith(contractDir));
  const notRun = contractFiles.filter((file) => !ran.has(file));
  if (contractFiles.length && notRun.length === contractFiles.length) return;
  if (notRun.length) {
    console.log(`\nContract coverage: not gated, ${notRun.length} of ${contractFiles.length} contract test files did not run.`);
    return;
  }

  const exchanges = readdirSync(recordDir).flatMap((file) => JSON.parse(readFileSync(join(recordDir, file), 'utf8')) as Exchange[]);
  const coverage = coverageOf(exchanges);
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, coverageMarkdown(coverage));
  const pairs = coverage.operations.flatMap((row) => row.statuses);
  console.log(`\nContract coverage (${exchanges.length} requests; reports/contract-coverage.md):\n${coverageText(coverage)}`);

  const problems = [
    ...(contractFiles.length ? [] : [`no contract test files in ${contractDir}`]),
    ...(coverage.untested.length ? [`operations without a contract test: ${coverage.untested.join(', ')}`] : []),
    ...(coverage.missingPairs.length ? [`documented statuses not exercised: ${coverage.missingPairs.join(', ')}`] : []),
  ];
  if (problems.length) {
    console.error(`\n✘ Contract coverage gate failed:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`✔ Contract coverage: all ${pairs.length} documented (operation, status) pairs of ${coverage.operations.length} operations exercised`);
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    contractRecordDir: string;
  }
}
