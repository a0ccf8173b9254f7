import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundlePath } from './openapi/bundle.js';
import { acceptsConnections, freePort } from './port.js';

const require = createRequire(import.meta.url);
const prismCli = require.resolve('@stoplight/prism-cli/dist/index.js');
/** Loaded into Prism before it starts: see each file. */
const preloads = ['./exit-with-parent.cjs', './prism-start.cjs'].flatMap((file) => ['--require', fileURLToPath(new URL(file, import.meta.url))]);

/** The bundled SPS description that the mock and the proxy serve by default. */
export const bundledSpec = bundlePath;

export interface PrismProcess {
  /** Where Prism listens, e.g. `http://127.0.0.1:40321`. */
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
  startTimeoutMs?: number | undefined;
  /** Receives each line Prism logs (warnings and errors). */
  log?: ((line: string) => void) | undefined;
}

/**
 * Runs the pinned Prism CLI as a child process on a free port of 127.0.0.1 (never another address: only
 * the front server in this process talks to it) and resolves once it answers HTTP. Prism's own CORS
 * handling is off; the front server decides. Prism is stopped by its own pid; it also exits when this
 * process exits, or dies (its stdin, a pipe from us, then closes).
 */
export async function startPrism(launch: PrismLaunch): Promise<PrismProcess> {
  // The free port is chosen before Prism listens on it: another process may take it in between. Prism
  // then exits with EADDRINUSE, and is started again on another one.
  for (let attempt = 1; ; attempt++) {
    try {
      return await launchPrism(launch, await freePort(prismHost));
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt === 3) throw error;
    }
  }
}

const prismHost = '127.0.0.1';

class PortTaken extends Error {}

async function launchPrism(launch: PrismLaunch, port: number): Promise<PrismProcess> {
  const host = prismHost;
  const args = [...preloads, prismCli, ...launch.args, '--host', host, '--port', String(port), '--cors=false', '--verboseLevel', 'warn'];
  // Its own process group: a Ctrl-C in the terminal reaches only us, and we stop Prism in order.
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const closed = new Promise((resolve) => child.once('close', resolve)); // its output read to the end
  let output = ''; // the end of what Prism printed, for error messages
  const collect = (stream: NodeJS.ReadableStream | null) => {
    let partial = '';
    stream?.on('data', (chunk: Buffer) => {
      output = `${output}${chunk.toString()}`.slice(-4000);
      const lines = `${partial}${chunk.toString()}`.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.trim() && !line.includes(readinessPath)) launch.log?.(line);
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const url = `http://${host}:${port}`;
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await terminate(child, exited);
  };
  try {
    await waitUntilAnswering(url, child, launch.startTimeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    await closed;
    const message = `${(error as Error).message}\nPrism said:\n${output.trim()}`;
    throw output.includes('EADDRINUSE') ? new PortTaken(message) : new Error(message);
  }
  return { url, pid: child.pid ?? -1, exited, stop };
}

/** What the start asks Prism for; Prism's error line about it is not passed to `log`. */
const readinessPath = '/sps-mock-readiness-probe';

/**
 * Waits for Prism to answer `GET /sps-mock-readiness-probe`, a path no SPS description has: Prism answers
 * it with its own `problem+json` 404, or as a proxy forwards it with a "route not found" `sl-violations`
 * header (to the proxy's relay, which answers it without asking the appliance). Either way it is Prism
 * that answers.
 */
async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const port = Number(new URL(url).port);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Prism exited (${child.exitCode ?? child.signalCode}) before it listened on ${url}`);
    }
    // A TCP connect first: a tenth of the CPU of a failing `fetch`.
    if (await acceptsConnections(port, prismHost)) {
      try {
        const response = await fetch(`${url}${readinessPath}`, { signal: AbortSignal.timeout(1000) });
        await response.arrayBuffer();
        if (response.headers.has('sl-violations') || (response.headers.get('content-type') ?? '').startsWith('application/problem+json')) return;
      } catch {
        // not answering yet
      }
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
