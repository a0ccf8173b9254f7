/**
 * The validating proxy (`startProxy`, `sps-mock proxy`) in front of a tiny local upstream that answers
 * one operation within the contract and another one outside it.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { startProxy, type RunningProxy } from '@sps-openapi/mock';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { runSpsMock, type CliRun } from '../support/sps-mock-cli.js';
import { sessionId } from './support/cases.js';

const conforming = { key: 'transaction', meta: { href: '/api/transaction', parent: '/api' }, transaction: { status: 'closed' } };
/** `GET /api/info` without its required `body`, and a number as `key`. */
const violating = { key: 42, meta: { href: '/api/info' } };
const cookie = { Cookie: `session_id=${sessionId}` };
const fixture = (name: string) => new URL(`./fixtures/tls/${name}`, import.meta.url);
const tls = { cert: readFileSync(fixture('upstream-cert.pem')), key: readFileSync(fixture('upstream-key.pem')) };

interface Upstream {
  url: string;
  /** The requests it received, as `<X-Test header> <path>` (the tests run concurrently). */
  received: string[];
  server: Server;
}

function answer(received: string[]) {
  return (request: IncomingMessage, response: ServerResponse) => {
    received.push(`${String(request.headers['x-test'])} ${request.url ?? ''}`);
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify(request.url === '/api/info' ? violating : conforming));
  };
}

async function listen(server: Server, scheme: 'http' | 'https', received: string[]): Promise<Upstream> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
}

let upstream: Upstream;
let httpsUpstream: Upstream;
/** Proxies shared by the startProxy() tests, started side by side: plain, with errors, and two over TLS. */
let plain: RunningProxy;
let strict: RunningProxy;
let tlsDefault: RunningProxy;
let tlsWithCa: RunningProxy;

beforeAll(async () => {
  const received: string[] = [];
  upstream = await listen(createHttpServer(answer(received)), 'http', received);
  const receivedOverTls: string[] = [];
  httpsUpstream = await listen(createHttpsServer(tls, answer(receivedOverTls)), 'https', receivedOverTls);
  [plain, strict, tlsDefault, tlsWithCa] = await Promise.all([
    startProxy({ upstream: upstream.url }),
    startProxy({ upstream: upstream.url, errors: true }),
    startProxy({ upstream: httpsUpstream.url }),
    startProxy({ upstream: httpsUpstream.url, ca: fixture('upstream-cert.pem').pathname }),
  ]);
});
afterAll(async () => {
  await Promise.all([plain, strict, tlsDefault, tlsWithCa].map((proxy) => proxy?.stop()));
  for (const { server } of [upstream, httpsUpstream]) server?.closeAllConnections();
  await Promise.all([upstream, httpsUpstream].map(({ server }) => new Promise((resolve) => server.close(resolve))));
});

/** Headers of a test's requests: the session cookie (unless `false`) and a tag the upstream records. */
const tagged = (tag: string, withCookie = true) => ({ ...(withCookie ? cookie : {}), 'X-Test': tag });
const receivedBy = ({ received }: Upstream, tag: string) => received.filter((entry) => entry.startsWith(`${tag} `));

/** Runs `exchange` against a shared proxy; returns what the proxy reported meanwhile. */
async function reportedDuring(proxy: RunningProxy, exchange: (url: string) => Promise<void>) {
  const before = proxy.violations.length;
  await exchange(proxy.url);
  return proxy.violations.slice(before);
}

