/**
 * The path of one request through the proxy (front server → Prism → relay → appliance), with a stand-in
 * for Prism that does what Prism's proxy does: it forwards to its upstream (the relay) with an HTTP client
 * that follows redirects, and flags or rejects exchanges. The real Prism is in start-proxy.test.ts.
 */
import { createServer, type Server } from 'node:http';
import { createServer as createRawServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectToPrism, startFrontServer, type FrontServer, type PrismConnection } from '../src/front-server.js';
import { exchangeHeader, Exchanges, type ProxyContext, type UnvalidatedExchange, type ViolatingExchange } from '../src/proxy-exchange.js';
import { upstreamOf } from '../src/upstream.js';
import { fakeUpstream, receivedBy } from './fake-upstream.js';

const elsewhere = fakeUpstream((_, response) => response.end('elsewhere'));
const appliance = fakeUpstream((request, response) => {
  const tag = request.headers['x-test'];
  if (tag === 'redirect') response.writeHead(302, { Location: `${elsewhere.url}/landing` }).end();
  else if (tag === 'gone') request.socket.destroy();
  else response.writeHead(200, { 'Content-Type': 'application/json', 'X-Appliance': 'yes' }).end('{ "key" : "as sent" }');
});

const recorded: ViolatingExchange[] = [];
const noted: UnvalidatedExchange[] = [];
const exchanges = new Exchanges();
let context: ProxyContext;
let relay: Server;
let prism: Server;
let front: FrontServer;
let connection: PrismConnection;
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

/** Prism's part: `reject` answers a problem itself, `flag` reports a violation; redirects are followed. */
function fakePrism(relayUrl: string) {
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const mode = request.headers['x-fake-prism'];
      if (mode === 'crash') {
        request.socket.destroy();
        return;
      }
      if (mode === 'hang') return;
      if (mode === 'crash-midway') {
        response.writeHead(422, { 'content-type': 'application/problem+json', 'content-length': '100' }).write('{"type":', () => response.socket?.destroy());
        return;
      }
      if (mode === 'crash-after-relay') {
        await fetch(`${relayUrl}${request.url}`, { method: request.method ?? 'GET', headers: { [exchangeHeader]: String(request.headers[exchangeHeader]) }, body: Buffer.concat(chunks) }).then((answer) => answer.arrayBuffer());
        request.socket.destroy();
        return;
      }
      if (mode === 'reject') {
        const problem = { type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY', validation: [{ location: ['body'], message: 'rejected' }] };
        response.writeHead(422, { 'content-type': 'application/problem+json' }).end(JSON.stringify(problem));
        return;
      }
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const forwarded = await fetch(`${relayUrl}${request.url}`, { method: request.method ?? 'GET', headers, ...(body ? { body } : {}), redirect: 'follow' });
      const flags = mode === 'flag' ? { 'sl-violations': JSON.stringify([{ location: ['response', 'body', 'key'], message: 'flagged' }]) } : {};
      response.writeHead(forwarded.status, { 'content-type': forwarded.headers.get('content-type') ?? 'text/plain', ...flags }).end(Buffer.from(await forwarded.arrayBuffer()));
    });
  });
}

beforeAll(async () => {
  context = { upstream: upstreamOf({ url: appliance.url, timeoutMs: 5000 }), limit: 2 ** 20, upstreamTimeoutMs: 5000, record: (e) => recorded.push(e), note: (e) => noted.push(e) };
  relay = createServer((request, response) => void exchanges.relay(context, request, response));
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  prism = fakePrism(urlOf(relay));
  await new Promise<void>((resolve) => prism.listen(0, '127.0.0.1', resolve));
  connection = connectToPrism(urlOf(prism), 5000);
  front = await startFrontServer({ host: '127.0.0.1', port: 0, handle: (request, response) => exchanges.front(context, connection, request, response) });
});
afterAll(async () => {
  await front?.close();
  connection?.close();
  for (const server of [prism, relay]) {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  }
});

/** What a request recorded and noted. */
async function during(exchange: () => Promise<void>) {
  const [violations, notes] = [recorded.length, noted.length];
  await exchange();
  return { recorded: recorded.slice(violations), noted: noted.slice(notes) };
}

