/**
 * Where every request goes: session cookie and X-Token headers, retries of idempotent requests, one
 * re-login after a 401, and the TLS dispatcher. Secrets live in this closure only.
 */
import { SpsNetworkError } from './errors.js';
import { createDispatcher, isNode, type Dispatcher, type TlsOptions } from './tls.js';

/**
 * A `fetch` of your own. It receives a `Request`; in Node.js over HTTPS, the second argument carries the
 * TLS `dispatcher` (undici) to connect with.
 */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

type Init = RequestInit & { method: string; headers: Headers };

/**
 * What openapi-fetch builds for each call (it is given as its `Request` class): the URL and the
 * options of a request, not yet a `Request`. `fetch(url, init)` then builds the only `Request`
 * (building one here and another inside `fetch` costs more than the rest of a small request), and a
 * body other than a stream can be sent again as it is.
 */
export class PendingRequest {
  constructor(
    readonly url: string,
    readonly init: Init,
  ) {}
  get method(): string {
    return this.init.method;
  }
  get headers(): Headers {
    return this.init.headers;
  }
}

export interface RetryOptions {
  /** How many times to send an idempotent request again after a network error or a 502/503/504. Default 2. */
  retries?: number;
  /** First backoff delay; it doubles with each retry (with jitter). Default 200 ms. */
  minDelayMs?: number;
  /** Cap of the backoff delay. Default 2000 ms. */
  maxDelayMs?: number;
}

/** Extra keys a single request accepts next to openapi-fetch's options: `sps.GET(path, { timeoutMs: 5000 })`. */
export interface PerRequestOptions {
  /** Timeout of this request, retries included; overrides the client's `timeoutMs`. `Infinity` waits forever. */
  timeoutMs?: number;
  /** `false`: never send this request twice (no retry, no re-login resend). */
  retry?: boolean;
}

export interface TransportOptions extends TlsOptions {
  baseUrl: string;
  fetch?: FetchLike | undefined;
  retry: Required<RetryOptions> | false;
  userAgent: string;
  xToken: string | undefined;
}

const retryStatuses = new Set([502, 503, 504]);
const idempotent = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT']);
const loginPath = '/api/authentication';
const transactionPath = '/api/transaction';

/** How requests.ts hands one request's settings to the transport. */
export interface SendOptions {
  /**
   * Aborts on the timeout and on your signal. Handed to `fetch` only when there is one: Node's fetch
   * spends more on a signal than on the rest of a small request.
   */
  deadline?: AbortSignal | undefined;
  retry?: boolean | undefined;
}

export interface Transport {
  send(request: PendingRequest, options?: SendOptions): Promise<Response>;
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
   * Whether this session may have an open transaction (one was opened, or a configuration write
   * auto-opened one on SPS 6.9+). A new login would silently lose its staged changes, so no re-login then.
   */
  transactionMaybeOpen: boolean;
  close(): Promise<void>;
}

export function createTransport(options: TransportOptions): Transport {
  const needsDispatcher = isNode && options.baseUrl.startsWith('https:');
  let dispatcher: Promise<Dispatcher> | undefined;
  let reloginInFlight: Promise<void> | undefined;

  let sessionId: string | undefined;
  const transport: Transport = {
    headers: { 'User-Agent': options.userAgent },
    get sessionId() {
      return sessionId;
    },
    set sessionId(value) {
      sessionId = value;
      transport.headers.Cookie = value ? `session_id=${value}` : undefined;
    },
    relogin: undefined,
    transactionMaybeOpen: false,
    send,
    async close() {
      const current = dispatcher;
      dispatcher = undefined;
      if (current) await (await current).close();
    },
  };

  async function send(request: PendingRequest, { deadline, retry }: SendOptions = {}): Promise<Response> {
    const { url, init, method } = request;
    const path = pathOf(url, options.baseUrl);
    const isLogin = path === loginPath;
    const signal = deadline ?? init.signal ?? undefined;
    decorate(init.headers, method, isLogin);
    const sent: Init = deadline ? { ...init, signal: deadline } : init;
    const extra: (RequestInit & { dispatcher: Dispatcher }) | undefined = needsDispatcher
      ? { dispatcher: await (dispatcher ??= createDispatcher(options)) }
      : undefined;

    const retries = options.retry && retry !== false && isRetryable(method, path) ? options.retry.retries : 0;
    const resendable = retry !== false && !(init.body instanceof ReadableStream);
    let reloggedIn = false;

    for (let attempt = 0; ; attempt++) {
      const sessionSent = transport.sessionId;
      let response: Response;
      try {
        response = await (options.fetch ? options.fetch(new Request(url, sent), extra) : fetch(url, extra ? { ...sent, ...extra } : sent));
      } catch (error) {
        if (signal?.aborted) throw error; // a timeout or your abort: not retried
        if (attempt < retries) {
          await backoff(attempt, signal);
          continue;
        }
        throw new SpsNetworkError(method, path, error);
      }
      if (attempt < retries && retryStatuses.has(response.status)) {
        await response.body?.cancel();
        await backoff(attempt, signal);
        continue;
      }
      if (response.status === 401 && resendable && !isLogin && !reloggedIn && transport.relogin && !transport.transactionMaybeOpen) {
        reloggedIn = true;
        attempt--;
        await response.body?.cancel();
        // Requests failing together log in once: a session newer than the one sent is simply used.
        if (transport.sessionId === sessionSent) {
          await (reloginInFlight ??= transport.relogin().finally(() => (reloginInFlight = undefined)));
        }
        init.headers.set('Cookie', `session_id=${transport.sessionId}`);
        continue;
      }
      if (response.ok && method !== 'GET') trackTransaction(method, path);
      return response;
    }
  }

  /** What differs from the common headers: no cookie on a login, the X-Token on writes. */
  function decorate(headers: Headers, method: string, isLogin: boolean) {
    if (isLogin) headers.delete('Cookie');
    if (options.xToken && method !== 'GET' && method !== 'HEAD' && !headers.has('X-Token')) {
      headers.set('X-Token', options.xToken);
    }
  }

  function trackTransaction(method: string, path: string) {
    if (path === transactionPath) transport.transactionMaybeOpen = method === 'POST';
    else if (path.startsWith('/api/configuration')) transport.transactionMaybeOpen = true;
  }

  async function backoff(attempt: number, signal: AbortSignal | undefined) {
    const { minDelayMs, maxDelayMs } = options.retry as Required<RetryOptions>;
    const delay = Math.min(maxDelayMs, minDelayMs * 2 ** attempt) * (0.5 + Math.random() / 2);
    await sleep(delay, signal);
  }

  return transport;
}

/** The API path of a request URL (`/api/…`), without the base URL's own path and the query. */
function pathOf(url: string, baseUrl: string): string {
  const rest = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : new URL(url).pathname;
  const query = rest.indexOf('?');
  return query < 0 ? rest : rest.slice(0, query);
}

/** Idempotent by HTTP, except the commit (`PUT /api/transaction`), which is never sent twice. */
function isRetryable(method: string, path: string): boolean {
  return idempotent.has(method) && !(method === 'PUT' && path === transactionPath);
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
