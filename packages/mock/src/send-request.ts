import { request as httpRequest, type Agent, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Duplex, Readable } from 'node:stream';

export interface Outbound {
  method: string;
  /** The request target: path and query. */
  path: string;
  headers: OutgoingHttpHeaders;
  body?: Buffer | Readable | undefined;
  /** Gives up (a `TimeoutError`) when the connection is idle this long: no answer, or a pause mid-body. */
  timeoutMs: number;
  /** Extra CA certificates (PEM) for an `https:` server; its certificate is verified in every case. */
  ca?: string[] | undefined;
  /** Keeps connections open between requests (to Prism); a new connection per request without one. */
  agent?: Agent | undefined;
}

export class TimeoutError extends Error {}

/**
 * Sends one request to `origin` (`http://host:port` or `https://…`, plus an optional path prefix) and
 * resolves with the answer's head. Redirects are answers like any other: never followed.
 */
export function sendRequest(origin: URL, outbound: Outbound): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const options = {
      protocol: origin.protocol,
      hostname: origin.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: origin.port,
      path: `${origin.pathname.replace(/\/$/, '')}${outbound.path}`,
      method: outbound.method,
      headers: outbound.headers,
      agent: outbound.agent ?? (false as const),
    };
    const request =
      origin.protocol === 'https:'
        ? httpsRequest({ ...options, rejectUnauthorized: true, ...(outbound.ca ? { ca: outbound.ca } : {}) }, resolve)
        : httpRequest(options, resolve);
    request.setTimeout(outbound.timeoutMs, () => request.destroy(new TimeoutError(`no answer for ${outbound.timeoutMs / 1000} s`)));
    request.on('error', reject);
    // Without this listener Node drops the connection of a `101` and the promise never settles.
    request.on('upgrade', (_answer, socket: Duplex) => {
      socket.destroy();
      reject(new Error('it switched protocols (101) instead of answering over HTTP'));
    });
    const { body } = outbound;
    if (body === undefined || Buffer.isBuffer(body)) {
      request.end(body);
    } else {
      body.once('error', (error) => request.destroy(error));
      body.pipe(request);
    }
  });
}
