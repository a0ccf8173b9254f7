/**
 * A tiny programmable SPS for what Prism cannot do: Set-Cookie on demand, 401 then a new login, 409
 * locks, failing rollbacks, slow answers, broken bodies. Each test routes `METHOD /path` to a handler
 * and then inspects the requests it received.
 *
 * The same routes run in-process (`fakeSps(routes)`: a `fetch` that answers without a socket, for
 * everything a socket adds nothing to) or on 127.0.0.1 (`startFakeSps(routes)`, `fakeSpsPerTest()`:
 * for TLS, dropped connections, bodies that break off, streaming uploads).
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { createSpsClient, type SpsClient, type SpsClientOptions } from '@sps-openapi/client';
import { afterEach } from 'vitest';

export interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Lower-case names, as Node.js gives them. */
  headers: Record<string, string | undefined>;
  body: Buffer;
  /** Parsed when the body is JSON. */
  json: unknown;
  /** Over HTTPS: whether the client presented a certificate signed by the server's client CA. */
  clientCertificateOk: boolean;
}

/** What a handler answers: a status with a JSON (or text) body. */
export interface Reply {
  status: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string | string[]>;
  /** Waits this long before answering (in-process: rejects as fetch does when the request is aborted). */
  delayMs?: number;
}

/** Socket only: the handler writes the answer itself (or breaks the connection). */
export interface RawReply {
  raw: (response: ServerResponse) => void;
}

export type Handler = (request: Received) => Reply | RawReply | Promise<Reply | RawReply>;
export type Routes = Record<string, Handler>;

interface Recorder {
  requests: Received[];
  /** The requests to one route, e.g. `sent('POST /api/transaction')`. */
  sent(route: string): Received[];
}

export interface InProcessSps extends Recorder {
  url: string;
  fetch: (request: Request) => Promise<Response>;
  /** A client of this SPS (its `fetch` is the in-process one). */
  client(options?: Omit<SpsClientOptions, 'baseUrl' | 'fetch'>): SpsClient;
}

export interface FakeSps extends Recorder {
  url: string;
  close(): Promise<void>;
}

export const sessionCookie = 'a1f71d030e657634730b9e887cb59a5e56162860';

/** An SPS answering `routes` in-process; anything else gets SPS's 404 envelope. */
export function fakeSps(routes: Routes): InProcessSps {
  const recorder = record();
  const url = 'http://127.0.0.1:9'; // never connected to
  const fetch = async (request: Request): Promise<Response> => {
    request.signal.throwIfAborted();
    const { pathname, searchParams } = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    const received = receive(request.method, pathname, searchParams, headers, Buffer.from(await request.arrayBuffer()), false);
    recorder.requests.push(received);
    const reply = await answer(routes, received);
    if ('raw' in reply) throw new Error(`${received.method} ${received.path}: a raw reply needs startFakeSps() (a socket)`);
    if (reply.delayMs) await delay(reply.delayMs, request.signal);
    return new Response(reply.text ?? (reply.json === undefined ? null : JSON.stringify(reply.json)), {
      status: reply.status,
      headers: Object.entries({ 'Content-Type': 'application/json', ...reply.headers }).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value]).map((one) => [name, one] as [string, string]),
      ),
    });
  };
  return { ...recorder, url, fetch, client: (options = {}) => createSpsClient({ baseUrl: url, fetch, ...options }) };
}

/** Starts a fake SPS on 127.0.0.1 answering `routes`; over HTTPS with `tls`. */
export async function startFakeSps(routes: Routes, tls?: ServerOptions): Promise<FakeSps> {
  const recorder = record();
  const listener = async (incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const url = new URL(incoming.url ?? '/', 'http://fake');
    const headers = Object.fromEntries(Object.entries(incoming.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
    const authorized = Boolean((incoming.socket as Partial<TLSSocket>).authorized);
    const received = receive(incoming.method ?? 'GET', url.pathname, url.searchParams, headers, Buffer.concat(chunks), authorized);
    recorder.requests.push(received);
    const reply = await answer(routes, received);
    if ('raw' in reply) return reply.raw(response);
    if (reply.delayMs) await delay(reply.delayMs);
    response.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers });
    response.end(reply.text ?? (reply.json === undefined ? undefined : JSON.stringify(reply.json)));
  };
  const server: Server = tls ? createHttpsServer(tls, listener) : createHttpServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...recorder,
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** For a test file: `serve(routes)` starts a fake SPS on a socket, which is closed after each test. */
export function fakeSpsPerTest(): (routes: Routes) => Promise<FakeSps> {
  let sps: FakeSps | undefined;
  afterEach(async () => {
    await sps?.close();
    sps = undefined;
  });
  return async (routes) => (sps = await startFakeSps(routes));
}

function record(): Recorder {
  const requests: Received[] = [];
  return { requests, sent: (route) => requests.filter((request) => `${request.method} ${request.path}` === route) };
}

function receive(method: string, path: string, query: URLSearchParams, headers: Received['headers'], body: Buffer, clientCertificateOk: boolean): Received {
  const json = body.length && headers['content-type']?.includes('json') ? (JSON.parse(body.toString('utf8')) as unknown) : undefined;
  return { method, path, query, headers, body, json, clientCertificateOk };
}

async function answer(routes: Routes, received: Received): Promise<Reply | RawReply> {
  const handler = routes[`${received.method} ${received.path}`];
  return handler ? handler(received) : { status: 404, json: spsError('NotFound', `No ${received.method} ${received.path} here`) };
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/** SPS's error envelope. */
export function spsError(type: string, message: string, details?: Record<string, unknown>) {
  return { error: { type, message, ...(details && { details }) }, meta: { href: '/api', parent: '/api' } };
}

export const json =
  (status: number, body: unknown, headers?: Record<string, string | string[]>): Handler =>
  () => ({ status, json: body, ...(headers && { headers }) });

export const ok = (body: unknown = { meta: { href: '/api' } }): Handler => json(200, body);

export const fail = (status: number, type: string, message = type, details?: Record<string, unknown>): Handler =>
  json(status, spsError(type, message, details));

/** Answers after `ms` (with `body`, default an empty envelope). */
export const slow =
  (ms: number, body: unknown = { meta: {} }): Handler =>
  () => ({ status: 200, json: body, delayMs: ms });

/** A login route that sets `session_id=<cookie>` (and a second cookie, to check the right one is picked). */
export const loginRoute = (cookie = sessionCookie): Handler =>
  json(200, { meta: { href: '/api/authentication' } }, {
    'Set-Cookie': ['lang=en; Path=/', `session_id=${cookie}; expires=Thu, 01 Jan 2099 00:00:00 GMT; Path=/; Secure`],
  });

/** Answers each call with the next handler of the list (the last one repeats). */
export function inSequence(...handlers: Handler[]): Handler {
  let call = 0;
  return (request) => handlers[Math.min(call++, handlers.length - 1)]!(request);
}

/** Socket only: drops the connection without answering, a network error for the client. */
export const dropConnection: Handler = () => ({ raw: (response) => response.socket?.destroy() });

/** Socket only: sends the status and headers and part of the body, then drops the connection. */
export const breakOffBody =
  (status: number, part: string): Handler =>
  () => ({
    raw: (response) => {
      response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(part.length + 100) });
      response.write(part, () => response.socket?.destroy());
    },
  });
