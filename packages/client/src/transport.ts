/**
 * The client's `fetch`, below openapi-fetch and any middleware: the X-Token on writes, no cookie on a
 * login, retries of idempotent requests, one re-login after a 401, and network failures as
 * `SpsNetworkError`. The TLS dispatcher reaches `fetch` as openapi-fetch's `requestInitExt`. Secrets
 * live in this closure only, and those each call sent in a WeakMap (to redact them from errors).
 */
import { pathWithin } from './base-url.js';
import { SpsNetworkError, withoutSecret, type RequestDescription } from './errors.js';
import { createDispatcher, isNode, type Dispatcher, type TlsOptions } from './tls.js';
import type { FetchLike, RetryOptions } from './types.js';

/** What the request methods know about one call; they hand it to `send` with each of its Requests. */
export interface Call extends RequestDescription {
  /** `false`: never send this request twice. */
  retry?: boolean | undefined;
  /** The answer, once `fetch` has one: a failure after that happened while reading its body. */
  response?: Response | undefined;
}

export interface TransportOptions extends TlsOptions {
  /** The parsed base URL (see base-url.ts). */
  baseUrl: URL;
  fetch?: FetchLike | undefined;
  retry: Required<RetryOptions> | false;
  userAgent: string;
  xToken?: string | undefined;
}

export interface Transport {
  /** openapi-fetch's `fetch`: sends a request of `call` (described from the Request when not given). */
  send(request: Request, init?: RequestInit, call?: Call): Promise<Response>;
  /** openapi-fetch's `requestInitExt`: the TLS dispatcher, in Node.js over HTTPS. */
  requestInitExt: { dispatcher: Dispatcher } | undefined;
  /**
   * The headers of every request, given to openapi-fetch as its `headers` (it reads them on each call):
   * the User-Agent, and the session cookie kept in step with `sessionId`.
   */
  headers: Record<string, string | undefined>;
  /** The `session_id` cookie; only this module and the session helpers see it. */
  sessionId: string | undefined;
  /** Logs in again with the held credentials; set by the session helpers when re-login is on. */
  relogin: (() => Promise<void>) | undefined;
  /**
   * Whether this session may have an open transaction (one was opened, or a write that needs one
   * auto-opened it on SPS 6.9+). A new login would silently lose its staged changes, so no re-login then.
   */
  transactionMaybeOpen: boolean;
  close(): Promise<void>;
}

/** 502, 503, 504: a gateway's answer (retried; inside a transaction it says nothing of what SPS behind it did). */
export const gatewayStatuses = new Set([502, 503, 504]);
const idempotent = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT']);
const safe = new Set(['GET', 'HEAD']);
const loginPath = '/api/authentication';
const transactionPath = '/api/transaction';
/**
 * Where a write opens the session's transaction on SPS 6.9+ (or needs it open): with `POST /api/transaction`,
 * these are the writes whose documented 409 is `WebGuiOrRpcApiConfigInProgress` (a transport test checks that).
 */
