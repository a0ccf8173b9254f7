import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { rootCertificates } from 'node:tls';
import { endToEnd } from './http-headers.js';
import { sendRequest, TimeoutError } from './send-request.js';

export interface UpstreamOptions {
  /** The appliance, e.g. `https://sps.example.net`. */
  url: string;
  /** A PEM file of extra CA certificates to trust, next to the usual ones. */
  ca?: string | undefined;
  /** Gives up when the appliance is silent this long (no answer, or a pause mid-answer). */
  timeoutMs: number;
}

export interface UpstreamRequest {
  method: string;
  /** Path and query, as the client sent them. */
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer | Readable;
}

export interface Upstream {
  /** Sends the client's request on, unchanged but for `Host` and the hop-by-hop headers. */
  send(request: UpstreamRequest): Promise<IncomingMessage>;
}

/**
 * The real appliance behind the validating proxy. Its TLS certificate is always verified (an inherited
 * `NODE_TLS_REJECT_UNAUTHORIZED=0` changes nothing); `ca` only adds trust. Redirects are answers, never
 * followed, so credentials never go anywhere but the appliance.
 */
export function upstreamOf(options: UpstreamOptions): Upstream {
  const origin = checkedUpstream(options.url);
  const ca = options.ca === undefined ? undefined : [...rootCertificates, readCa(options.ca)];
  return {
    send({ method, path, headers, body }) {
      const length = Buffer.isBuffer(body) ? { 'content-length': body.length } : {};
      return sendRequest(origin, { method, path, headers: endToEnd(headers, { host: origin.host, ...length }), body, timeoutMs: options.timeoutMs, ca });
    },
  };
}

/** In words, for the report: why the appliance (or `who` else: the proxy's own Prism) could not answer. */
export function upstreamFailure(error: Error, timeoutMs: number, who = 'the appliance'): { status: 502 | 504; message: string } {
  if (error instanceof TimeoutError) return { status: 504, message: `${who} sent nothing for ${timeoutMs / 1000} s` };
  return { status: 502, message: `${who} could not be reached or broke off its answer: ${error.message}` };
}

function checkedUpstream(upstream: string): URL {
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
  return parsed;
}

function readCa(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(`cannot read the CA file ${path}`);
  }
}
