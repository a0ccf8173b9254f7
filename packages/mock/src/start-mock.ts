import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBounded } from './body.js';
import { corsOrigin } from './cors.js';
import { startFrontOfPrism, type PrismConnection } from './front-server.js';
import { endToEnd, readableAccept } from './http-headers.js';
import { explainInvalidRequest } from './invalid-request.js';
import { bodyForPrism } from './multipart.js';
import { portNumber } from './port.js';
import { httpLayerError, readRequestBody, requestBodyLimit } from './request-body.js';
import { bundledSpec, startPrism } from './prism.js';
import type { RunningStatefulMock, StatefulOptions } from './stateful/start-stateful.js';

export interface MockOptions {
  /** Port to listen on; a free one is picked when left out (or 0). */
  port?: number;
  /** Address to listen on; `127.0.0.1` by default. */
  host?: string;
  /** OpenAPI document to serve; defaults to the bundled SPS description. */
  spec?: string;
  /** Answer with data generated from the schemas instead of the named examples. */
  dynamic?: boolean;
  /** With `dynamic`: a seed that makes the generated data reproducible. */
  seed?: string;
  /** Turn response violations into errors instead of warnings. */
  errors?: boolean;
  /** The one web origin (e.g. `http://localhost:3000`) whose pages may call the mock; no CORS headers at all by default. */
  cors?: string;
  /** How long to wait for Prism to answer (default 30 s: a busy CI machine can take that long). */
  startTimeoutMs?: number;
  /** Receives each line Prism logs (warnings and errors, such as requests that violate the contract). */
  log?: (line: string) => void;
}

export interface RunningMock {
  /** Where the mock listens, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** The pid of the Prism process behind the mock. */
  pid: number;
  /** Settles with Prism's exit code once its process has ended, for whatever reason. */
  exited: Promise<number | null>;
  /** Stops the mock and ends Prism (SIGTERM, then SIGKILL after 3 s); safe to call more than once. */
  stop(): Promise<void>;
}

const prismTimeoutMs = 30_000;

/**
 * Starts the mock SPS: Prism answering from the examples (the default), or with `stateful: true` the
 * stateful mock, which keeps configuration, transactions, sessions and firmware jobs (see
 * `StatefulOptions`) and runs in this process.
 */
export function startMock(options: StatefulOptions & { stateful: true }): Promise<RunningStatefulMock>;
export function startMock(options?: MockOptions & { stateful?: false }): Promise<RunningMock>;
export function startMock(options: (MockOptions & { stateful?: false }) | (StatefulOptions & { stateful: true }) = {}): Promise<RunningMock | RunningStatefulMock> {
  if (options.stateful === true) {
    const { stateful: _, ...rest } = options;
    for (const name of ['spec', 'dynamic', 'seed', 'errors', 'startTimeoutMs'] as const) {
      if (name in rest) return Promise.reject(new TypeError(`${name} does not apply to the stateful mock`));
    }
    // Loaded when asked for: the Prism mock and the proxy start without it.
    return import('./stateful/start-stateful.js').then(({ startStateful }) => startStateful(rest));
  }
  return startPrismMock(options);
}

/**
 * Starts Prism as a child process serving the SPS description, behind a small front server (request
 * targets, CORS, body size and nesting, multipart bodies, the SPS error envelope of a 400); resolves
 * once it answers HTTP.
 */
async function startPrismMock(options: MockOptions): Promise<RunningMock> {
  const host = options.host ?? '127.0.0.1';
  const cors = options.cors === undefined ? undefined : corsOrigin(options.cors);
  const args = ['mock', options.spec ?? bundledSpec];
  if (options.dynamic) args.push('--dynamic');
  if (options.seed !== undefined) args.push('--seed', options.seed);
  if (options.errors) args.push('--errors');
  const { front, started } = await startFrontOfPrism({
    host,
    port: portNumber(options.port ?? 0),
    cors,
    prismTimeoutMs,
    headAsGet: true,
    handle: mockExchange,
  });
  const prism = await started(startPrism({ args, startTimeoutMs: options.startTimeoutMs, log: options.log })).catch(async (error: unknown) => {
    await front.close();
    throw error;
  });
  return {
    url: front.url,
    pid: prism.pid,
    exited: prism.exited,
    async stop() {
      await front.close();
      await prism.stop();
    },
  };
}

async function mockExchange(prism: PrismConnection, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const data = await readRequestBody(incoming, outgoing);
  if (!data) return;
  const contentType = incoming.headers['content-type'];
  const { body, readable } = bodyForPrism(data, contentType);
  if (!readable) {
    httpLayerError(outgoing, 400, 'invalid_multipart', 'The multipart/form-data body cannot be read: a part or a part header is malformed');
    return;
  }
  const headers = endToEnd(incoming.headers, { 'content-length': body.length });
  const accept = readableAccept(incoming.headers.accept);
  if (accept === undefined) delete headers.accept;
  else headers.accept = accept;
  const answer = await prism.send({ method: incoming.method ?? 'GET', path: incoming.url ?? '/', headers, body }).catch((error: Error) => {
    throw new Error(`the mock (Prism) did not answer: ${error.message}`);
  });
  outgoing.on('close', () => answer.destroy());
  const status = answer.statusCode ?? 502;
  if (status === 400 && answer.headers['sl-violations']) {
    const prismAnswer = await readBounded(answer, requestBodyLimit);
    if (prismAnswer.complete) {
      const explained = explainInvalidRequest(status, answer.headers, prismAnswer.data) ?? prismAnswer.data;
      outgoing.writeHead(status, endToEnd(answer.headers, { 'content-length': explained.length })).end(explained);
      return;
    }
    outgoing.writeHead(status, endToEnd(answer.headers)).write(prismAnswer.head);
  } else {
    outgoing.writeHead(status, endToEnd(answer.headers));
  }
  // Not `pipeline`: its AbortController and DOMException per request were a tenth of this server's CPU.
  answer.once('error', () => outgoing.destroy()).pipe(outgoing);
}
