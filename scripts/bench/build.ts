/** `pnpm build`, cold (outputs and the TypeScript loader's cache removed) and warm (run again at once). */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { docsDist, repoRoot } from '../lib/paths.js';
import { median, report } from './report.js';

const runs = 3;

function timeBuild(): number {
  const started = performance.now();
  execFileSync('pnpm', ['-s', 'build'], { cwd: repoRoot, stdio: 'ignore' });
  return performance.now() - started;
}

function clearCaches() {
  rmSync(docsDist, { recursive: true, force: true });
  rmSync(join(tmpdir(), `tsx-${userInfo().uid}`), { recursive: true, force: true });
}

export async function run() {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    clearCaches();
    cold.push(timeBuild());
    warm.push(timeBuild());
  }
  report(`pnpm build (lint, bundle, types, docs), median of ${runs} runs each`, [
    { name: 'cold', value: median(cold), unit: 'ms', target: 10_000 },
    { name: 'warm', value: median(warm), unit: 'ms', target: 10_000 },
    { name: 'warm / cold', value: median(warm) / median(cold), unit: '×' },
  ]);
}
