/** The throwing style: turns openapi-fetch's `{ data, error, response }` into data or an `SpsApiError`. */
import { SpsApiError } from './errors.js';

/** The method of each error answer the client received, for the message of its `SpsApiError` (a `Response` does not know it). */
export const methodOf = new WeakMap<Response, string>();

interface Result {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Resolves to `data` of a successful answer and throws an `SpsApiError` for any other status:
 * `const dns = await unwrap(sps.GET('/api/configuration/network/dns'))`.
 */
export async function unwrap<R extends Result>(result: R | Promise<R>): Promise<NonNullable<R['data']>> {
  const { data, error, response } = await result;
  if (!response.ok) {
    throw new SpsApiError({
      status: response.status,
      method: methodOf.get(response) ?? 'request to',
      path: pathOf(response.url),
      body: error,
    });
  }
  return data as NonNullable<R['data']>;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
