/**
 * `pnpm test` as a developer runs it before a commit (every vitest suite, the workspace typecheck among them): its wall time,
 * one run. Nothing else should run meanwhile, or the number says more about the machine than the tests.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../lib/paths.js';
import { report } from './report.js';

/** Runs `pnpm test`, keeping the end of its output for the error message should it fail. */
function timePnpmTest(): Promise<{ ms: number; code: number | null; tail: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('pnpm', ['-s', 'test'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('close', (code) => resolve({ ms: performance.now() - started, code, tail }));
  });
}

export async function run() {
  const { ms, code, tail } = await timePnpmTest();
  if (code !== 0) throw new Error(`pnpm test failed (exit ${code}), so its time means little:\n${tail}`);
  const { numTotalTests } = JSON.parse(readFileSync(join(repoRoot, 'reports', 'vitest.json'), 'utf8')) as { numTotalTests: number };
  report(`pnpm test (${numTotalTests} vitest tests, the typecheck among them), one run`, [{ name: 'wall time', value: ms, unit: 'ms', target: 90_000 }]);
}
