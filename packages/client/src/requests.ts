/**
 * Wraps the request methods of openapi-fetch: each call gets its own settings (timeout, retry), the
 * timeout covers the whole call (retries and reading the body included, a streamed one too) and becomes an
 * `SpsTimeoutError`, a success answer that is not JSON an `SpsInvalidJsonError`, and each answer is
 * remembered with its call, for errors about it (`unwrap()`, the helpers). Your own aborts stay `AbortError`s.
 */
import { defaultPathSerializer, type Client, type PathSerializer } from 'openapi-fetch';
import { SpsError, SpsInvalidJsonError, SpsNetworkError, SpsTimeoutError } from './errors.js';
import type { paths } from './generated/openapi.js';
import { withoutSecretsSent, type Call, type Transport } from './transport.js';
import type { Api, PerRequestOptions } from './types.js';

const methods = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

type Init = PerRequestOptions & {
  signal?: AbortSignal | null;
  body?: unknown;
  params?: { path?: Record<string, unknown> };
  pathSerializer?: PathSerializer;
  [option: string]: unknown;
};
type Result = { data?: unknown; error?: unknown; response: Response };
type Send = (url: string, init?: Init) => Promise<Result>;

const calls = new WeakMap<Response, Call>();

/** The call an answer came from (method, path, path template), for an error about it. */
export function callOf(response: Response): Call | undefined {
  return calls.get(response);
}

/** The request methods of `client`, wrapped; `use`/`eject` stay openapi-fetch's. */
export function withRequestOptions(client: Client<paths>, transport: Pick<Transport, 'send'>, defaultTimeoutMs: number): Api {
  const wrapped: Record<string, unknown> = { ...client };
  for (const method of methods) {
    const send = client[method] as unknown as Send;
    wrapped[method] = async (url: string, init?: Init) => {
      const { timeoutMs: ms, retry, ...options } = init ?? {};
      const timeoutMs = milliseconds('timeoutMs', ms, defaultTimeoutMs, true);
      if (retry !== undefined && typeof retry !== 'boolean') {
        throw new TypeError('retry of a request is true or false; set how often to retry with the client\'s retry option');
      }
      const call: Call = {
        method,
        pathTemplate: url,
        retry: retry ?? (options.body instanceof ReadableStream ? false : undefined),
        /** Computed only when an error needs it, the way openapi-fetch builds the URL. */
        get path() {
          return (options.pathSerializer ?? defaultPathSerializer)(url, options.params?.path ?? {}).replace(/\?.*$/, '');
        },
      };
      const limit = Number.isFinite(timeoutMs) ? deadline(timeoutMs, options.signal ?? undefined) : undefined;
      // openapi-fetch's per-request `fetch` hands each Request to the transport together with its call.
      const fetch = (request: Request, ext?: RequestInit) => transport.send(request, ext, call);
      let reading: ReadableStream<Uint8Array> | undefined;
      try {
        const result = await send(url, limit ? { ...options, signal: limit.signal, fetch } : { ...options, fetch });
        calls.set(result.response, call);
        if (limit && result.data instanceof ReadableStream) result.data = reading = timed(result.data, limit, call);
        return result;
      } catch (error) {
        throw failure(error, call, limit, options.signal ?? undefined);
      } finally {
        if (!reading) limit?.done();
      }
    };
  }
  wrapped.request = (method: string, url: string, init?: Init) => (wrapped[method.toUpperCase()] as Send)(url, init);
  return wrapped as unknown as Api;
}

/**
 * An option in milliseconds: `fallback` when `undefined`, else a positive number `setTimeout` can wait
 * (larger ones fire at once), or `Infinity` where it means "never" (`forever`). Anything else is a TypeError.
 */
export function milliseconds(name: string, value: unknown, fallback: number, forever?: boolean): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0 && (value < 2 ** 31 || (forever && value === Infinity)))) {
    throw new TypeError(`${name} must be a positive number of milliseconds below 2^31${forever ? ', or Infinity' : ''}`);
  }
  return value;
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

/**
 * A streamed answer (`parseAs: 'stream'`): the deadline runs on until the body is read, cancelled or
 * broken off, and a body cut off by it fails with an `SpsTimeoutError`.
 */
function timed(body: ReadableStream<Uint8Array>, limit: Deadline, call: Call): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reader.read();
        if (!chunk.done) return controller.enqueue(chunk.value);
        limit.done();
        controller.close();
      } catch (error) {
        limit.done();
        controller.error(limit.expired ? new SpsTimeoutError(call, limit.timeoutMs) : error);
      }
    },
    cancel(reason) {
      limit.done();
      return reader.cancel(reason);
    },
  });
}

/**
 * Turns a timeout into an `SpsTimeoutError`, a success body that is not JSON into an
 * `SpsInvalidJsonError` and a body that broke off into an `SpsNetworkError`; rethrows anything else.
 */
function failure(error: unknown, call: Call, limit: Deadline | undefined, yours: AbortSignal | undefined): unknown {
  if (error instanceof SpsError || !(error instanceof Error)) return error;
  if (limit?.expired) return new SpsTimeoutError(call, limit.timeoutMs);
  if (error.name === 'TimeoutError') return new SpsTimeoutError(call, undefined); // your AbortSignal.timeout()
  if (yours?.aborted || !call.response) return error;
  if (error instanceof SyntaxError) return withoutSecretsSent(new SpsInvalidJsonError(call, call.response), call);
  return new SpsNetworkError(call, error);
}
