/**
 * One request through the validating proxy. Prism runs as a proxy whose "upstream" is the relay, a
 * server in this process: the front server hands Prism the request with an exchange id, Prism validates
 * it and forwards it to the relay, the relay sends the client's original request to the appliance and
 * hands Prism the answer without `Location` (so it is never followed), Prism validates that, and the
 * front server answers the client with the appliance's own answer and records what Prism found.
 * Bodies above the validation limit (and JSON nested too deep for Prism) never reach Prism: they stream
 * straight through, reported as not validated, so memory stays bounded. A body labelled JSON that is not
 * JSON is a violation found here, not by Prism (which answers a request's with its own 400 and fails on a
 * response's): the exchange goes on without Prism's verdict, as the appliance's answer.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { pipeline, Readable } from 'node:stream';
import { megabytes, readBounded, restAfter } from './body.js';
import { withoutCorsHeaders } from './cors.js';
import type { PrismConnection } from './front-server.js';
import { endToEnd } from './http-headers.js';
import { isJsonText, maxJsonDepth, nestedDeeperThan } from './json-nesting.js';
import { bodyForPrism } from './multipart.js';
import { isJsonMediaType } from './openapi/media-types.js';
import { httpLayerError } from './request-body.js';
import { upstreamFailure, type Upstream } from './upstream.js';
import { dedupe, isPrismProblem, violationsFromHeader, violationsFromProblem, type Violation } from './violations.js';

export interface ViolatingExchange {
  method: string;
  /** The request path (without the query string). */
  path: string;
  /** The status the proxy answered with. */
  status: number;
  violations: Violation[];
}

export interface UnvalidatedExchange {
  method: string;
  path: string;
  status: number;
  /** e.g. `not validated: larger than 10 MB` */
  reason: string;
}

export interface ProxyContext {
  upstream: Upstream;
  /** Bodies up to this many bytes are validated; larger ones stream through. */
  limit: number;
  upstreamTimeoutMs: number;
  /** Refuses violating exchanges, as Prism's `--errors` does, where the violation is found outside Prism. */
  errors?: boolean;
  record(exchange: ViolatingExchange): void;
  note(exchange: UnvalidatedExchange): void;
}

type UpstreamOutcome =
  | { kind: 'buffered'; status: number; headers: IncomingHttpHeaders; body: Buffer }
  | { kind: 'streamed' }
  /** Labelled JSON, but not JSON: Prism cannot read it. */
  | { kind: 'notJson'; status: number; headers: IncomingHttpHeaders; body: Buffer }
  | { kind: 'failed'; status: number; message: string };

interface Exchange {
  method: string;
  path: string;
  /** The request target as the client sent it. */
  target: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  outgoing: ServerResponse;
  outcome?: UpstreamOutcome;
}

export const exchangeHeader = 'x-sps-mock-exchange';

const requestNotJson: Violation = { location: 'request.body', message: 'Request body is not valid JSON, though its Content-Type says it is' };
const responseNotJson: Violation = { location: 'response.body', message: 'Response body is not valid JSON, though its Content-Type says it is' };

/** The exchanges Prism is working on, by id: what the relay needs to forward the original request. */
export class Exchanges {
  readonly #open = new Map<string, Exchange>();

