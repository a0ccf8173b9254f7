/**
 * The workspace type-checks (`tsc -p tsconfig.json`, as `pnpm typecheck`): sources, tests, scripts. It runs
 * as a test, first (vitest.config.ts), so that tsc uses a core while the other files start, not before them.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.js';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

it('type-checks with tsc -p tsconfig.json (no diagnostic)', async () => {
  const { code, output } = await new Promise<{ code: number | string | null; output: string }>((resolve) => {
    execFile(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? error.signal ?? null) : 0, output: `${stdout}${stderr}` }),
    );
  });
  expect(output).toBe('');
  expect(code).toBe(0);
}, 300_000);