describe('startProxy()', () => {
  it('passes a conforming exchange through unchanged and reports nothing', async () => {
    const reported = await reportedDuring(plain, async (url) => {
      const response = await fetch(`${url}/api/transaction`, { headers: cookie });
      expect(response.status).toBe(200);
      expect(response.headers.get('sl-violations')).toBeNull();
      expect(await response.json()).toEqual(conforming);
    });
    expect(reported).toEqual([]);
  });

  it('passes a violating response through and reports it', async () => {
    const reported = await reportedDuring(plain, async (url) => {
      const response = await fetch(`${url}/api/info`, { headers: cookie });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(violating);
    });
    expect(reported).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/api/info',
        status: 200,
        violations: expect.arrayContaining([
          { location: 'response.body', message: "Response body must have required property 'body'" },
          { location: 'response.body.key', message: 'Response body property key must be string' },
        ]),
      }),
    ]);
  });

  it('reports a request that violates the contract (no session cookie), and still forwards it', async () => {
    const reported = await reportedDuring(plain, async (url) => {
      const response = await fetch(`${url}/api/transaction`, { headers: tagged('no-cookie', false) });
      expect(response.status).toBe(200);
    });
    expect(receivedBy(upstream, 'no-cookie')).toEqual(['no-cookie /api/transaction']);
    expect(reported).toEqual([{ method: 'GET', path: '/api/transaction', status: 200, violations: [{ location: 'request', message: 'Invalid security scheme used' }] }]);
  });

  it('with errors: fails the violating response with Prism\'s 500 and still passes the conforming one', async () => {
    const reported = await reportedDuring(strict, async (url) => {
      const good = await fetch(`${url}/api/transaction`, { headers: cookie });
      expect(good.status).toBe(200);
      expect(await good.json()).toEqual(conforming);
      const bad = await fetch(`${url}/api/info`, { headers: cookie });
      expect(bad.status).toBe(500);
      expect(await bad.json()).toMatchObject({ type: 'https://stoplight.io/prism/errors#VIOLATIONS' });
    });
    expect(reported.map(({ path, status }) => `${path} ${status}`)).toEqual(['/api/info 500']);
  });

  it('with errors: rejects a violating request (422) without forwarding it', async () => {
    const reported = await reportedDuring(strict, async (url) => {
      const response = await fetch(`${url}/api/transaction`, {
        method: 'PUT',
        headers: { ...tagged('bad-commit'), 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'rollback' }),
      });
      expect(response.status).toBe(422);
    });
    expect(receivedBy(upstream, 'bad-commit')).toEqual([]);
    expect(reported).toEqual([
      { method: 'PUT', path: '/api/transaction', status: 422, violations: [{ location: 'request.body.status', message: 'Request body property status must be equal to constant' }] },
    ]);
  });

  it('verifies the upstream\'s TLS certificate: a self-signed one is refused and reported', async () => {
    const reported = await reportedDuring(tlsDefault, async (url) => {
      const response = await fetch(`${url}/api/transaction`, { headers: tagged('self-signed') });
      expect(response.status).toBe(500);
    });
    expect(receivedBy(httpsUpstream, 'self-signed')).toEqual([]);
    expect(reported).toEqual([expect.objectContaining({ status: 500, violations: [expect.objectContaining({ location: 'upstream' })] })]);
    expect(reported[0]!.violations[0]!.message).toMatch(/self[- ]signed certificate/);
  });

  it('trusts an upstream whose CA is given with ca', async () => {
    const reported = await reportedDuring(tlsWithCa, async (url) => {
      const response = await fetch(`${url}/api/transaction`, { headers: tagged('trusted') });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(conforming);
    });
    expect(receivedBy(httpsUpstream, 'trusted')).toEqual(['trusted /api/transaction']);
    expect(reported).toEqual([]);
  });

  it.each([
    ['ftp://sps.example.net', /http:\/\/ or https:\/\//],
    ['not a url', /http:\/\/ or https:\/\//],
    ['https://admin:secret@sps.example.net', /must not contain credentials/],
  ])('refuses the upstream %s', async (bad, message) => {
    const error = await startProxy({ upstream: bad }).then(
      () => undefined,
      (reason: Error) => reason,
    );
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('secret');
  });
});

// Side by side: each test starts its own sps-mock, which is killed when the test ends.
describe.concurrent('sps-mock proxy', () => {
  const cli = (context: TestContext, args: string[], env?: NodeJS.ProcessEnv): CliRun => {
    const run = runSpsMock(['proxy', ...args, '--port', '0'], env);
    context.onTestFinished(() => run.kill('SIGKILL'));
    return run;
  };

  it('exits 0 when every exchange conformed', async (context) => {
    const { expect } = context;
    const run = cli(context, [upstream.url]);
    const response = await fetch(`${await run.url}/api/transaction`, { headers: cookie });
    expect(response.status).toBe(200);
    run.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.stdout()).toContain('no contract violations');
  });

  it('reports each violating exchange as it happens and exits 1 (for CI)', async (context) => {
    const { expect } = context;
    const run = cli(context, [upstream.url]);
    const url = await run.url;
    expect((await fetch(`${url}/api/transaction`, { headers: cookie })).status).toBe(200);
    expect((await fetch(`${url}/api/info`, { headers: cookie })).status).toBe(200);
    await expect.poll(() => run.stderr()).toContain('✖ GET /api/info → 200');
    run.kill('SIGTERM');
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toContain("response.body: Response body must have required property 'body'");
    expect(run.stderr()).not.toContain('/api/transaction');
    expect(run.stdout()).toContain('1 exchange violated the contract');
  });

  it('with --errors fails the violating response and exits 1', async (context) => {
    const { expect } = context;
    const run = cli(context, [upstream.url, '--errors']);
    expect((await fetch(`${await run.url}/api/info`, { headers: cookie })).status).toBe(500);
    run.kill('SIGTERM');
    expect(await run.exit).toBe(1);
  });

  it('keeps verifying TLS even when NODE_TLS_REJECT_UNAUTHORIZED=0 is inherited', async (context) => {
    const { expect } = context;
    const run = cli(context, [httpsUpstream.url], { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' });
    expect((await fetch(`${await run.url}/api/transaction`, { headers: tagged('inherited-insecure') })).status).toBe(500);
    expect(receivedBy(httpsUpstream, 'inherited-insecure')).toEqual([]);
    run.kill('SIGTERM');
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toMatch(/upstream: .*self[- ]signed certificate/);
  });
});
