/**
 * The mock SPS: how long it takes to answer after a start (programmatic and `sps-mock`), and its latency
 * over 1,000 sequential requests — a plain GET, and a PUT whose body Prism validates. Side by side, in
 * the same run: Prism alone (started as the mock starts it, preloads included, and asked directly) — the
 * targets are on what the mock adds to it (its front server, the port, the command) — and a bare
 * node:http server giving the same answer, which shows what Prism itself costs. The mock's requests and
 * Prism's take turns: measured one series after the other, the ratio came out some 0.1 higher, the
 * second series profiting from what the first had warmed up.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMock } from '@sps-openapi/mock';
import { bundledSpec, startPrism } from '../../packages/mock/src/prism.js';
import { median, percentile, report } from './report.js';
import { latencies, latenciesSideBySide, timeCliStart, viaFetch } from './support/mock-timing.js';

const starts = 5;
const requests = 1000;
const cookie = 'session_id=a1f71d030e657634730b9e887cb59a5e56162860';

async function timeStartMock(): Promise<number> {
  const started = performance.now();
  const mock = await startMock();
  const elapsed = performance.now() - started;
  await mock.stop();
  return elapsed;
}

async function timeStartPrism(): Promise<number> {
  const started = performance.now();
  const prism = await startPrism({ args: ['mock', bundledSpec] });
  const elapsed = performance.now() - started;
  await prism.stop();
  return elapsed;
}

export async function run() {
  const programmatic: number[] = [];
  const cli: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < starts; i++) {
    plain.push(await timeStartPrism());
    programmatic.push(await timeStartMock());
    cli.push(await timeCliStart(['--port', '0']));
  }

  const mock = await startMock();
  const prism = await startPrism({ args: ['mock', bundledSpec] });
  const answer = await (await fetch(`${mock.url}/api/transaction`, { headers: { Cookie: cookie } })).text();
  const bare = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(answer));
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  try {
    const baseline = await latencies(viaFetch(() => fetch(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/api/transaction`)), requests);
    const getFrom = (url: string) => viaFetch(() => fetch(`${url}/api/transaction`, { headers: { Cookie: cookie } }));
    const [get, plainGet] = await latenciesSideBySide([getFrom(mock.url), getFrom(prism.url)], requests);
    const putTo = (url: string) =>
      viaFetch(() =>
        fetch(`${url}/api/configuration/network/dns`, {
          method: 'PUT',
          headers: { Cookie: cookie, 'Content-Type': 'application/json' },
          body: JSON.stringify({ primary: '192.0.2.1', secondary: null }),
        }),
      );
    const [put, plainPut] = await latenciesSideBySide([putTo(mock.url), putTo(prism.url)], requests);
    report(`Mock SPS (Prism): start, median of ${starts}; latency over ${requests} sequential requests`, [
      { name: 'startMock() until it answers', value: median(programmatic), unit: 'ms' },
      { name: 'sps-mock until it prints its URL', value: median(cli), unit: 'ms' },
      { name: 'Prism alone until it answers', value: median(plain), unit: 'ms' },
      { name: 'startMock() / Prism alone', value: median(programmatic) / median(plain), unit: '×', target: 1.2 },
      { name: 'sps-mock / Prism alone', value: median(cli) / median(plain), unit: '×', target: 1.5 },
      { name: 'GET /api/transaction p50', value: percentile(get, 50), unit: 'ms' },
      { name: 'GET /api/transaction p99', value: percentile(get, 99), unit: 'ms' },
      { name: 'PUT …/network/dns (validated) p50', value: percentile(put, 50), unit: 'ms' },
      { name: 'PUT …/network/dns (validated) p99', value: percentile(put, 99), unit: 'ms' },
      { name: 'GET p50 / Prism alone p50', value: percentile(get, 50) / percentile(plainGet, 50), unit: '×', target: 1.3 },
      { name: 'GET p99 / Prism alone p99', value: percentile(get, 99) / percentile(plainGet, 99), unit: '×', target: 1.5 },
      { name: 'PUT p50 / Prism alone p50', value: percentile(put, 50) / percentile(plainPut, 50), unit: '×', target: 1.3 },
      { name: 'PUT p99 / Prism alone p99', value: percentile(put, 99) / percentile(plainPut, 99), unit: '×', target: 1.5 },
      { name: 'bare node:http server p50', value: percentile(baseline, 50), unit: 'ms' },
      { name: 'GET p50 / bare node:http p50', value: percentile(get, 50) / percentile(baseline, 50), unit: '×' },
    ]);
  } finally {
    bare.close();
    await Promise.all([mock.stop(), prism.stop()]);
  }
}
