/** The throwing style: turns openapi-fetch's `{ data, error, response }` into data or an `SpsApiError`. */
import { SpsApiError, withoutSecret, type ApiErrorInit } from './errors.js';
import { callOf } from './requests.js';
import { secretsSentWith } from './transport.js';

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
  const answer = await result;
  if (!answer.response.ok) throw apiError(answer);
  return answer.data as NonNullable<R['data']>;
}

/** The `SpsApiError` (or the subclass `Type`) of an error answer, without the session ID and X-Token its request sent. */
export function apiError({ error, response }: Result, Type: new (init: ApiErrorInit) => SpsApiError = SpsApiError): SpsApiError {
  const call = callOf(response);
  const { method, path, pathTemplate } = call ?? { method: 'request to', path: pathOf(response.url), pathTemplate: undefined };
  const failure = new Type({ method, path, pathTemplate, status: response.status, body: error, headers: response.headers });
  const { sessionId, xToken } = (call && secretsSentWith(call)) ?? {};
  if (sessionId) withoutSecret(failure, sessionId, '[session_id]');
  if (xToken) withoutSecret(failure, xToken, '[x-token]');
  return failure;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
