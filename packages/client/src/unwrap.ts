/**
 * The throwing style: turns openapi-fetch's `{ data, error, response }` into data or an `SpsApiError`,
 * and, for the helpers, checks that a success answer has what they read (`readAnswer`, `readDownload`).
 */
import { SpsApiError, SpsUnexpectedAnswerError, type ApiErrorInit, type RequestDescription } from './errors.js';
import { callOf } from './requests.js';
import { withoutSecretsSent } from './transport.js';

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
  return aboutAnswer(response, (request) => new Type({ ...request, status: response.status, body: error, headers: response.headers }));
}

/** An error about the answer `response`, made for its request, without the session ID and X-Token that request sent. */
export function aboutAnswer<E>(response: Response, make: (request: RequestDescription) => E): E {
  const call = callOf(response);
  if (!call) return make({ method: 'request to', path: pathOf(response.url), pathTemplate: undefined });
  const { method, path, pathTemplate } = call;
  return withoutSecretsSent(make({ method, path, pathTemplate }), call);
}

type Kind = 'string' | 'number' | 'object' | 'list' | 'list of objects';

/** What a field of an answer must be: of a kind (with `?`: or absent, or `null`), or one of the documented values. */
export type Expected = Kind | `${Kind}?` | readonly string[];

/**
 * `unwrap` for a helper that reads the answer: resolves to `data` once it is a JSON object with each of
 * `fields` (a dotted path, e.g. `'body.status'`) as expected, else throws an `SpsUnexpectedAnswerError`
 * that names the request and what is missing or wrong.
 */
export async function readAnswer<R extends Result>(result: R | Promise<R>, fields: Record<string, Expected> = {}): Promise<NonNullable<R['data']>> {
  const answer = await result;
  const data = await unwrap(answer);
  const problem = isObject(data) ? firstFieldProblem(data, fields) : `with ${jsonType(data)}, not a JSON object`;
  if (problem) throw unexpectedAnswer(answer.response, problem);
  return data;
}

/**
 * `unwrap` for a download (`parseAs: 'stream'`): the body, once the answer's media type is one of
 * `mediaTypes` (an answer without `Content-Type` is taken as bytes, RFC 9110 §8.3). Another one (a
 * proxy's login page, `text/html`) is not read: it rejects with an `SpsUnexpectedAnswerError`.
 */
export async function readDownload(result: Result | Promise<Result>, mediaTypes: readonly string[]): Promise<ReadableStream<Uint8Array>> {
  const answer = await result;
  await unwrap(answer);
  const body = answer.data as ReadableStream<Uint8Array> | undefined;
  const mediaType = answer.response.headers.get('Content-Type')?.split(';')[0]!.trim().toLowerCase();
  if (mediaType && !mediaTypes.includes(mediaType)) {
    await body?.cancel().catch(() => undefined);
    throw unexpectedAnswer(answer.response, `with Content-Type ${mediaType}, not ${mediaTypes.join(' or ')}`);
  }
  return body ?? new Blob([]).stream();
}

/** An `SpsUnexpectedAnswerError` about `response`: `problem` says what is wrong, e.g. "without \`key\`". */
export function unexpectedAnswer(response: Response, problem: string): SpsUnexpectedAnswerError {
  return aboutAnswer(response, (request) => new SpsUnexpectedAnswerError(request, response, problem));
}

/** The first thing wrong with the fields of `data`; `undefined` when nothing is. */
function firstFieldProblem(data: object, fields: Record<string, Expected>): string | undefined {
  for (const [path, expected] of Object.entries(fields)) {
    const value = path.split('.').reduce<unknown>((parent, name) => (isObject(parent) ? (parent as Record<string, unknown>)[name] : undefined), data);
    const problem = fieldProblem(path, value, expected);
    if (problem) return problem;
  }
  return undefined;
}

function fieldProblem(path: string, value: unknown, expected: Expected): string | undefined {
  if (typeof expected !== 'string') {
    if (expected.includes(value as string)) return undefined;
    // A documented value is a word; quoting the one SPS sent (shortened, and redacted with the error) names it.
    return value === undefined ? `without \`${path}\`` : `with \`${path}\` ${JSON.stringify(value)?.slice(0, 64)}, none of ${expected.join(', ')}`;
  }
  const optional = expected.endsWith('?');
  const kind = (optional ? expected.slice(0, -1) : expected) as Kind;
  if (value === undefined || (value === null && optional)) return optional ? undefined : `without \`${path}\``;
  if (!kinds[kind](value)) return `with \`${path}\` that is ${jsonType(value)}, not ${article(kind)}`;
  const at = kind === 'list of objects' ? (value as unknown[]).findIndex((item) => !isObject(item)) : -1;
  return at < 0 ? undefined : `with \`${path}[${at}]\` that is ${jsonType((value as unknown[])[at])}, not an object`;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

const kinds: Record<Kind, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number',
  object: isObject,
  list: Array.isArray,
  'list of objects': Array.isArray,
};

const article = (kind: Kind) => (kind === 'object' ? 'an object' : `a ${kind}`);

/** What a JSON value is, in words; `undefined` is what openapi-fetch makes of an empty body. */
function jsonType(value: unknown): string {
  if (value === undefined) return 'an empty body';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
