import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
/** The `sps-mock` bin of @sps-openapi/mock, as its package.json declares it. */
export const spsMockBin = join(dirname(require.resolve('@sps-openapi/mock/package.json')), 'bin', 'sps-mock.js');

export interface CliRun {
  pid: number;
  /** What it printed so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the first http:// URL it prints (when it is ready); rejects if it exits first. */
  url: Promise<string>;
  /** Resolves with its exit code once it has exited. */
  exit: Promise<number | null>;
  /** Sends a signal if it is still running. */
  kill(signal?: NodeJS.Signals): void;
}

/** Runs `sps-mock` with `args` as a child process. */
export function runSpsMock(args: string[], env: NodeJS.ProcessEnv = process.env): CliRun {
  const child = spawn(process.execPath, [spsMockBin, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let stdout = '';
  let stderr = '';
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /http:\/\/[^\s,]+/.exec(stdout);
      if (found) resolve(found[0]);
    });
    void exit.then((code) => reject(new Error(`sps-mock exited (${code}) before printing a URL:\n${stdout}${stderr}`)));
  });
  url.catch(() => {}); // callers that only wait for the exit must not see an unhandled rejection
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return {
    pid: child.pid ?? -1,
    stdout: () => stdout,
    stderr: () => stderr,
    url,
    exit,
    kill: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}
