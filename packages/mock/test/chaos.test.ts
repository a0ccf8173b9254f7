/**
 * Chaos suite for the mock and the validating proxy: many connections at once, clients that send their
 * headers a byte at a time, large and deeply nested bodies, and an appliance that is down, slow, breaks
 * off or answers hugely. Every request must be answered within a bound and both must keep running.
 * All on 127.0.0.1; every loop is bounded in count and time. RSS is printed at the end.
 */
import { connect } from 'node:net';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, startProxy, type RunningMock, type RunningProxy } from '../src/index.js';
import { fakeUpstream } from './fake-upstream.js';
import { mb, rssOf } from './memory.js';
import { smallSpec } from './small-spec.js';

/** The longest any one request may take, even on a loaded machine. */
const answerBoundMs = 30_000;
const cookie = 'session_id=a1f71d030e657634730b9e887cb59a5e56162860';
const conforming = JSON.stringify({ key: 'transaction', meta: { href: '/api/transaction', parent: '/api' }, body: { status: 'closed' } });

const appliance = fakeUpstream((request, response) => {
  const tag = request.headers['x-test'];
  request.resume(); // read whatever body comes, to its end
  if (tag === 'slow') setTimeout(() => answerJson(response), 1000);
  else if (tag === 'silent') return;
  else if (tag === 'truncated') {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
    response.write('{"key":"transaction"', () => response.socket?.destroy());
  } else if (tag === 'huge') {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(1024 * chunk.length) });
    let sent = 0;
    const pump = () => {
      while (sent < 1024) {
        sent += 1;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end();
    };
    pump();
  } else if (tag === 'deep') {
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(deepJson);
  } else request.on('end', () => answerJson(response));
});
const deepJson = `{"primary":${'['.repeat(10_000)}${']'.repeat(10_000)},"secondary":null}`;
const answerJson = (response: ServerResponse) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(conforming);

let mock: RunningMock;
let proxy: RunningProxy;
let proxyToNowhere: RunningProxy;
const exits: string[] = [];

beforeAll(async () => {
  [mock, proxy, proxyToNowhere] = await Promise.all([
    startMock(),
    // Long enough for the background load's answers on a saturated 2-core machine (at 3 s one came back
    // 504), short enough for the silent appliance's 504 to come well within the bound.
    startProxy({ upstream: appliance.url, upstreamTimeoutMs: 10_000 }),
    startProxy({ upstream: 'http://127.0.0.1:1', spec: smallSpec }), // only ever fails to reach it
  ]);
  for (const [name, running] of [['mock', mock], ['proxy', proxy]] as const) void running.exited.then((code) => exits.push(`${name}'s Prism exited (${code})`));
}, 120_000);
afterAll(async () => {
  await Promise.all([mock, proxy, proxyToNowhere].map((running) => running?.stop()));
});

interface Outcome {
  status: number;
  ms: number;
}

/** One request, its body read; status 0 when it failed or took longer than `answerBoundMs`. */
async function timed(url: string, init: RequestInit = {}): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, headers: { Cookie: cookie, ...(init.headers as Record<string, string>) }, signal: AbortSignal.timeout(answerBoundMs) });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

/** `connections` clients sending requests one after the other for `durationMs` (at most 500 each). */
async function load(url: string, connections: number, durationMs: number): Promise<Outcome[]> {
  const until = Date.now() + durationMs;
  const client = async () => {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 500 && Date.now() < until; i++) outcomes.push(await timed(`${url}/api/transaction`));
    return outcomes;
  };
  return (await Promise.all(Array.from({ length: connections }, client))).flat();
}

/** A client that sends its request a byte every `gapMs`; resolves with the status line it got (or ''). */
function slowClient(url: string, gapMs: number): Promise<string> {
  const { port } = new URL(url);
  const request = `GET /api/transaction HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\nConnection: close\r\n\r\n`;
  return new Promise((resolve) => {
    let answer = '';
    let sent = 0;
    const socket = connect(Number(port), '127.0.0.1');
    const drip = setInterval(() => (sent < request.length ? socket.write(request[sent++]!) : clearInterval(drip)), gapMs);
    const done = () => {
      clearInterval(drip);
      clearTimeout(bound);
      socket.destroy();
      resolve(answer.split('\r\n')[0] ?? '');
    };
    const bound = setTimeout(done, request.length * gapMs + answerBoundMs);
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.once('close', done);
    socket.once('error', done);
  });
}

const statuses = (outcomes: Outcome[]) => [...new Set(outcomes.map(({ status }) => status))].sort();
const slowest = (outcomes: Outcome[]) => Math.round(Math.max(...outcomes.map(({ ms }) => ms)));