  /** The front server's side: `incoming` from the client, validated by `prism`, answered on `outgoing`. */
  async front(context: ProxyContext, prism: PrismConnection, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const method = incoming.method ?? 'GET';
    const target = incoming.url ?? '/';
    const path = target.split('?')[0]!;
    const read = await readBounded(incoming, context.limit);
    if (!read.complete) {
      const body = restAfter(read.head, incoming);
      await streamThrough(context, { method, path, target, headers: incoming.headers, body, outgoing }, `request larger than ${megabytes(context.limit)}`);
      return;
    }
    // Prism validates a multipart body in the layout its parser reads; the appliance gets it as it was sent.
    const forPrism = bodyForPrism(read.data, incoming.headers['content-type']);
    const unvalidated =
      method === 'HEAD'
        ? 'HEAD (Prism fails on an answer without its body)'
        : isJsonMediaType(incoming.headers['content-type']) && nestedDeeperThan(read.data, maxJsonDepth)
          ? `request JSON nested deeper than ${maxJsonDepth} levels`
          : !forPrism.readable
            ? 'a multipart/form-data body that Prism cannot read'
            : undefined;
    if (unvalidated) {
      await streamThrough(context, { method, path, target, headers: incoming.headers, body: read.data, outgoing }, unvalidated);
      return;
    }
    if (isJsonMediaType(incoming.headers['content-type']) && read.data.length && !isJsonText(read.data)) {
      await malformedRequest(context, { method, path, target, headers: incoming.headers, body: read.data, outgoing });
      return;
    }
    const id = randomUUID();
    const exchange: Exchange = { method, path, target, headers: incoming.headers, body: read.data, outgoing };
    this.#open.set(id, exchange);
    try {
      const headers = endToEnd(incoming.headers, { 'content-length': forPrism.body.length, [exchangeHeader]: id });
      let answer: IncomingMessage;
      try {
        answer = await prism.send({ method, path: target, headers, body: forPrism.body });
      } catch (error) {
        validatorFailed(context, exchange, prism, error as Error);
        return;
      }
      await settle(context, exchange, prism, answer);
    } finally {
      this.#open.delete(id);
    }
  }

  /** The relay's side: Prism forwards a request here; send the original one to the appliance. */
  async relay(context: ProxyContext, fromPrism: IncomingMessage, toPrism: ServerResponse): Promise<void> {
    fromPrism.resume();
    const id = String(fromPrism.headers[exchangeHeader]);
    const exchange = this.#open.get(id);
    this.#open.delete(id); // an id is good for one request to the appliance
    if (!exchange) {
      toPrism.writeHead(404, { 'content-type': 'text/plain' }).end('no such exchange');
      return;
    }
    try {
      const answer = await context.upstream.send({ method: exchange.method, path: exchange.target, headers: withoutExchangeHeader(exchange.headers), body: exchange.body });
      const read = await readBounded(answer, context.limit);
      const status = answer.statusCode ?? 502;
      const tooDeep = read.complete && isJsonMediaType(answer.headers['content-type']) && nestedDeeperThan(read.data, maxJsonDepth);
      if (read.complete && !tooDeep && labelledJsonButNot(status, answer.headers, read.data)) {
        exchange.outcome = { kind: 'notJson', status, headers: answer.headers, body: read.data };
        toPrism.writeHead(502).end(); // Prism's verdict on this answer is not used
        return;
      }
      if (read.complete && !tooDeep) {
        exchange.outcome = { kind: 'buffered', status, headers: answer.headers, body: read.data };
        // Without Location Prism's HTTP client cannot follow a redirect; the client gets it unchanged.
        const { location: _location, 'content-length': _length, ...headers } = endToEnd(answer.headers);
        toPrism.writeHead(status, headers).end(read.data);
        return;
      }
      exchange.outcome = { kind: 'streamed' };
      toPrism.writeHead(502).end(); // Prism's verdict on this answer is not used
      const [body, reason] = read.complete
        ? [Readable.from([read.data]), `JSON nested deeper than ${maxJsonDepth} levels`]
        : [restAfter(read.head, answer), `larger than ${megabytes(context.limit)}`];
      await streamAnswer(context, exchange, answer, body, reason);
    } catch (error) {
      if (exchange.outcome?.kind === 'streamed') return;
      const { status, message } = upstreamFailure(error as Error, context.upstreamTimeoutMs);
      exchange.outcome = { kind: 'failed', status, message };
      if (!toPrism.headersSent) toPrism.writeHead(502).end();
    }
  }
}

