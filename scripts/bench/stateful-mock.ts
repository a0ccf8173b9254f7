/**
 * The stateful mock (`sps-mock --stateful`): how long it takes to answer after a start (in-process and
 * `sps-mock --stateful`), its latency over 1,000 sequential requests — a GET and a PUT inside a
 * transaction — and its requests per second under 10 concurrent clients, each side by side with a bare
 * node:http server giving the same answer. The latencies are the mock's: measured with a node:http
 * client (its targets), and for comparison with `fetch`, which adds its own cost and garbage collections.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMock } from '@sps-openapi/mock';
import { median, percentile, report } from './report.js';
import { latencies, nodeHttpClient, timeCliStart, viaFetch } from './support/mock-timing.js';

const starts = 5;
const requests = 1000;
const users = { admin: 'bench-password' };
const dns = '/api/configuration/network/dns';

async function timeStart(): Promise<number> {
  const started = performance.now();
  const mock = await startMock({ stateful: true, users });
  await (await fetch(`${mock.url}/api/info`)).arrayBuffer();
  const elapsed = performance.now() - started;
  await mock.stop();
  return elapsed;
}

/** Requests per second of 10 clients sending one request after the other for 2 s. */
async function throughput(send: () => Promise<Response>): Promise<number> {
  const until = performance.now() + 2000;
  let count = 0;
  const client = async () => {
    for (let i = 0; i < 100_000 && performance.now() < until; i++) {
      await (await send()).arrayBuffer();
      count++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: 10 }, client));
  return count / ((performance.now() - started) / 1000);
}

export async function run() {
  const inProcess: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < starts; i++) {
    inProcess.push(await timeStart());
    cli.push(await timeCliStart(['--stateful', '--port', '0', '--users', 'admin:bench-password']));
  }

  const mock = await startMock({ stateful: true, users });
  const login = await fetch(`${mock.url}/api/authentication`, { headers: { Authorization: `Basic ${Buffer.from('admin:bench-password').toString('base64')}` } });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const answer = await (await fetch(`${mock.url}${dns}`, { headers: { Cookie: cookie } })).text();
  const bare = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(answer));
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareOrigin = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
  const client = nodeHttpClient(mock.url);
  const bareClient = nodeHttpClient(bareOrigin);
  try {
    const baseline = await latencies(bareClient.send('GET', dns), requests);
    const get = await latencies(client.send('GET', dns, { Cookie: cookie }), requests);
    await fetch(`${mock.url}/api/transaction`, { method: 'POST', headers: { Cookie: cookie }, body: '' });
    let n = 0;
    const dnsBody = () => JSON.stringify({ primary: `192.0.2.${(n++ % 250) + 1}`, secondary: null });
    const put = await latencies(client.send('PUT', dns, { Cookie: cookie, 'Content-Type': 'application/json' }, dnsBody), requests);
    const fetchedPut = await latencies(
      viaFetch(() => fetch(`${mock.url}${dns}`, { method: 'PUT', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: dnsBody() })),
      requests,
    );
    await fetch(`${mock.url}/api/transaction`, { method: 'DELETE', headers: { Cookie: cookie } });
    const bareRps = await throughput(() => fetch(`${bareOrigin}${dns}`));
    const mockRps = await throughput(() => fetch(`${mock.url}${dns}`, { headers: { Cookie: cookie } }));
    report(`Stateful mock: start, median of ${starts}; latency over ${requests} sequential requests; 10 clients for 2 s`, [
      { name: 'startMock({ stateful }) answering', value: median(inProcess), unit: 'ms', target: 1000 },
      { name: 'sps-mock --stateful prints URL', value: median(cli), unit: 'ms' },
      { name: 'GET …/network/dns p50', value: percentile(get, 50), unit: 'ms', target: 1 },
      { name: 'GET …/network/dns p99', value: percentile(get, 99), unit: 'ms', target: 5 },
      { name: 'PUT …/network/dns in a tx p50', value: percentile(put, 50), unit: 'ms', target: 1 },
      { name: 'PUT …/network/dns in a tx p99', value: percentile(put, 99), unit: 'ms', target: 5 },
      { name: 'the same PUT with fetch p50', value: percentile(fetchedPut, 50), unit: 'ms' },
      { name: 'the same PUT with fetch p99', value: percentile(fetchedPut, 99), unit: 'ms' },
      { name: 'bare node:http server p50', value: percentile(baseline, 50), unit: 'ms' },
      { name: 'bare node:http server p99', value: percentile(baseline, 99), unit: 'ms' },
      { name: 'GET p50 / bare node:http p50', value: percentile(get, 50) / percentile(baseline, 50), unit: '×' },
      { name: 'requests, stateful mock', value: mockRps, unit: '/s' },
      { name: 'requests, bare node:http', value: bareRps, unit: '/s' },
      { name: 'requests/s: stateful / bare node:http', value: mockRps / bareRps, unit: '×' },
    ]);
  } finally {
    client.close();
    bareClient.close();
    bare.close();
    await mock.stop();
  }
}