describe.each([
  ['the mock', () => mock.url, { '1 MB': 400, '20 MB': 413, deep: 400 }],
  ['the proxy', () => proxy.url, { '1 MB': 200, '20 MB': 200, deep: 200 }],
])('%s', (_, url, expected) => {
  it('answers 200 concurrent connections for 3 s, every request within the bound', async () => {
    const outcomes = await load(url(), 200, 3000);
    console.log(`${_}: ${outcomes.length} requests from 200 connections in 3 s, slowest ${slowest(outcomes)} ms`);
    expect(outcomes.length).toBeGreaterThanOrEqual(200);
    expect(statuses(outcomes)).toEqual([200]);
  }, 120_000);

  it('serves others while 50 clients send their headers a byte at a time, then answers those too', async () => {
    const slow = Array.from({ length: 50 }, () => slowClient(url(), 10));
    const meanwhile = await timed(`${url()}/api/transaction`);
    expect(meanwhile.status).toBe(200);
    expect(new Set(await Promise.all(slow))).toEqual(new Set(['HTTP/1.1 200 OK']));
  }, 120_000);

  it.each([
    ['1 MB', 2 ** 20],
    ['20 MB', 20 * 2 ** 20],
  ] as const)('answers a %s JSON body', async (size, bytes) => {
    const body = JSON.stringify({ primary: 'x'.repeat(bytes), secondary: null });
    const outcome = await timed(`${url()}/api/configuration/network/dns`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body });
    expect(outcome.status).toBe(expected[size]);
  }, 120_000);

  it.each([['/api/configuration/network/dns', 'PUT'], ['/api/no-such-path', 'POST']])('answers JSON nested 10,000 deep (%s)', async (path, method) => {
    const outcome = await timed(`${url()}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: deepJson });
    expect(outcome.status).toBe(expected.deep);
  }, 60_000);
});

describe('the proxy, when the appliance misbehaves under load', () => {
  it('answers every request within the bound: down 502, slow 200, silent 504, broken off 502, huge 200, deep 200', async () => {
    const tagged = (tag: string) => timed(`${proxy.url}/api/transaction`, { headers: { 'X-Test': tag } });
    const [background, down, ...outcomes] = await Promise.all([
      load(proxy.url, 50, 3000),
      timed(`${proxyToNowhere.url}/api/transaction`),
      ...['slow', 'silent', 'truncated', 'huge', 'deep'].map(tagged),
    ]);
    expect(statuses(background)).toEqual([200]);
    expect([down, ...outcomes].map(({ status }) => status)).toEqual([502, 200, 504, 502, 200, 200]);
    expect(proxyToNowhere.violations.map(({ violations }) => violations[0]!.location)).toEqual(['upstream']);
  }, 120_000);
});

describe('requests that ended Prism', () => {
  // Each went to Prism as it came and threw outside any try there: every later request got a 502.
  it.each([
    ['a malformed percent-encoding in a path parameter', '/api/configuration/ssh/connections/%', {}, 400],
    ['a Content-Type that is no media type, on a request without a body', '/api/transaction', { 'Content-Type': 'foo' }, 400],
    ['an Accept header with no media range Prism can read', '/api/transaction', { Accept: ';;;,foo' }, 200],
  ])('%s: answered, and both keep serving', async (_, path, headers, status) => {
    for (const running of [mock, proxy]) {
      expect((await timed(`${running.url}${path}`, { headers })).status, running.url).toBe(status);
      expect((await timed(`${running.url}/api/transaction`)).status, running.url).toBe(200);
    }
    expect(exits).toEqual([]);
  });

  it('answers a body with a Content-Type Prism cannot read with a 400 that says so, not a 500', async () => {
    for (const running of [mock, proxy]) {
      const answer = await fetch(`${running.url}/api/configuration/network/dns`, { method: 'PUT', body: '{}', headers: { Cookie: cookie, 'Content-Type': 'multipart/form-data; boundary=XX;' } });
      expect(answer.status).toBe(400);
      expect(await answer.text()).toContain('the Content-Type header is not a media type');
    }
  });
});

describe('afterwards', () => {
  it('both still run and answer; RSS printed', async () => {
    expect(exits).toEqual([]);
    for (const running of [mock, proxy]) expect((await timed(`${running.url}/api/transaction`)).status).toBe(200);
    console.log(`RSS after the chaos: this process (front servers, fake appliance, clients) ${mb(rssOf(process.pid))} MB, mock's Prism ${mb(rssOf(mock.pid))} MB, proxy's Prism ${mb(rssOf(proxy.pid))} MB`);
  });
});
