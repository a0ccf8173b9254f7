/**
 * `pnpm bench`: benchmarks, measured side by side in one run.
 * - `pnpm build`, cold (outputs and the TypeScript loader's cache removed) and warm (run again at once).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { docsDist, repoRoot } from './lib/paths.js';

const runs = 3;
const buildTargetMs = 10_000;

function timeBuild(): number {
  const started = performance.now();
  execFileSync('pnpm', ['-s', 'build'], { cwd: repoRoot, stdio: 'ignore' });
  return performance.now() - started;
}

function clearCaches() {
  rmSync(docsDist, { recursive: true, force: true });
  rmSync(join(tmpdir(), `tsx-${userInfo().uid}`), { recursive: true, force: true });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const cold: number[] = [];
const warm: number[] = [];
for (let run = 0; run < runs; run++) {
  clearCaches();
  cold.push(timeBuild());
  warm.push(timeBuild());
}

const row = (name: string, ms: number) =>
  `${name.padEnd(22)} ${`${(ms / 1000).toFixed(2)} s`.padStart(8)}   ${(ms / buildTargetMs).toFixed(2)}× of the 10 s target`;
console.log(`pnpm build, median of ${runs} runs each (lint, bundle, types, docs)`);
console.log(row('cold', median(cold)));
console.log(row('warm', median(warm)));
console.log(`${'warm / cold'.padEnd(22)} ${(median(warm) / median(cold)).toFixed(2)}×`);
