import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpUrl, startFrontServer, type FrontServer } from '../src/front-server.js';
import { rawRequest } from './raw-http.js';

let front: FrontServer;
beforeAll(async () => {
  front = await startFrontServer({
    host: '127.0.0.1',
    port: 0,
    cors: 'http://localhost:3000',
    async handle(request, response) {
      if (request.url === '/throws') throw new Error('the handler failed');
      if (request.url === '/throws-midway') {
        response.writeHead(200).write('half');
        throw new Error('the handler failed midway');
      }
      response.writeHead(200, { 'content-type': 'text/plain' }).end(`served ${request.method} ${request.url}`);
    },
  });
});
afterAll(() => front?.close());

describe('startFrontServer()', () => {
  it('hands plain paths to the handler, with CORS headers for the allowed origin only', async () => {
    const allowed = await fetch(`${front.url}/api/info?x=1`, { headers: { Origin: 'http://localhost:3000' } });
    expect(await allowed.text()).toBe('served GET /api/info?x=1');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const other = await fetch(`${front.url}/api/info`, { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers preflights itself', async () => {
    const response = await fetch(`${front.url}/api/info`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'GET' } });
    expect(response.status).toBe(204);
    const plainOptions = await fetch(`${front.url}/api/info`, { method: 'OPTIONS' });
    expect(await plainOptions.text()).toBe('served OPTIONS /api/info');
  });

  it('answers a failing handler with a 502 and keeps serving', async () => {
    const response = await fetch(`${front.url}/throws`);
    expect(response.status).toBe(502);
    expect(await response.text()).toBe('sps-mock: the handler failed\n');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${front.url}/ok`)).status).toBe(200);
  });

  it('ends the connection of a handler that fails after answering began, and keeps serving', async () => {
    await expect(fetch(`${front.url}/throws-midway`).then((response) => response.text())).rejects.toThrow();
    expect((await fetch(`${front.url}/ok`)).status).toBe(200);
  });

  it.each([
    ['OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n', 'sps-mock: OPTIONS * is not supported'],
    ['GET http://other.example/ HTTP/1.1\r\nHost: a\r\n\r\n', 'not an HTTP proxy'],
    ['CONNECT other.example:443 HTTP/1.1\r\nHost: other.example:443\r\n\r\n', 'sps-mock: CONNECT is not supported'],
    ['GARBAGE\r\n\r\n', ''],
  ])('answers %j with a 400 and closes the connection', async (request, message) => {
    const answer = await rawRequest(front.url, request);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain(message);
    expect(answer.text.toLowerCase()).toContain('connection: close');
  });

  it('answers 408 to a client that has not sent its whole headers 15 s after it began, within a second or two', async () => {
    const started = performance.now();
    const answer = await rawRequest(front.url, 'GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n', 25_000);
    const seconds = (performance.now() - started) / 1000;
    expect(answer.status).toBe(408);
    expect(seconds).toBeGreaterThanOrEqual(14.5);
    expect(seconds).toBeLessThan(18);
  }, 30_000);

  it('serves a HEAD as the GET of its target where asked to: the GET\'s status and headers, without its body', async () => {
    const handle = async (request: IncomingMessage, response: ServerResponse) => {
      const body = `served ${request.method} ${request.url}`;
      response.writeHead(201, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) }).end(body);
    };
    const mock = await startFrontServer({ host: '127.0.0.1', port: 0, headAsGet: true, handle });
    const proxy = await startFrontServer({ host: '127.0.0.1', port: 0, handle });
    try {
      const answer = await rawRequest(mock.url, 'HEAD /api/info HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
      expect(answer.status).toBe(201);
      expect(answer.text.toLowerCase()).toContain(`content-length: ${'served GET /api/info'.length}\r\n`);
      expect(answer.text.endsWith('\r\n\r\n')).toBe(true);
      const passed = await rawRequest(proxy.url, 'HEAD /api/info HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
      expect(passed.text.toLowerCase()).toContain(`content-length: ${'served HEAD /api/info'.length}\r\n`);
    } finally {
      await Promise.all([mock.close(), proxy.close()]);
    }
  });

  it('says where it listens', () => {
    expect(httpUrl('127.0.0.1', 4010)).toBe('http://127.0.0.1:4010');
    expect(httpUrl('::1', 4010)).toBe('http://[::1]:4010');
  });
});
