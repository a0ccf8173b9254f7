import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { discardRest, readBounded } from './body.js';
import { corsOrigin } from './cors.js';
import { startFrontServer } from './front-server.js';
import { endToEnd } from './http-headers.js';
import { explainInvalidRequest } from './invalid-request.js';
import { maxJsonDepth, nestedDeeperThan } from './json-nesting.js';
import { isJsonMediaType } from './openapi/media-types.js';
import { normalizeMultipart } from './multipart.js';
import { usablePort } from './port.js';
import { bundledSpec, startPrism, type PrismProcess } from './prism.js';
import { sendRequest } from './send-request.js';

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
  /** How long to wait for Prism to answer (default 15 s). */
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

/** Prism reads request bodies up to 10 MB; the front server answers larger ones with a 413 as Prism did. */
const prismBodyLimit = 10 * 2 ** 20;
const prismTimeoutMs = 30_000;

/**
 * Starts Prism as a child process serving the SPS description, behind a small front server (request
 * targets, CORS, body size and nesting, multipart bodies, the SPS error envelope of a 400); resolves
 * once it answers HTTP.
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const host = options.host ?? '127.0.0.1';
  const cors = options.cors === undefined ? undefined : corsOrigin(options.cors);
  const port = await usablePort(host, options.port);
  const args = ['mock', options.spec ?? bundledSpec];
  if (options.dynamic) args.push('--dynamic');
  if (options.seed !== undefined) args.push('--seed', options.seed);
  if (options.errors) args.push('--errors');
  const prism = await startPrism({ args, startTimeoutMs: options.startTimeoutMs, log: options.log });
  const prismUrl = new URL(prism.url);
  const front = await startFrontServer({ host, port, cors, handle: (request, response) => mockExchange(prismUrl, request, response) }).catch(
    async (error: unknown) => {
      await prism.stop();
      throw error;
    },
  );
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

async function mockExchange(prism: URL, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const read = await readBounded(incoming, prismBodyLimit);
  if (!read.complete) {
    await discardRest(incoming); // read to its end, so that the client gets to see the answer
    httpLayerError(outgoing, 413, 'request_entity_too_large', 'Body exceeded 10mb limit');
    return;
  }
  const contentType = incoming.headers['content-type'];
  if (isJsonMediaType(contentType) && nestedDeeperThan(read.data, maxJsonDepth)) {
    httpLayerError(outgoing, 400, 'invalid_json', `JSON nested deeper than ${maxJsonDepth} levels`);
    return;
  }
  const body = /^multipart\/form-data/i.test(contentType ?? '') ? (normalizeMultipart(read.data, contentType!) ?? read.data) : read.data;
  const headers = endToEnd(incoming.headers, { 'content-length': body.length });
  const answer = await sendRequest(prism, { method: incoming.method ?? 'GET', path: incoming.url ?? '/', headers, body, timeoutMs: prismTimeoutMs }).catch(
    (error: Error) => {
      throw new Error(`the mock (Prism) did not answer: ${error.message}`);
    },
  );
  outgoing.on('close', () => answer.destroy());
  const status = answer.statusCode ?? 502;
  if (status === 400 && answer.headers['sl-violations']) {
    const prismAnswer = await readBounded(answer, prismBodyLimit);
    if (prismAnswer.complete) {
      const explained = explainInvalidRequest(status, answer.headers, prismAnswer.data) ?? prismAnswer.data;
      outgoing.writeHead(status, endToEnd(answer.headers, { 'content-length': explained.length })).end(explained);
      return;
    }
    outgoing.writeHead(status, endToEnd(answer.headers)).write(prismAnswer.head);
  } else {
    outgoing.writeHead(status, endToEnd(answer.headers));
  }
  pipeline(answer, outgoing, () => {});
}

/** An error of the HTTP layer, in the shape Prism's own HTTP layer answers malformed JSON with (not the SPS envelope). */
function httpLayerError(outgoing: ServerResponse, status: number, code: string, message: string) {
  outgoing.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: { code, message } }));
}
