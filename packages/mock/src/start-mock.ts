import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';

const require = createRequire(import.meta.url);
const prismCli = require.resolve('@stoplight/prism-cli/dist/index.js');
const bundledSpec = require.resolve('@sps-openapi/spec/openapi.json');

export interface MockOptions {
  /** Port to listen on; a free one is picked when left out. */
  port?: number;
  host?: string;
  /** OpenAPI document to serve; defaults to the bundled SPS description. */
  spec?: string;
  /** Answer with data generated from the schemas instead of the examples. */
  dynamic?: boolean;
  /** Turn request violations into errors instead of warnings. */
  errors?: boolean;
  /** How long to wait for Prism to listen. */
  startTimeoutMs?: number;
}

export interface RunningMock {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts Prism as a child process serving the SPS description; resolves once it answers HTTP. */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort(host));
  const args = [prismCli, 'mock', options.spec ?? bundledSpec, '--host', host, '--port', String(port)];
  if (options.dynamic) args.push('--dynamic');
  if (options.errors) args.push('--errors');

  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = `${output}${chunk.toString()}`.slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const stopOnExit = () => child.kill('SIGKILL');
  process.once('exit', stopOnExit);

  const url = `http://${host}:${port}`;
  const stop = async () => {
    process.removeListener('exit', stopOnExit);
    await terminate(child);
  };
  try {
    await waitUntilListening(url, child, options.startTimeoutMs ?? 15_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\nPrism said:\n${output.trim()}`);
  }
  return { url, pid: child.pid ?? -1, stop };
}

async function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilListening(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Prism exited with code ${child.exitCode} before listening on ${url}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`Prism did not listen on ${url} within ${timeoutMs} ms`);
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}
