/**
 * For the consumer test files: the packed and npm-installed packages that test/setup/consumers.ts
 * prepares in the background, and bounded ways to run commands in the consumer project that clean up
 * after themselves even when a test fails.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { published } from '../../support/published.js';
import type { NodeNextCompiled } from './nodenext.js';
import { repoRoot, withoutPackageManagerSettings, type Prepared } from './packages.js';

export const consumerTestsDir = fileURLToPath(new URL('../', import.meta.url));
export const readyFile = 'ready.json';
export const compiledFile = 'compiled.json';

/** Waits (at most `timeoutMs`) until the background preparation has packed and installed the packages. */
export const preparedConsumer = (timeoutMs = 300_000) => preparation<Prepared>(readyFile, timeoutMs);

/** Waits (at most `timeoutMs`) until the background preparation has also compiled the nodenext consumer TypeScript. */
export const compiledConsumer = (timeoutMs = 480_000) => preparation<NodeNextCompiled>(compiledFile, timeoutMs);

async function preparation<T>(file: string, timeoutMs: number): Promise<T> {
  const result = await published(inject('consumerDir'), file, 'Preparing the consumer project', timeoutMs);
  if ('skipped' in result) throw new Error(`The packages were not prepared: ${result.skipped}`);
  return JSON.parse(result.text) as T;
}

/**
 * The environment a user's shell would give a command: no settings of the `pnpm test` that runs us, and
 * none of the workspace's `node_modules/.bin` folders (tsc, tsx, the workspace's sps-mock) on the PATH.
 */
export const userEnvironment = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...withoutPackageManagerSettings(process.env),
  PATH: (process.env.PATH ?? '')
    .split(delimiter)
    .filter((folder) => !folder.startsWith(repoRoot))
    .join(delimiter),
  npm_config_update_notifier: 'false',
  ...extra,
});

export interface Started {
  /** What it printed so far on stdout and stderr. */
  output(): string;
  /** Resolves with the first match of `pattern` in its output; rejects when it exits first or after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Settles with the exit code (or the signal's name) once it has exited and its output is read. */
  exited: Promise<number | string>;
  /** SIGTERM to its process group; SIGKILL after `graceMs` if it has not exited. Resolves with the exit code. */
  stop(graceMs?: number): Promise<number | string>;
}

const running = new Set<Started>();

/** Stops whatever `start()` left running, and what those left behind in their process groups (for `afterAll`). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((process) => process.stop(2_000)));
}

/**
 * Starts a command in its own process group, so that stopping it reaches what runs below it (npx, a
 * shell, sps-mock; Prism has a group of its own and exits with its sps-mock); it is killed when it runs
 * longer than `timeoutMs`.
 */
export function start(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Started {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? userEnvironment(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  // Its exit, once its output has been read — or 2 s after the exit when something it started still
  // holds its stdout (a background job of a shell script that outlived it).
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const exited = new Promise<number | string>((resolve) => {
    child.once('error', (error) => resolve(error.message));
    child.once('exit', (code, signal) => {
      const timer = setTimeout(resolve, 2_000, code ?? signal ?? 'unknown');
      void closed.then(() => {
        clearTimeout(timer);
        resolve(code ?? signal ?? 'unknown');
      });
    });
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group has already gone
    }
  };
  const killer = setTimeout(() => signalGroup('SIGKILL'), options.timeoutMs ?? 120_000);
  // What it leaves behind in its group once it has exited stays until `stop()`/`stopAll()`: a test may
  // want to see whether a script stopped what it started.
  void exited.then(() => clearTimeout(killer));
  const started: Started = {
    output: () => output,
    exited,
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (match) finish(() => resolve(match));
        };
        const timer = setTimeout(() => finish(() => reject(new Error(`${command} ${args.join(' ')} did not print ${pattern} within ${timeoutMs} ms:\n${output}`))), timeoutMs);
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        void exited.then((code) => finish(() => reject(new Error(`${command} ${args.join(' ')} exited (${code}) before printing ${pattern}:\n${output}`))));
        check();
      });
    },
    async stop(graceMs = 5_000) {
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      signalGroup('SIGKILL'); // anything its leader left behind
      running.delete(started);
      return code;
    },
  };
  running.add(started);
  return started;
}

/** Runs a command to its end (at most `timeoutMs`): its exit code and everything it printed. */
export async function runToEnd(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }) {
  const process = start(command, args, options);
  const code = await process.exited;
  return { code, output: process.output() };
}

/**
 * A free port on 127.0.0.1 for a command that is told its port (`--port N`). It lies below the range the
 * system hands out for port 0: every mock and Prism started meanwhile takes its port from that range, so
 * none of them can take this one before the command listens on it.
 */
export async function freePort(): Promise<number> {
  const [first] = existsSync(localPortRange) ? readFileSync(localPortRange, 'utf8').trim().split(/\s+/).map(Number) : [];
  const below = first && first > 11_024 ? first : 32_768;
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = below - 10_000 + Math.floor(Math.random() * 10_000);
    if (handedOut.has(port)) continue;
    const server = createServer();
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (listening) {
      handedOut.add(port);
      await new Promise((resolve) => server.close(resolve));
      return port;
    }
  }
  throw new Error('no free port below the ephemeral range after 50 tries');
}

const localPortRange = '/proc/sys/net/ipv4/ip_local_port_range';
const handedOut = new Set<number>();
