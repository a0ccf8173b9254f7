import { accessSync, constants } from 'node:fs';
import { createServer, request as forward, type IncomingHttpHeaders, type Server } from 'node:http';
import { bundledSpec, httpUrl, listenProblem, startPrism, usablePort } from './prism.js';

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
  /** How long to wait for Prism to answer (default 15 s). */
  startTimeoutMs?: number;
  /** Called for every exchange that violated the contract, as soon as it is seen. */
  onViolation?: (exchange: ViolatingExchange) => void;
}

export interface Violation {
  /** Where, as Prism names it: `request`, `request.body.status`, `response.body.key`, `upstream`… */
  location: string;
  message: string;
}

export interface ViolatingExchange {
  method: string;
  /** The request path (without the query string). */
  path: string;
  /** The status the proxy answered with. */
  status: number;
  violations: Violation[];
}

export interface RunningProxy {
  url: string;
  /** The pid of the Prism process behind the proxy. */
  pid: number;
  /** Settles with Prism's exit code once its process has ended, for whatever reason. */
  exited: Promise<number | null>;
  /** Every violating exchange so far. */
  violations: readonly ViolatingExchange[];
  stop(): Promise<void>;
}

/**
 * Puts Prism's validating proxy in front of a real SPS: requests and responses pass through unchanged
 * (or, with `errors`, violating ones are answered with Prism's error) and every exchange that violates
 * the contract is recorded. A small pass-through in front of Prism reads Prism's `sl-violations` header
 * and its own error answers, so each violation is tied to its request even under concurrency.
 */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const upstream = checkedUpstream(options.upstream);
  const host = options.host ?? '127.0.0.1';
  const port = await usablePort(host, options.port);
  // TLS to the upstream is verified by Node's defaults; an inherited NODE_TLS_REJECT_UNAUTHORIZED=0 must
  // not switch that off. Extra trust is only ever added, through --ca.
  const env = { ...process.env };
  delete env.NODE_TLS_REJECT_UNAUTHORIZED;
  if (options.ca) env.NODE_EXTRA_CA_CERTS = checkedFile(options.ca);

  const args = ['proxy', options.spec ?? bundledSpec, upstream];
  if (options.errors) args.push('--errors');
  const prism = await startPrism({ args, host: '127.0.0.1', port: await usablePort('127.0.0.1'), env, startTimeoutMs: options.startTimeoutMs });

  const violations: ViolatingExchange[] = [];
  const record = (exchange: ViolatingExchange) => {
    violations.push(exchange);
    options.onViolation?.(exchange);
  };
  const server = createServer((incoming, outgoing) => {
    const path = new URL(incoming.url ?? '/', 'http://proxy').pathname;
    const toPrism = forward(`${prism.url}${incoming.url ?? '/'}`, { method: incoming.method, headers: incoming.headers }, (answer) => {
      const status = answer.statusCode ?? 502;
      outgoing.writeHead(status, answer.headers);
      const flagged = violationsFromHeader(answer.headers['sl-violations']);
      if (!isPrismProblem(answer.headers)) {
        if (flagged.length) record({ method: incoming.method ?? 'GET', path, status, violations: flagged });
        answer.pipe(outgoing);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const body = Buffer.concat(chunks);
        const found = [...flagged, ...violationsFromProblem(body.toString())];
        record({ method: incoming.method ?? 'GET', path, status, violations: dedupe(found) });
        outgoing.end(body);
      });
    });
    toPrism.on('error', (error) => {
      if (outgoing.headersSent) outgoing.destroy(error);
      else outgoing.writeHead(502, { 'content-type': 'text/plain' }).end(`sps-mock proxy: ${error.message}`);
    });
    incoming.pipe(toPrism);
  });
  try {
    await listen(server, host, port);
  } catch (error) {
    await prism.stop();
    throw error;
  }

  return {
    url: httpUrl(host, port),
    pid: prism.pid,
    exited: prism.exited,
    violations,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await prism.stop();
    },
  };
}

function checkedUpstream(upstream: string): string {
  let parsed: URL;
  try {
    parsed = new URL(upstream);
  } catch {
    throw new Error(`the upstream must be an http:// or https:// URL, got "${upstream}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`the upstream must be an http:// or https:// URL, got "${parsed.protocol}//…"`);
  }
  if (parsed.username || parsed.password) {
    throw new Error('the upstream URL must not contain credentials; log in through the proxy instead');
  }
  return parsed.href;
}

function checkedFile(path: string): string {
  try {
    accessSync(path, constants.R_OK);
    return path;
  } catch {
    throw new Error(`cannot read the CA file ${path}`);
  }
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new Error(listenProblem(error, host, port))));
    server.listen(port, host, resolve);
  });
}

interface PrismViolation {
  location?: string[];
  message?: string;
}

/** Prism lists what it found in the `sl-violations` header (JSON; prefixed and cut when very long). */
function violationsFromHeader(header: string | string[] | undefined): Violation[] {
  if (typeof header !== 'string') return [];
  try {
    return (JSON.parse(header) as PrismViolation[]).map(toViolation);
  } catch {
    return [{ location: 'response', message: header.slice(0, 500) }];
  }
}

/** Prism answers with `application/problem+json` when it rejects a request or cannot reach the upstream. */
function isPrismProblem(headers: IncomingHttpHeaders): boolean {
  return (headers['content-type'] ?? '').startsWith('application/problem+json');
}

function violationsFromProblem(body: string): Violation[] {
  try {
    const problem = JSON.parse(body) as { type?: string; title?: string; detail?: string; validation?: PrismViolation[] };
    if (problem.validation?.length) return problem.validation.map(toViolation);
    const upstreamFailed = problem.type === 'FetchError';
    return [{ location: upstreamFailed ? 'upstream' : 'request', message: [problem.title, problem.detail].filter(Boolean).join(': ') }];
  } catch {
    return [{ location: 'response', message: 'unreadable error answer from Prism' }];
  }
}

/** Prism's own 422 answers leave out the `request` prefix that its header puts on request locations. */
function toViolation({ location = [], message = '' }: PrismViolation): Violation {
  const where = location[0] === 'request' || location[0] === 'response' ? location : ['request', ...location];
  return { location: where.join('.'), message };
}

function dedupe(violations: Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter(({ location, message }) => !seen.has(`${location} ${message}`) && seen.add(`${location} ${message}`));
}
