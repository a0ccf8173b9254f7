import { createServer } from 'node:http';
import { corsOrigin } from './cors.js';
import { startFrontOfPrism } from './front-server.js';
import { portNumber } from './port.js';
import { bundledSpec, startPrism } from './prism.js';
import { Exchanges, type ProxyContext, type UnvalidatedExchange, type ViolatingExchange } from './proxy-exchange.js';
import { upstreamOf } from './upstream.js';

export type { UnvalidatedExchange, ViolatingExchange } from './proxy-exchange.js';
export type { Violation } from './violations.js';

export interface ProxyOptions {
  /** The real appliance, e.g. `https://sps.example.net`. Its TLS certificate is always verified. */
  upstream: string;
  /** Port to listen on; a free one is picked when left out (or 0). */
  port?: number;
  /** Address to listen on; `127.0.0.1` by default. */
  host?: string;
  /** OpenAPI document to validate against; defaults to the bundled SPS description. */
  spec?: string;
  /** Answer violating requests and responses with Prism's error instead of passing them on. */
  errors?: boolean;
  /** A PEM file of extra CA certificates to trust for the upstream (e.g. the appliance's own CA). */
  ca?: string;
  /** The one web origin (e.g. `http://localhost:3000`) whose pages may call the proxy; no CORS headers at all by default. */
  cors?: string;
  /** Request and response bodies up to this size are validated; larger ones stream through unvalidated (default 10, at most 10). */
  maxValidatedMb?: number;
  /** An appliance silent this long (no answer, or a pause mid-answer) is answered with a 504 and recorded (default 30 s). */
  upstreamTimeoutMs?: number;
  /** How long to wait for Prism to answer (default 30 s: a busy CI machine can take that long). */
  startTimeoutMs?: number;
  /** Called for every exchange that violated the contract, as soon as it is seen. */
  onViolation?: (exchange: ViolatingExchange) => void;
  /** Called for every exchange passed through without validation (a body above `maxValidatedMb`). */
  onUnvalidated?: (exchange: UnvalidatedExchange) => void;
}

export interface RunningProxy {
  url: string;
  /** The pid of the Prism process behind the proxy. */
  pid: number;
  /** Settles with Prism's exit code once its process has ended, for whatever reason. */
  exited: Promise<number | null>;
  /** Every violating exchange so far, the appliance's failures (`location: 'upstream'`) among them. */
  violations: readonly ViolatingExchange[];
  /** Every exchange passed through without validation so far. */
  unvalidated: readonly UnvalidatedExchange[];
  stop(): Promise<void>;
}

/**
 * Puts Prism's validating proxy in front of a real SPS: the appliance's answers pass back unchanged
 * (redirects included, never followed; or, with `errors`, violating ones are answered with Prism's
 * error) and every exchange that violates the contract is recorded. Prism and the relay it forwards to
 * listen on free ports of 127.0.0.1 only; see `proxy-exchange.ts` for the path of one request.
 */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const maxValidatedMb = options.maxValidatedMb ?? 10;
  if (!(maxValidatedMb > 0 && maxValidatedMb <= 10)) throw new RangeError(`maxValidatedMb must be more than 0 and at most 10 (Prism reads no larger bodies), got ${maxValidatedMb}`);
  const upstreamTimeoutMs = options.upstreamTimeoutMs ?? 30_000;
  const upstream = upstreamOf({ url: options.upstream, ca: options.ca, timeoutMs: upstreamTimeoutMs });
  const host = options.host ?? '127.0.0.1';
  const cors = options.cors === undefined ? undefined : corsOrigin(options.cors);

  const violations: ViolatingExchange[] = [];
  const unvalidated: UnvalidatedExchange[] = [];
  const exchanges = new Exchanges();
  const context: ProxyContext = {
    upstream,
    limit: maxValidatedMb * 2 ** 20,
    upstreamTimeoutMs,
    errors: options.errors ?? false,
    record(exchange) {
      violations.push(exchange);
      options.onViolation?.(exchange);
    },
    note(exchange) {
      unvalidated.push(exchange);
      options.onUnvalidated?.(exchange);
    },
  };

  const { front, started } = await startFrontOfPrism({
    host,
    port: portNumber(options.port ?? 0),
    cors,
    prismTimeoutMs: upstreamTimeoutMs + 5000,
    handle: (prism, request, response) => exchanges.front(context, prism, request, response),
  });
  const relay = createServer((request, response) => {
    request.on('error', () => {});
    response.on('error', () => {});
    exchanges.relay(context, request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const relayUrl = `http://127.0.0.1:${(relay.address() as { port: number }).port}`;
  const closeRelay = () => {
    relay.closeAllConnections();
    return new Promise((resolve) => relay.close(resolve));
  };

  const args = ['proxy', options.spec ?? bundledSpec, relayUrl];
  if (options.errors) args.push('--errors');
  const prism = await started(startPrism({ args, startTimeoutMs: options.startTimeoutMs })).catch(async (error: unknown) => {
    await Promise.all([front.close(), closeRelay()]);
    throw error;
  });

  return {
    url: front.url,
    pid: prism.pid,
    exited: prism.exited,
    violations,
    unvalidated,
    async stop() {
      await front.close();
      await Promise.all([prism.stop(), closeRelay()]);
    },
  };
}
