import { Agent, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { corsHeaders, isPreflight, preflightAnswer } from './cors.js';
import { contentTypeProblem } from './http-headers.js';
import { listenProblem } from './port.js';
import type { PrismProcess } from './prism.js';
import { requestTargetProblem } from './request-target.js';
import { sendRequest, type Outbound } from './send-request.js';

export interface FrontOptions {
  host: string;
  port: number;
  /** The one web origin allowed to call from a browser (CORS); none by default. */
  cors?: string | undefined;
  /**
   * Serves a `HEAD` as the `GET` of its target (the mocks; not the proxy, which passes it on): the handler
   * sees a `GET`, and the client gets its status and headers without the body (RFC 9110 §9.3.2).
   */
  headAsGet?: boolean;
  /** Serves a request that passed the checks. A rejection is answered with a 502 (or ends the connection). */
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

export interface FrontServer {
  /** e.g. `http://127.0.0.1:4010` */
  url: string;
  close(): Promise<void>;
}

/** How long a client may take to send its request headers (slow-header clients get a 408 after it). */
const headersTimeoutMs = 15_000;

/**
 * The node:http server that clients talk to, for both mocks and the proxy alike: it refuses request
 * targets that are not a path (and `CONNECT`), and a `Content-Type` that is no media type, with a 400,
 * answers CORS preflights and adds CORS headers only for the allowed origin, serves a `HEAD` as a `GET`
 * where asked to, and keeps serving whatever one request does.
 */
export async function startFrontServer(options: FrontOptions): Promise<FrontServer> {
  // Node checks the headers timeout every `connectionsCheckingInterval` (30 s by default): a 408 came after 15 to 45 s.
  const server = createServer({ headersTimeout: headersTimeoutMs, connectionsCheckingInterval: 1000 }, (request, response) => {
    request.on('error', () => {}); // a client that goes away midway is the handler's concern, never a crash
    response.on('error', () => {});
    const problem = requestTargetProblem(request.method, request.url);
    if (problem) {
      plain(response, 400, problem, { connection: 'close' });
      return;
    }
    const unreadable = contentTypeProblem(request.headers['content-type']);
    if (unreadable) {
      plain(response, 400, unreadable);
      return;
    }
    if (isPreflight(request)) {
      const { status, headers, body } = preflightAnswer(request, options.cors);
      response.writeHead(status, headers).end(body);
      return;
    }
    for (const [name, value] of Object.entries(corsHeaders(request.headers.origin, options.cors))) response.setHeader(name, value!);
    // Node made the response to a HEAD one without a body already: what the handler writes is dropped.
    if (options.headAsGet && request.method === 'HEAD') request.method = 'GET';
    options.handle(request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else plain(response, 502, (error as Error).message);
    });
  });
  server.on('connect', (request: IncomingMessage, socket: Duplex) => refuseConnect(request, socket));
  await listen(server, options.host, options.port);
  server.on('error', () => {}); // e.g. an accept() that fails when out of file descriptors: keep serving the others
  const { port } = server.address() as { port: number };
  return {
    url: httpUrl(options.host, port),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Prism, as the front server reaches it. */
export interface PrismConnection {
  /** How long Prism may leave a request without an answer, or pause in the middle of one. */
  timeoutMs: number;
  /** Sends one request to Prism and resolves with its answer's head. */
  send(request: Pick<Outbound, 'method' | 'path' | 'headers' | 'body'>): Promise<IncomingMessage>;
  /** Closes the connections. */
  close(): void;
}

/**
 * Connects to the Prism at `url` over connections kept open between requests (a new one per request
 * added a third to Prism's own latency). `timeoutMs` bounds each wait for Prism.
 */
export function connectToPrism(url: string, timeoutMs: number): PrismConnection {
  const origin = new URL(url);
  const agent = new Agent({ keepAlive: true });
  return {
    timeoutMs,
    send: (request) => sendRequest(origin, { ...request, timeoutMs, agent }),
    close: () => agent.destroy(),
  };
}

/**
 * The front server of a Prism yet to start (the mock's or the proxy's): it listens at once, so that its
 * port is taken, or refused, before Prism picks one of its own; what it receives meanwhile waits for
 * Prism. `started(startPrism(…))` hands Prism over and resolves as it does.
 */
export async function startFrontOfPrism(
  options: Omit<FrontOptions, 'handle'> & {
    /** How long Prism may leave a request without an answer, or pause in the middle of one. */
    prismTimeoutMs: number;
    handle(prism: PrismConnection, request: IncomingMessage, response: ServerResponse): Promise<void>;
  },
): Promise<{ front: FrontServer; started(prism: Promise<PrismProcess>): Promise<PrismProcess> }> {
  let launch!: (prism: Promise<PrismProcess>) => void;
  const starting = new Promise<PrismProcess>((resolve) => (launch = resolve));
  const connection = starting.then((prism) => connectToPrism(prism.url, options.prismTimeoutMs));
  connection.catch(() => {}); // a failed start is the caller's to handle, through `started`
  const server = await startFrontServer({ ...options, handle: async (request, response) => options.handle(await connection, request, response) });
  const front = {
    url: server.url,
    async close() {
      await server.close();
      await connection.then((prism) => prism.close()).catch(() => {}); // no Prism: nothing to close
    },
  };
  return {
    front,
    started(prism) {
      launch(prism);
      return starting;
    },
  };
}

/** `http://127.0.0.1:4010`, `http://[::1]:4010` */
export function httpUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** A short text answer from sps-mock itself. */
export function plain(response: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', ...headers }).end(`sps-mock: ${message}\n`);
}

function refuseConnect(request: IncomingMessage, socket: Duplex) {
  socket.on('error', () => {});
  const body = `sps-mock: ${requestTargetProblem(request.method, request.url)}\n`;
  socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new Error(listenProblem(error, host, port))));
    server.listen(port, host, resolve);
  });
}