/** Prism has answered: the client gets the appliance's answer (or Prism's error), and the findings are recorded. */
async function settle(context: ProxyContext, exchange: Exchange, prism: PrismConnection, answer: IncomingMessage): Promise<void> {
  const { outgoing, outcome } = exchange;
  const flagged = violationsFromHeader(answer.headers['sl-violations']);
  const requestOnly = flagged.filter(({ location }) => location.startsWith('request'));
  const report = (status: number, violations: Violation[]) => recordFound(context, exchange, status, violations);
  // Prism's own error (with `errors`: a violating request or answer), not an appliance answer it passed on
  const ownProblem = isPrismProblem(answer.headers) && !(outcome?.kind === 'buffered' && isPrismProblem(outcome.headers));
  if (outcome?.kind === 'streamed') {
    answer.resume();
    report(outgoing.statusCode, requestOnly);
  } else if (outcome?.kind === 'failed') {
    answer.resume();
    problem(outgoing, outcome.status, outcome.message);
    report(outcome.status, [...requestOnly, { location: 'upstream', message: outcome.message }]);
  } else if (outcome?.kind === 'notJson') {
    answer.resume();
    const violates = !noContent.has(outcome.status);
    if (context.errors && violates) problem(outgoing, 500, "the appliance's answer is not valid JSON, though its Content-Type says it is");
    else outgoing.writeHead(outcome.status, clientHeaders(outcome.headers)).end(outcome.body);
    report(outgoing.statusCode, violates ? [...requestOnly, responseNotJson] : requestOnly);
  } else if (outcome?.kind === 'buffered' && !ownProblem) {
    answer.resume();
    outgoing.writeHead(outcome.status, clientHeaders(outcome.headers)).end(outcome.body);
    report(outcome.status, flagged);
  } else {
    let body: Buffer;
    try {
      body = await readAll(answer);
    } catch (error) {
      validatorFailed(context, exchange, prism, error as Error, flagged);
      return;
    }
    const status = answer.statusCode ?? 502;
    outgoing.writeHead(status, clientHeaders(answer.headers)).end(body);
    report(status, ownProblem ? [...flagged, ...violationsFromProblem(body.toString())] : flagged);
  }
}

/**
 * The proxy's own Prism did not answer, or broke off: recorded under `location: 'validator'`. When the
 * appliance has answered (it may have carried out a write), the client gets that answer unvalidated (with
 * `errors`, the proxy's 502); else the proxy answers as for an appliance that fails. An answer already
 * streaming to the client is left to finish.
 */
function validatorFailed(context: ProxyContext, exchange: Exchange, prism: PrismConnection, error: Error, found: Violation[] = []) {
  const { status, message } = upstreamFailure(error, prism.timeoutMs, "the proxy's validator (Prism)");
  const { outcome, outgoing } = exchange;
  const upstream: Violation[] = outcome?.kind === 'failed' ? [{ location: 'upstream', message: outcome.message }] : [];
  if ((outcome?.kind === 'buffered' || outcome?.kind === 'notJson') && !context.errors) {
    outgoing.writeHead(outcome.status, clientHeaders(outcome.headers)).end(outcome.body);
  } else if (outcome?.kind === 'failed') {
    problem(outgoing, outcome.status, outcome.message);
  } else if (outcome?.kind !== 'streamed') {
    problem(outgoing, status, message);
  }
  recordFound(context, exchange, outgoing.statusCode, [...found, ...upstream, { location: 'validator', message }]);
}

/**
 * A request body labelled JSON that is not: a request violation. With `errors` it is refused with the 400
 * Prism's HTTP layer gives it; else it goes to the appliance as sent, and the answer back unvalidated.
 */
async function malformedRequest(context: ProxyContext, exchange: Exchange): Promise<void> {
  if (!context.errors) {
    await streamThrough(context, exchange, 'the request body is not valid JSON', [requestNotJson]);
    return;
  }
  httpLayerError(exchange.outgoing, 400, 'invalid_json', 'Invalid JSON');
  recordFound(context, exchange, 400, [requestNotJson]);
}