const transactionWrites = /^\/api\/(configuration|cluster)/;
/** RFC 6265's cookie-value: cookie-octets, optionally in double quotes. */
const cookieValue = /^("?)[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*\1$/;
/** What `Headers` accepts as a value (it would quote a refused one in its error). */
const headerValue = /^[^\0\r\n\u0100-\uffff]*$/;

/** The secrets each call last sent; a WeakMap keeps them off the call, which errors are made from. */
const secretsSent = new WeakMap<Call, SecretsSent>();

interface SecretsSent {
  sessionId: string | undefined;
  xToken: string | undefined;
}

/** `error` (about an answer to `call`) without the session ID and X-Token its last request carried: SPS may reflect them. */
export function withoutSecretsSent<E>(error: E, call: Call): E {
  const { sessionId, xToken } = secretsSent.get(call) ?? {};
  return withoutSecret(withoutSecret(error, sessionId, '[session_id]'), xToken, '[x-token]');
}

export function createTransport(options: TransportOptions): Transport {
  for (const name of ['userAgent', 'xToken'] as const) {
    const value = options[name];
    if (value !== undefined && (typeof value !== 'string' || !headerValue.test(value))) {
      throw new TypeError(`${name} must be a valid header value: no NUL, CR or LF, and only Latin-1 characters`);
    }
  }
  const tls = isNode && options.baseUrl.protocol === 'https:';
  let reloginInFlight: Promise<void> | undefined;
  let sessionId: string | undefined;

  const transport: Transport = {
    send,
    requestInitExt: tls ? { dispatcher: createDispatcher(options) } : undefined,
    headers: { 'User-Agent': options.userAgent },
    get sessionId() {
      return sessionId;
    },
    set sessionId(value) {
      if (value !== undefined && (typeof value !== 'string' || !cookieValue.test(value))) {
        throw new TypeError(
          'sessionId must be a cookie value (RFC 6265): printable US-ASCII without spaces, double quotes, commas, semicolons or backslashes, optionally in double quotes',
        );
      }
      sessionId = value;
      transport.headers.Cookie = value ? `session_id=${value}` : undefined;
    },
    relogin: undefined,
    transactionMaybeOpen: false,
    async close() {
      const ext = transport.requestInitExt;
      if (!ext) return;
      // openapi-fetch hands the same object to every call: the next request uses a fresh pool.
      const closing = ext.dispatcher;
      ext.dispatcher = createDispatcher(options);
      await closing.close();
    },
  };

  async function send(request: Request, init?: RequestInit, call: Call = { method: request.method, path: pathWithin(options.baseUrl, request.url) }): Promise<Response> {
    const { method } = request;
    const route = call.pathTemplate ?? call.path;
    const isLogin = route === loginPath;
    if (isLogin) request.headers.delete('Cookie');
    if (options.xToken && !safe.has(method) && !request.headers.has('X-Token')) request.headers.set('X-Token', options.xToken);

    // Idempotent by HTTP, except the commit (`PUT /api/transaction`), which is never sent twice.
    const retryable = idempotent.has(method) && !(method === 'PUT' && route === transactionPath);
    const retries = options.retry && call.retry !== false && retryable ? options.retry.retries : 0;
    const mayResend = call.retry !== false && (retries > 0 || (transport.relogin !== undefined && !isLogin));
    // A body can be read once: keep a copy to send again. A request without a body is sent again as it is.
    const spare = mayResend && request.body !== null ? request.clone() : undefined;
    let cookie: string | undefined;
    let reloggedIn = false;

    for (let attempt = 0, sending = request; ; attempt++, sending = spare?.clone() ?? request) {
      if (cookie !== undefined) sending.headers.set('Cookie', cookie);
      const sessionSent = transport.sessionId;
      if (sessionSent || options.xToken) secretsSent.set(call, { sessionId: sessionSent, xToken: options.xToken });
      let response: Response;
      try {
        response = await (options.fetch ?? fetch)(sending, init);
      } catch (error) {
        if (request.signal.aborted) throw error; // a timeout or your abort: not retried
        if (attempt < retries) {
          await backoff(attempt, request.signal);
          continue;
        }
        throw new SpsNetworkError(call, error);
      }
      if (attempt < retries && gatewayStatuses.has(response.status)) {
        await response.body?.cancel();
        await backoff(attempt, request.signal);
        continue;
      }
      if (response.status === 401 && mayResend && !isLogin && !reloggedIn && transport.relogin && !transport.transactionMaybeOpen) {
        reloggedIn = true;
        attempt--;
        await response.body?.cancel();
        // Requests failing together log in once: a session newer than the one sent is simply used.
        if (transport.sessionId === sessionSent) {
          await (reloginInFlight ??= transport.relogin().finally(() => (reloginInFlight = undefined)));
        }
        cookie = `session_id=${transport.sessionId}`;
        continue;
      }
      call.response = response;
      if (method !== 'GET') trackTransaction(method, route, response);
      return response;
    }
  }

  /** Keeps `transactionMaybeOpen` in step with the answer to a write. */
  function trackTransaction(method: string, route: string, { ok, status }: Response) {
    if (route === transactionPath) {
      // A rollback answered 401: the session has ended, and its transaction with it.
      if (ok || (method === 'DELETE' && status === 401)) transport.transactionMaybeOpen = method === 'POST';
    } else if (ok && transactionWrites.test(route)) transport.transactionMaybeOpen = true;
  }

  function backoff(attempt: number, signal: AbortSignal) {
    const { minDelayMs, maxDelayMs } = options.retry as Required<RetryOptions>;
    return sleep(Math.min(maxDelayMs, minDelayMs * 2 ** attempt) * (0.5 + Math.random() / 2), signal);
  }

  return transport;
}

/** Waits `ms`; rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const done = () => {
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}
