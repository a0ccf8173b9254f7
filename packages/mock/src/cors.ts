import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';

/**
 * `value` as the one web origin that may call the mock or the proxy from a browser, e.g.
 * `http://localhost:3000`. Without it no answer carries CORS headers, so no web page can drive them.
 */
export function corsOrigin(value: string): string {
  try {
    if (/^https?:\/\/[^/?#@\s]+\/?$/i.test(value)) return new URL(value).origin;
  } catch {
    // not a URL: refused below
  }
  throw new RangeError(`the CORS origin must be one origin such as http://localhost:3000 (scheme, host and port only), got "${value}"`);
}

/** A CORS preflight: `OPTIONS` with `Origin` and `Access-Control-Request-Method`. */
export function isPreflight(request: IncomingMessage): boolean {
  return request.method === 'OPTIONS' && request.headers.origin !== undefined && request.headers['access-control-request-method'] !== undefined;
}

/** The answer to a preflight: allowed for `allowed` (cookies included), refused for every other origin. */
export function preflightAnswer(request: IncomingMessage, allowed: string | undefined): { status: number; headers: OutgoingHttpHeaders; body: string } {
  const origin = request.headers.origin!;
  if (origin !== allowed) {
    const hint = allowed ? `only ${allowed} is allowed` : `start it with --cors ${origin} (or the cors option) to allow it`;
    return { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', vary: 'Origin' }, body: `sps-mock: cross-origin requests from ${origin} are not allowed; ${hint}\n` };
  }
  const headers: OutgoingHttpHeaders = {
    ...corsHeaders(origin, allowed),
    'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE',
    'access-control-max-age': '600',
    vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
  };
  const requested = request.headers['access-control-request-headers'];
  if (requested) headers['access-control-allow-headers'] = requested;
  return { status: 204, headers, body: '' };
}

/** The CORS headers of an answer to `origin`: only for the allowed origin. */
export function corsHeaders(origin: string | undefined, allowed: string | undefined): OutgoingHttpHeaders {
  if (origin === undefined || origin !== allowed) return {};
  return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' };
}

/** `headers` without any `Access-Control-*` header: the only CORS policy is ours. */
export function withoutCorsHeaders<T extends Record<string, unknown>>(headers: T): T {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !name.toLowerCase().startsWith('access-control-'))) as T;
}
