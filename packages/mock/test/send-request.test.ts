import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendRequest, TimeoutError } from '../src/send-request.js';
import { fakeUpstream, receivedBy } from './fake-upstream.js';

const fixture = (name: string) => new URL(`./fixtures/tls/${name}`, import.meta.url);
const tls = { cert: readFileSync(fixture('upstream-cert.pem')), key: readFileSync(fixture('upstream-key.pem')) };

const elsewhere = fakeUpstream((_, response) => response.end('elsewhere'));
const server = fakeUpstream((request, response) => {
  if (request.headers['x-test'] === 'redirect') response.writeHead(307, { Location: `${elsewhere.url}/landing` }).end();
  else if (request.headers['x-test'] === 'switch') request.socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
  else if (request.headers['x-test'] !== 'silent') response.end(`${request.method} ${request.url}`);
});
const tlsServer = fakeUpstream((_, response) => response.end('over TLS'), tls);

const text = async (answer: NodeJS.ReadableStream) => {
  let body = '';
  for await (const chunk of answer) body += String(chunk);
  return body;
};
const get = (origin: string, tag: string, extra: { ca?: string[]; timeoutMs?: number } = {}) =>
  sendRequest(new URL(origin), { method: 'GET', path: '/api/info?x=1', headers: { 'x-test': tag }, timeoutMs: 5000, ...extra });

describe('sendRequest()', () => {
  it('opens a new connection per request, or keeps one open through the agent it is given', async () => {
    /** The connections three requests in a row take (their client ports). */
    const connections = async (agent?: Agent) => {
      const ports = new Set<number>();
      for (let i = 0; i < 3; i++) {
        const answer = await sendRequest(new URL(server.url), { method: 'GET', path: '/', headers: { 'x-test': 'agent' }, timeoutMs: 5000, agent });
        ports.add(answer.socket.localPort!);
        await text(answer);
      }
      return ports.size;
    };
    expect(await connections()).toBe(3);
    const agent = new Agent({ keepAlive: true });
    try {
      expect(await connections(agent)).toBe(1);
    } finally {
      agent.destroy();
    }
  });

  it('sends the request to the origin, after its path prefix', async () => {
    expect(await text(await get(server.url, 'plain'))).toBe('GET /api/info?x=1');
    expect(await text(await get(`${server.url}/prefix/`, 'prefixed'))).toBe('GET /prefix/api/info?x=1');
  });

  it('resolves with a redirect as it is, never following it', async () => {
    const answer = await get(server.url, 'redirect');
    expect(answer.statusCode).toBe(307);
    expect(answer.headers.location).toBe(`${elsewhere.url}/landing`);
    answer.resume();
    expect(receivedBy(server, 'redirect')).toHaveLength(1);
    expect(elsewhere.received).toEqual([]);
  });

  it('gives up with a TimeoutError when the server stays silent', async () => {
    await expect(get(server.url, 'silent', { timeoutMs: 200 })).rejects.toThrow(TimeoutError);
  });

  it('rejects at once when the server switches protocols (101) and keeps the connection', async () => {
    await expect(get(server.url, 'switch', { timeoutMs: 5000 })).rejects.toThrow('switched protocols (101)');
  });

  describe('over TLS', () => {
    let inherited: string | undefined;
    beforeEach(() => {
      inherited = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    });
    afterEach(() => {
      if (inherited === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = inherited;
    });

    it('verifies the certificate even with NODE_TLS_REJECT_UNAUTHORIZED=0', async () => {
      await expect(get(tlsServer.url, 'self-signed')).rejects.toThrow(/self[- ]signed certificate/);
    });

    it('trusts the extra CA certificates given', async () => {
      expect(await text(await get(tlsServer.url, 'trusted', { ca: [tls.cert.toString()] }))).toBe('over TLS');
    });
  });
});
