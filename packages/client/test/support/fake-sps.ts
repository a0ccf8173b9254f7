/**
 * A tiny programmable SPS on 127.0.0.1 for what Prism cannot do: Set-Cookie on demand, 401 then a
 * new login, 409 locks, failing rollbacks, slow answers, dropped connections. Each test routes
 * `METHOD /path` to a handler and then inspects the requests it received.
 */
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { afterEach } from 'vitest';

export interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Parsed when the body is JSON. */
  json: unknown;
  /** Over HTTPS: whether the client presented a certificate signed by the server's client CA. */
  clientCertificateOk: boolean;
}

export type Handler = (request: Received, response: ServerResponse) => void | Promise<void>;
export type Routes = Record<string, Handler>;

export interface FakeSps {
  url: string;
  requests: Received[];
  /** The requests to one route, e.g. `sent('POST /api/transaction')`. */
  sent(route: string): Received[];
  close(): Promise<void>;
}

export const sessionCookie = 'a1f71d030e657634730b9e887cb59a5e56162860';

/** Starts a fake SPS answering `routes`; anything else gets SPS's 404 envelope. Over HTTPS with `tls`. */
export async function startFakeSps(routes: Routes, tls?: ServerOptions): Promise<FakeSps> {
  const requests: Received[] = [];
  const listener = async (incoming: import('node:http').IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const url = new URL(incoming.url ?? '/', 'http://fake');
    const body = Buffer.concat(chunks);
    const received: Received = {
      method: incoming.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: incoming.headers,
      body,
      json: parseJson(body, incoming.headers['content-type']),
      clientCertificateOk: Boolean((incoming.socket as Partial<TLSSocket>).authorized),
    };
    requests.push(received);
    const handler = routes[`${received.method} ${received.path}`];
    if (handler) await handler(received, response);
    else json(response, 404, spsError('NotFound', `No ${received.method} ${received.path} here`));
  };
  const server: Server = tls ? createHttpsServer(tls, listener) : createHttpServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    sent: (route) => requests.filter((request) => `${request.method} ${request.path}` === route),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** For a test file: `serve(routes)` starts a fake SPS, which is closed after each test. */
export function fakeSpsPerTest(): (routes: Routes) => Promise<FakeSps> {
  let sps: FakeSps | undefined;
  afterEach(async () => {
    await sps?.close();
    sps = undefined;
  });
  return async (routes) => (sps = await startFakeSps(routes));
}

function parseJson(body: Buffer, contentType: string | undefined): unknown {
  if (!body.length || !contentType?.includes('json')) return undefined;
  return JSON.parse(body.toString('utf8')) as unknown;
}

export function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}) {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/** SPS's error envelope. */
export function spsError(type: string, message: string, details?: Record<string, unknown>) {
  return { error: { type, message, ...(details && { details }) }, meta: { href: '/api', parent: '/api' } };
}

/** A login route that sets `session_id=<cookie>` (and a second cookie, to check the right one is picked). */
export function loginRoute(cookie = sessionCookie): Handler {
  return (_, response) =>
    json(response, 200, { meta: { href: '/api/authentication' } }, {
      'Set-Cookie': ['lang=en; Path=/', `session_id=${cookie}; expires=Thu, 01 Jan 2099 00:00:00 GMT; Path=/; Secure`],
    });
}

/** Answers each call with the next handler of the list (the last one repeats). */
export function inSequence(...handlers: Handler[]): Handler {
  let call = 0;
  return (request, response) => handlers[Math.min(call++, handlers.length - 1)]!(request, response);
}

export const ok =
  (body: unknown = { meta: { href: '/api' } }): Handler =>
  (_, response) =>
    json(response, 200, body);

export const fail =
  (status: number, type: string, message = type, details?: Record<string, unknown>): Handler =>
  (_, response) =>
    json(response, status, spsError(type, message, details));

/** Drops the connection without answering: a network error for the client. */
export const dropConnection: Handler = (_, response) => {
  response.socket?.destroy();
};
