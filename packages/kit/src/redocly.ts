/** Runs the pinned Redocly CLI (lint, bundle, build-docs) and shows its report. */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const cliPackage = require.resolve('@redocly/cli/package.json');
const cliBin = join(dirname(cliPackage), (require(cliPackage) as { bin: { redocly: string } }).bin.redocly);

export interface RedoclyResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/**
 * Runs the Redocly CLI. It reads `redocly.yaml` from `cwd` (the repository root when run from a root
 * script), which turns telemetry off; the environment variable makes sure of it elsewhere. No loader:
 * the lint plugin imports its TypeScript through tsx itself (spec/lint/sps-plugin.js).
 */
export function redocly(args: string[], cwd = process.cwd()): Promise<RedoclyResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cliBin, ...args],
      {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
      (error, stdout, stderr) => resolve({ ok: !error, stdout, stderr }),
    );
  });
}

/** The part of Redocly's output worth showing a person: the report, without banners. */
export function problems(result: RedoclyResult): string {
  return `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((line) => !/[║╔╚]/.test(line))
    .join('\n')
    .trim();
}
