/**
 * The client's costs: overhead per request against raw `fetch` (side by side, same server, same run),
 * runtime size (the entry bundled with openapi-fetch, minified + gzip, no types), and how long a
 * consumer file takes to type-check against the packed declarations.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createSpsClient } from '@sps-openapi/client';
import { packageDir, prepareConsumer } from '../../test/consumers/support/packages.js';
import { nodeConsumer, nodeTsconfig, tscBin } from '../../test/consumers/support/typescript.js';
import { median, report } from './report.js';

const clientDir = packageDir('client');

/** openapi-fetch as the client package resolves it (the root has no dependency on it). */
async function plainOpenapiFetch(baseUrl: string, headers: Record<string, string>) {
  const entry = createRequire(join(clientDir, 'package.json')).resolve('openapi-fetch/dist/index.mjs');
  type Create = (options: { baseUrl: string; headers: Record<string, string> }) => { GET(path: string): Promise<{ data?: unknown }> };
  const { default: createClient } = (await import(pathToFileURL(entry).href)) as { default: Create };
  return createClient({ baseUrl, headers });
}

const requests = 2000;
const warmup = 300;
const sessionId = 'a1f71d030e657634730b9e887cb59a5e56162860';

/** The answering side runs in its own process, so it does not share the event loop being measured. */
const serverScript = `
  const body = JSON.stringify({ key: 'about_info', body: { hostname: 'sps', firmware_version: '7.4.0' }, meta: { href: '/api/info', parent: '/api' } });
  require('node:http').createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    response.end(body);
  }).listen(0, '127.0.0.1', function () { process.stdout.write(String(this.address().port) + '\\n'); });
`;

async function perRequestOverhead() {
  const server = spawn(process.execPath, ['-e', serverScript], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<string>((resolve) => server.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
    const url = `http://127.0.0.1:${port}`;
    const sps = createSpsClient({ baseUrl: url, sessionId });
    const spsWithTimeout = createSpsClient({ baseUrl: url, sessionId, timeoutMs: 30_000 });
    const headers = { Cookie: `session_id=${sessionId}`, 'User-Agent': 'bench' };
    const plain = await plainOpenapiFetch(url, headers);
    const variants = {
      raw: async () => (await fetch(`${url}/api/info`, { headers })).json() as Promise<unknown>,
      openapiFetch: async () => (await plain.GET('/api/info')).data,
      client: async () => (await sps.GET('/api/info')).data,
      rawWithTimeout: async () => (await fetch(`${url}/api/info`, { headers, signal: AbortSignal.timeout(30_000) })).json() as Promise<unknown>,
      clientWithTimeout: async () => (await spsWithTimeout.GET('/api/info')).data,
    };
    const times = Object.fromEntries(Object.keys(variants).map((name) => [name, [] as number[]])) as Record<keyof typeof variants, number[]>;
    const order = Object.keys(variants) as (keyof typeof variants)[];
    for (let i = 0; i < warmup + requests; i++) {
      // Interleaved, rotating which goes first, so drift and GC hit every variant alike.
      for (let j = 0; j < order.length; j++) {
        const name = order[(i + j) % order.length]!;
        const started = performance.now();
        await variants[name]();
        if (i >= warmup) times[name].push(performance.now() - started);
      }
    }
    return Object.fromEntries(order.map((name) => [name, median(times[name])])) as Record<keyof typeof variants, number>;
  } finally {
    server.kill();
  }
}

async function runtimeSize() {
  const bundle = async (contents: string) => {
    const result = await build({
      stdin: { contents, resolveDir: clientDir, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length / 1000;
  };
  return {
    client: await bundle(`export * from './src/index.ts';`),
    openapiFetch: await bundle(`export { default } from 'openapi-fetch';`),
  };
}

/** The packages packed and installed with npm as the consumer tests do, then tsc on a consumer file. */
async function consumerTypeCheck() {
  const dir = mkdtempSync(join(tmpdir(), 'sps-bench-consumer-'));
  try {
    const { project } = await prepareConsumer(dir);
    writeFileSync(join(project, 'consumer.ts'), nodeConsumer);
    const timeTsc = (skipLibCheck: boolean) => {
      const tsconfig = `tsconfig.${skipLibCheck ? 'skip' : 'full'}.json`;
      writeFileSync(join(project, tsconfig), JSON.stringify({ ...nodeTsconfig, compilerOptions: { ...nodeTsconfig.compilerOptions, skipLibCheck } }));
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        execFileSync(process.execPath, [tscBin, '-p', join(project, tsconfig)], { stdio: 'pipe' });
        times.push(performance.now() - started);
      }
      return median(times);
    };
    return { skipLibCheck: timeTsc(true), full: timeTsc(false) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run() {
  const overhead = await perRequestOverhead();
  report(`@sps-openapi/client per request vs raw fetch (local HTTP server, median of ${requests} each, interleaved)`, [
    { name: 'raw fetch + json()', value: overhead.raw, unit: 'ms' },
    { name: 'client GET (default options)', value: overhead.client, unit: 'ms' },
    { name: 'client / raw fetch', value: overhead.client / overhead.raw, unit: '×' },
    { name: 'plain openapi-fetch (its Request) / raw fetch', value: overhead.openapiFetch / overhead.raw, unit: '×' },
    // Our layer's cost. The client builds openapi-fetch's real Request (issue 9: no stand-in class), which
    // alone costs ~1.15× raw fetch; the target bounds what the SPS workflows add on top of it.
    { name: 'client / plain openapi-fetch', value: overhead.client / overhead.openapiFetch, unit: '×', target: 1.1 },
    { name: 'raw fetch + AbortSignal.timeout()', value: overhead.rawWithTimeout, unit: 'ms' },
    { name: 'client GET with timeoutMs', value: overhead.clientWithTimeout, unit: 'ms' },
    { name: 'both with a timeout: client / raw', value: overhead.clientWithTimeout / overhead.rawWithTimeout, unit: '×' },
  ]);

  const size = await runtimeSize();
  report('@sps-openapi/client runtime size (esbuild bundle with openapi-fetch, minified + gzip, no types)', [
    // 10 kB held the first round's helpers; session search, audit trails, local users, support bundles and
    // the generated error-type list added ~3 kB, all reachable from createSpsClient; checking the success
    // answers the helpers read (unwrap.ts: readAnswer, readDownload; typed errors, not TypeErrors) ~0.7 kB.
    { name: 'client entry, all helpers', value: size.client, unit: 'kB', target: 13.5 },
    { name: 'of which openapi-fetch alone', value: size.openapiFetch, unit: 'kB' },
  ]);

  const typeCheck = await consumerTypeCheck();
  report('Type-check of a consumer file against the packed declarations (tsc, median of 3)', [
    { name: 'skipLibCheck: true', value: typeCheck.skipLibCheck, unit: 'ms' },
    { name: 'skipLibCheck: false (with @types/node)', value: typeCheck.full, unit: 'ms' },
  ]);
}
