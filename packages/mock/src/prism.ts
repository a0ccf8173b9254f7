import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const prismCli = require.resolve('@stoplight/prism-cli/dist/index.js');
const exitWithParent = fileURLToPath(new URL('./exit-with-parent.cjs', import.meta.url));

/** The bundled SPS description that the mock and the proxy serve by default. */
export const bundledSpec = require.resolve('@sps-openapi/spec/openapi.json');

export interface PrismProcess {
  /** Where Prism listens, e.g. `http://127.0.0.1:4010`. */
  url: string;
  pid: number;
  /** Settles with Prism's exit code once its process has ended, for whatever reason. */
  exited: Promise<number | null>;
  /** Ends Prism (SIGTERM, then SIGKILL after 3 s); safe to call more than once. */
  stop(): Promise<void>;
}

export interface PrismLaunch {
  /** Prism's command line after `prism`, e.g. `['mock', spec, '--dynamic']`. */
  args: string[];
  host: string;
  port: number;
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number | undefined;
  /** Receives each line Prism logs (warnings and errors). */
  log?: ((line: string) => void) | undefined;
}

/**
 * Runs the pinned Prism CLI as a child process and resolves once it answers HTTP. Prism is stopped by
 * its own pid; it also exits when this process exits, or dies (its stdin, a pipe from us, then closes).
 */
export async function startPrism(launch: PrismLaunch): Promise<PrismProcess> {
  const { host, port } = launch;
  const args = ['--require', exitWithParent, prismCli, ...launch.args, '--host', host, '--port', String(port), '--verboseLevel', 'warn'];
  // Its own process group: a Ctrl-C in the terminal reaches only us, and we stop Prism in order.
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env: launch.env ?? process.env, detached: true });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = ''; // the end of what Prism printed, for error messages
  const collect = (stream: NodeJS.ReadableStream | null) => {
    let partial = '';
    stream?.on('data', (chunk: Buffer) => {
      output = `${output}${chunk.toString()}`.slice(-4000);
      const lines = `${partial}${chunk.toString()}`.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) launch.log?.(line);
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const url = httpUrl(host, port);
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await terminate(child, exited);
  };
  try {
    await waitUntilAnswering(probeUrl(host, port), child, launch.startTimeoutMs ?? 15_000);
  } catch (error) {
    await stop();
    const inUse = /EADDRINUSE/.test(output) ? ` (port ${port} on ${host} is already in use)` : '';
    throw new Error(`${(error as Error).message}${inUse}\nPrism said:\n${output.trim()}`);
  }
  return { url, pid: child.pid ?? -1, exited, stop };
}

/** `port` after checking that it can be listened on on `host` (clear errors if not); a free port when it is 0 or left out. */
export async function usablePort(host: string, port?: number): Promise<number> {
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`the port must be an integer from 0 to 65535, got ${port}`);
  }
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => reject(new Error(listenProblem(error, host, port ?? 0))));
    server.listen(port ?? 0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A plain-words explanation of why `host:port` cannot be listened on. */
export function listenProblem(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use; pick another one`;
    case 'EACCES':
      return `not allowed to listen on port ${port} of ${host} (ports below 1024 need privileges); pick another one`;
    case 'EADDRNOTAVAIL':
      return `cannot listen on ${host}: it is not an address of this machine`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot listen on ${host}: unknown host name`;
    default:
      return `cannot listen on ${host}:${port}: ${error.message}`;
  }
}

/** `http://127.0.0.1:4010`, `http://[::1]:4010` */
export function httpUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Wildcard addresses are not connectable; probe them on the loopback interface. */
function probeUrl(host: string, port: number): string {
  return `${httpUrl(host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host, port)}/`;
}

/**
 * Waits for Prism to answer a CORS preflight. Prism answers those itself in every mode, so the probe never
 * reaches the upstream of a proxy and cannot be mistaken for another server that holds the port.
 */
async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const preflight = { Origin: 'http://127.0.0.1', 'Access-Control-Request-Method': 'GET' };
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Prism exited (${child.exitCode ?? child.signalCode}) before it listened on ${url}`);
    }
    try {
      const response = await fetch(url, { method: 'OPTIONS', headers: preflight, signal: AbortSignal.timeout(1000) });
      if (response.status === 204 && response.headers.has('access-control-allow-methods')) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Prism did not answer on ${url} within ${timeoutMs} ms`);
}

async function terminate(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}
