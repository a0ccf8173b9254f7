/**
 * Wraps the request methods of openapi-fetch: each call goes to the transport with its own settings
 * (timeout, retry), the timeout covers the whole call (retries and reading the body included) and
 * becomes an `SpsTimeoutError`, and the method of an error answer is remembered for `unwrap()`.
 * Network errors already arrive as `SpsNetworkError` from the transport; your own aborts stay `AbortError`s.
 */
import type { Client } from 'openapi-fetch';
import { SpsError, SpsTimeoutError } from './errors.js';
import type { paths } from './generated/openapi.js';
import type { PendingRequest, PerRequestOptions, Transport } from './transport.js';
import type { Api } from './types.js';
import { methodOf } from './unwrap.js';

const methods = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;
type Init = PerRequestOptions & { signal?: AbortSignal | null; [option: string]: unknown };
type Send = (url: string, init?: Init) => Promise<{ response: Response }>;

/** The request methods of `client`, wrapped; openapi-fetch's middleware (`use`) is left out, see client.ts. */
export function withRequestOptions(client: Client<paths>, transport: Transport, defaultTimeoutMs: number): Api {
  const { use: _use, eject: _eject, ...wrapped } = client;
  const plain = { fetch: transport.send };
  for (const method of methods) {
    const send = client[method] as unknown as Send;
    const answeredPlain = answered(method);
    const call: Send = (url, init) => {
      const { timeoutMs = defaultTimeoutMs, retry, signal, ...options } = init ?? {};
      // The common call (no options, no timeout) allocates next to nothing of ours.
      if (!init && !Number.isFinite(timeoutMs)) return send(url, plain).then(answeredPlain, failed(method, url));
      const limit = Number.isFinite(timeoutMs) ? deadline(timeoutMs, signal ?? undefined) : undefined;
      // openapi-fetch hands the request to this per-call `fetch`, which passes our options along.
      const fetch =
        limit || retry !== undefined
          ? (request: PendingRequest) => transport.send(request, { deadline: limit?.signal, retry })
          : transport.send;
      return send(url, { ...options, ...(!limit && signal && { signal }), fetch }).then(
        answered(method, limit),
        failed(method, url, limit),
      );
    };
    (wrapped as Record<string, unknown>)[method] = call;
  }
  wrapped.request = ((method: string, url: string, init?: Init) =>
    (wrapped as unknown as Record<string, Send>)[method.toUpperCase()]!(url, init)) as Client<paths>['request'];
  return wrapped;
}

type Deadline = ReturnType<typeof deadline>;

/**
 * A signal that aborts after `timeoutMs` or when yours does; `done()` stops the timer. One controller
 * and one timer: cheaper per request than `AbortSignal.any()` with `AbortSignal.timeout()`.
 */
function deadline(timeoutMs: number, yours: AbortSignal | undefined) {
  const controller = new AbortController();
  const abort = () => controller.abort(yours?.reason);
  const timer = setTimeout(() => {
    limit.expired = true;
    controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  if (yours?.aborted) abort();
  else yours?.addEventListener('abort', abort, { once: true });
  const limit = {
    signal: controller.signal,
    timeoutMs,
    expired: false,
    done() {
      clearTimeout(timer);
      yours?.removeEventListener('abort', abort);
    },
  };
  return limit;
}

/** Stops the timer; remembers the method of an error answer, for `unwrap()`. */
const answered =
  (method: string, limit?: Deadline) =>
  <R extends { response: Response }>(result: R): R => {
    limit?.done();
    if (!result.response.ok) methodOf.set(result.response, method);
    return result;
  };

/** Stops the timer; turns a timeout into an `SpsTimeoutError`, and rethrows anything else as it is. */
const failed =
  (method: string, url: string, limit?: Deadline) =>
  (error: unknown): never => {
    limit?.done();
    if (error instanceof SpsError || !(error instanceof Error)) throw error;
    if (limit?.expired) throw new SpsTimeoutError(method, url, limit.timeoutMs);
    if (error.name === 'TimeoutError') throw new SpsTimeoutError(method, url, undefined); // your AbortSignal.timeout()
    throw error;
  };
