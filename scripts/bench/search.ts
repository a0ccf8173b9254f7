/**
 * Session search in snapshot mode: 100,000 sessions (`fields=*`, 500 a page) through
 * `searchSessions({…}, { snapshot: true })` and through a hand-written `fetch` loop over the same
 * pages, side by side in one run: sessions per second, and how much the heap grows while iterating.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSpsClient } from '@sps-openapi/client';
import { median, report } from './report.js';

const sessions = 100_000;
const rounds = 5;
const sessionId = 'a1f71d030e657634730b9e887cb59a5e56162860';
const database = fileURLToPath(new URL('../../packages/client/test/support/recorded-sessions.ts', import.meta.url));

/**
 * The session database of the client tests, served from a process of its own (so it does not share the
 * event loop being measured). Pages are cached by their parameters without the snapshot ID, so every
 * run after the first gets the same bytes without generating them again.
 */
const serverScript = `
  const { sessionDatabase } = await import(${JSON.stringify(database)});
  const db = sessionDatabase({ count: ${sessions}, snapshotQuota: 1_000_000, linksCarryFilters: true });
  const cache = new Map();
  (await import('node:http')).createServer((request, response) => {
    const url = new URL(request.url, 'http://sps');
    const key = url.pathname + '?' + [...url.searchParams].filter(([name]) => name !== 'snapshot').join('&');
    let body = url.pathname.endsWith('/_snapshot') ? undefined : cache.get(key);
    let status = 200;
    if (body === undefined) {
      const answer = db.answer(request.method, url.pathname, url.searchParams);
      status = answer.status;
      body = JSON.stringify(answer.json);
      if (status === 200 && !url.pathname.endsWith('/_snapshot')) cache.set(key, body);
    }
    response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    response.end(body);
  }).listen(0, '127.0.0.1', function () { process.stdout.write(String(this.address().port) + '\\n'); });
`;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Run {
  ms: number;
  count: number;
  /** Highest heap use while iterating, above the heap after a full GC before the run. */
  peakHeapGrowthMb: number;
}

/** Times one iteration; `each` is called with every session, and samples the heap every 1,000. */
async function measure(iterate: (each: () => void) => Promise<void>): Promise<Run> {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  let count = 0;
  const started = performance.now();
  await iterate(() => {
    if (++count % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  });
  const ms = performance.now() - started;
  return { ms, count, peakHeapGrowthMb: (peak - base) / 1024 / 1024 };
}

export async function run() {
  const server = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', serverScript], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<string>((resolve, reject) => {
      server.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      server.once('exit', (code) => reject(new Error(`the session server exited (${code})`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const headers = { Cookie: `session_id=${sessionId}`, 'User-Agent': 'bench' };
    const sps = createSpsClient({ baseUrl: url, sessionId });

    const variants = {
      handWritten: (each: () => void) =>
        (async () => {
          const opened = (await (await fetch(`${url}/api/audit/sessions/_snapshot`, { headers })).json()) as { body: { snapshot: string } };
          let next: string | null = `/api/audit/sessions?fields=*&snapshot=${encodeURIComponent(opened.body.snapshot)}`;
          while (next) {
            const page = (await (await fetch(`${url}${next}`, { headers })).json()) as { items: unknown[]; meta: { next: string | null } };
            for (const _ of page.items) each();
            next = page.meta.next;
          }
        })(),
      client: async (each: () => void) => {
        for await (const _ of sps.searchSessions({ fields: '*' }, { snapshot: true })) each();
      },
    };
    const runs: Record<keyof typeof variants, Run[]> = { handWritten: [], client: [] };
    const order = Object.keys(variants) as (keyof typeof variants)[];
    for (let round = 0; round <= rounds; round++) {
      // Round 0 warms up (and fills the server's page cache); the order alternates.
      for (const name of round % 2 ? order : [...order].reverse()) {
        const result = await measure(variants[name]);
        if (result.count !== sessions) throw new Error(`${name} iterated ${result.count} sessions, not ${sessions}`);
        if (round > 0) runs[name].push(result);
      }
    }
    const ms = (name: keyof typeof variants) => median(runs[name].map((one) => one.ms));
    const heap = (name: keyof typeof variants) => Math.max(...runs[name].map((one) => one.peakHeapGrowthMb));
    report(`Session search, snapshot mode: ${sessions.toLocaleString('en')} sessions, fields=*, 500 a page (median of ${rounds}, alternating)`, [
      { name: 'hand-written fetch loop', value: ms('handWritten'), unit: 'ms' },
      { name: 'searchSessions', value: ms('client'), unit: 'ms' },
      { name: 'searchSessions: sessions per second', value: sessions / (ms('client') / 1000), unit: '/s' },
      { name: 'searchSessions / hand-written loop', value: ms('client') / ms('handWritten'), unit: '×', target: 1.2 },
      { name: 'hand-written loop: peak heap growth', value: heap('handWritten'), unit: 'MB' },
      { name: 'searchSessions: peak heap growth', value: heap('client'), unit: 'MB', target: 50 },
    ]);
    await sps.close();
  } finally {
    server.kill();
  }
}