describe('Exchanges', () => {
  it('answers with the appliance\'s own answer, byte for byte, and records what Prism flags', async () => {
    const seen = await during(async () => {
      const response = await fetch(`${front.url}/api/info?x=1`, { headers: { 'X-Test': 'plain', 'X-Fake-Prism': 'flag' } });
      expect(response.headers.get('x-appliance')).toBe('yes');
      expect(await response.text()).toBe('{ "key" : "as sent" }');
    });
    expect(seen.recorded).toEqual([{ method: 'GET', path: '/api/info', status: 200, violations: [{ location: 'response.body.key', message: 'flagged' }] }]);
    expect(receivedBy(appliance, 'plain')).toEqual(['plain GET /api/info?x=1']);
  });

  it('hands Prism a redirect without Location, so that even a following HTTP client stops there; the client gets it whole', async () => {
    const response = await fetch(`${front.url}/api/authentication`, { headers: { 'X-Test': 'redirect' }, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${elsewhere.url}/landing`);
    expect(elsewhere.received).toEqual([]);
  });

  it('passes Prism\'s own rejection on, without asking the appliance, and records it', async () => {
    const seen = await during(async () => {
      const response = await fetch(`${front.url}/api/transaction`, { method: 'PUT', headers: { 'X-Test': 'rejected', 'X-Fake-Prism': 'reject' }, body: '{}' });
      expect(response.status).toBe(422);
    });
    expect(receivedBy(appliance, 'rejected')).toEqual([]);
    expect(seen.recorded).toEqual([{ method: 'PUT', path: '/api/transaction', status: 422, violations: [{ location: 'request.body', message: 'rejected' }] }]);
  });

  it('never lets the exchange id reach the appliance, whatever the client sends', async () => {
    await fetch(`${front.url}/api/info`, { headers: { 'X-Test': 'spoofed', [exchangeHeader]: 'chosen-by-the-client' } });
    const index = appliance.received.indexOf('spoofed GET /api/info');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(appliance.headers[index]![exchangeHeader]).toBeUndefined();
  });

  it('the relay answers 404 to a request without a live exchange id, and never asks the appliance', async () => {
    const before = appliance.received.length;
    for (const id of [undefined, 'chosen-by-the-client']) {
      const response = await fetch(`${urlOf(relay)}/api/info`, { headers: id ? { [exchangeHeader]: id } : {} });
      expect(response.status).toBe(404);
    }
    expect(appliance.received.length).toBe(before);
  });

  it('answers 502 when the appliance drops the connection, and records an upstream failure', async () => {
    const seen = await during(async () => {
      const response = await fetch(`${front.url}/api/info`, { headers: { 'X-Test': 'gone' } });
      expect(response.status).toBe(502);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    });
    expect(seen.recorded).toEqual([{ method: 'GET', path: '/api/info', status: 502, violations: [{ location: 'upstream', message: expect.stringMatching(/^the appliance could not be reached or broke off its answer: /) }] }]);
  });

  it('answers 502 to a HEAD (streamed through) when the appliance sends a status no server may send, and records it', async () => {
    const weird = createRawServer((socket) => {
      socket.on('error', () => {});
      socket.once('data', () => socket.end('HTTP/1.1 099 Weird\r\nContent-Length: 2\r\n\r\n{}'));
    });
    await new Promise<void>((resolve) => weird.listen(0, '127.0.0.1', resolve));
    const weirdContext = { ...context, upstream: upstreamOf({ url: `http://127.0.0.1:${(weird.address() as AddressInfo).port}`, timeoutMs: 5000 }) };
    const weirdFront = await startFrontServer({ host: '127.0.0.1', port: 0, handle: (request, response) => exchanges.front(weirdContext, connection, request, response) });
    try {
      const seen = await during(async () => {
        const response = await fetch(`${weirdFront.url}/api/info`, { method: 'HEAD' });
        expect(response.status).toBe(502);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
      });
      const failure = { location: 'upstream', message: expect.stringMatching(/^the appliance could not be reached or broke off its answer: /) };
      expect(seen).toEqual({ recorded: [{ method: 'HEAD', path: '/api/info', status: 502, violations: [failure] }], noted: [] });
    } finally {
      await weirdFront.close();
      await new Promise((resolve) => weird.close(resolve));
    }
  });

  describe('when its own Prism does not answer', () => {
    const sessionId = 'a1f71d030e657634730b9e887cb59a5e56162860';
    const secrets = { Cookie: `session_id=${sessionId}`, Authorization: `Basic ${Buffer.from('admin:not-a-real-password').toString('base64')}` };
    const failure = (status: number, message: RegExp) => [{ method: 'PUT', path: '/api/transaction', status, violations: [{ location: 'validator', message: expect.stringMatching(message) }] }];
    const brokeOff = /^the proxy's validator \(Prism\) could not be reached or broke off its answer: /;

    /** A PUT with credentials through a front server whose Prism is `prismUrl` (the fake one by default), `timeoutMs` its timeout. */
    async function through(mode: string, prismUrl = urlOf(prism), timeoutMs = 5000) {
      const silent = connectToPrism(prismUrl, timeoutMs);
      const ownFront = await startFrontServer({ host: '127.0.0.1', port: 0, handle: (request, response) => exchanges.front(context, silent, request, response) });
      try {
        let answer: { status: number; type: string | null; body: string } | undefined;
        const seen = await during(async () => {
          const response = await fetch(`${ownFront.url}/api/transaction?x=1`, { method: 'PUT', headers: { ...secrets, 'X-Test': `prism-${mode}`, 'X-Fake-Prism': mode, 'Content-Type': 'application/json' }, body: '{"status":"commit"}' });
          answer = { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
        });
        for (const text of [answer!.body, JSON.stringify(seen)]) {
          for (const secret of [sessionId, secrets.Authorization, 'commit', 'x=1']) expect(text).not.toContain(secret);
        }
        return { answer: answer!, ...seen };
      } finally {
        await ownFront.close();
        silent.close();
      }
    }

    it.each([
      ['drops the connection', 'crash'],
      ['breaks off its own answer midway', 'crash-midway'],
    ])('answers 502 in the proxy\'s own problem+json when it %s, and records a validator failure', async (_, mode) => {
      const { answer, recorded } = await through(mode);
      expect(answer).toMatchObject({ status: 502, type: 'application/problem+json' });
      expect(JSON.parse(answer.body)).toMatchObject({ title: 'Bad Gateway', status: 502, detail: expect.stringMatching(/^sps-mock proxy: the proxy's validator \(Prism\) could not be reached/) });
      expect(recorded).toEqual(failure(502, brokeOff));
      expect(receivedBy(appliance, `prism-${mode}`)).toEqual([]);
    });

    it('passes on the appliance\'s answer, unvalidated, when it fails after the appliance answered (a write may have been done), and records a validator failure', async () => {
      const { answer, recorded } = await through('crash-after-relay');
      expect(answer).toEqual({ status: 200, type: 'application/json', body: '{ "key" : "as sent" }' });
      expect(recorded).toEqual(failure(200, brokeOff));
      expect(receivedBy(appliance, 'prism-crash-after-relay')).toEqual(['prism-crash-after-relay PUT /api/transaction?x=1']);
    });

    it('answers 502 and records it when its port refuses connections', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const url = urlOf(closed);
      await new Promise((resolve) => closed.close(resolve));
      const { answer, recorded } = await through('refused', url);
      expect(answer).toMatchObject({ status: 502, type: 'application/problem+json' });
      expect(recorded).toEqual(failure(502, /ECONNREFUSED/));
    });

    it('answers 504 and records it when it stays silent past its timeout', async () => {
      const { answer, recorded } = await through('hang', urlOf(prism), 300);
      expect(answer).toMatchObject({ status: 504, type: 'application/problem+json' });
      expect(recorded).toEqual(failure(504, /^the proxy's validator \(Prism\) sent nothing for 0\.3 s$/));
    });
  });

  it('passes a request body above the limit straight to the appliance, noted as not validated', async () => {
    const seen = await during(async () => {
      const response = await fetch(`${front.url}/api/upload/firmware`, { method: 'POST', headers: { 'X-Test': 'large', 'X-Fake-Prism': 'reject' }, body: Buffer.alloc(2 ** 20 + 1) });
      expect(response.status).toBe(200);
    });
    expect(receivedBy(appliance, 'large')).toEqual(['large POST /api/upload/firmware']);
    expect(seen).toEqual({ recorded: [], noted: [{ method: 'POST', path: '/api/upload/firmware', status: 200, reason: 'not validated: request larger than 1 MB' }] });
  });
});