/** A request that cannot be validated goes straight to the appliance; its answer straight back. `found`: violations already seen. */
async function streamThrough(context: ProxyContext, exchange: Omit<Exchange, 'body'> & { body: Buffer | Readable }, reason: string, found: Violation[] = []): Promise<void> {
  const { method, path, target, headers, body } = exchange;
  let answer: IncomingMessage;
  try {
    answer = await context.upstream.send({ method, path: target, headers: withoutExchangeHeader(headers), body });
  } catch (error) {
    const { status, message } = upstreamFailure(error as Error, context.upstreamTimeoutMs);
    problem(exchange.outgoing, status, message);
    recordFound(context, exchange, status, [...found, { location: 'upstream', message }]);
    return;
  }
  await streamAnswer(context, exchange, answer, answer, reason, found);
}

/** Passes an answer to the client as it arrives; a break is recorded and ends the client's connection too. */
function streamAnswer(context: ProxyContext, exchange: Pick<Exchange, 'method' | 'path' | 'outgoing'>, answer: IncomingMessage, body: Readable, reason: string, found: Violation[] = []): Promise<void> {
  const { method, path, outgoing } = exchange;
  const status = answer.statusCode ?? 502;
  try {
    outgoing.writeHead(status, clientHeaders(answer.headers));
  } catch (error) {
    // A status no HTTP server may send (`099`): answered and recorded as the validated path does.
    answer.destroy();
    const failure = upstreamFailure(error as Error, context.upstreamTimeoutMs);
    problem(outgoing, failure.status, failure.message);
    recordFound(context, exchange, failure.status, [...found, { location: 'upstream', message: failure.message }]);
    return Promise.resolve();
  }
  context.note({ method, path, status, reason: `not validated: ${reason}` });
  return new Promise((resolve) => {
    pipeline(body, outgoing, (error) => {
      if (error && !outgoing.writableFinished && !outgoing.destroyed) outgoing.destroy();
      const broken = error && !answer.complete ? [{ location: 'upstream', message: upstreamFailure(error, context.upstreamTimeoutMs).message }] : [];
      recordFound(context, exchange, status, [...found, ...broken]);
      resolve();
    });
  });
}

/** Records an exchange's violations, if it has any. */
function recordFound(context: ProxyContext, { method, path }: Pick<Exchange, 'method' | 'path'>, status: number, violations: Violation[]) {
  if (violations.length) context.record({ method, path, status, violations: dedupe(violations) });
}

/** Prism parses the body of any answer labelled JSON but a `204`, and fails when it is not JSON. */
function labelledJsonButNot(status: number, headers: IncomingHttpHeaders, body: Buffer): boolean {
  return status !== 204 && isJsonMediaType(headers['content-type']) && !isJsonText(body);
}

/** Statuses whose answers carry no content whatever their Content-Type (RFC 9110 §15.3.6, §15.4.5): nothing to violate. */
const noContent = new Set([205, 304]);

/** The appliance's (or Prism's) headers as they were, but for the hop-by-hop and CORS ones. */
function clientHeaders(headers: IncomingHttpHeaders) {
  return withoutCorsHeaders(endToEnd(headers));
}

function withoutExchangeHeader(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const { [exchangeHeader]: _id, ...rest } = headers;
  return rest;
}

/** The proxy's own error answer (RFC 9457 problem details), when the appliance or its Prism did not answer in full (or, with `errors`, the appliance broke the contract where Prism cannot see it). */
function problem(outgoing: ServerResponse, status: number, detail: string) {
  if (outgoing.headersSent) {
    outgoing.destroy();
    return;
  }
  outgoing.writeHead(status, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ title: STATUS_CODES[status], status, detail: `sps-mock proxy: ${detail}` }));
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
