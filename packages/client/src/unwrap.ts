/**
 * The throwing style: turns openapi-fetch's `{ data, error, response }` into data or an `SpsApiError`,
 * and, for the helpers, checks that a success answer has what they read (`readAnswer`, `readDownload`).
 */
import { SpsApiError, SpsUnexpectedAnswerError, article, jsonType, quote, type ApiErrorInit, type RequestDescription } from './errors.js';
import { callOf } from './requests.js';
import { isKey } from './search-query.js';
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

type Kind = 'string' | 'key' | 'number' | 'object' | 'list' | 'list of objects' | 'list of keyed objects';

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
 * proxy's login page, `text/html`; an empty one) or a 204/205 is not read: it rejects with an `SpsUnexpectedAnswerError`.
 * `bytesTotal` is from `Content-Length`, when SPS sends one; `request` is the download's (for `saveDownload`).
 */
export async function readDownload(
  result: Result | Promise<Result>,
  mediaTypes: readonly string[],
): Promise<{ body: ReadableStream<Uint8Array>; bytesTotal: number | undefined; request: RequestDescription }> {
  const answer = await result;
  await unwrap(answer);
  const body = answer.data as ReadableStream<Uint8Array> | undefined;
  const mediaType = answer.response.headers.get('Content-Type')?.split(';')[0]!.trim().toLowerCase() ?? mediaTypes[0]!;
  // A 204 or 205 has no body, a 206 and up is not the whole file: saving it would leave an empty or a partial file.
  const problem = answer.response.status > 203 ? 'without a body' : !mediaTypes.includes(mediaType) && `with Content-Type ${mediaType || '""'}, not ${mediaTypes.join(' or ')}`;
  if (problem) {
    await body?.cancel().catch(() => undefined);
    throw unexpectedAnswer(answer.response, problem);
  }
  const length = Number(answer.response.headers.get('Content-Length') ?? NaN);
  const request = aboutAnswer(answer.response, (request) => request);
  return { body: body ?? new Blob([]).stream(), bytesTotal: Number.isSafeInteger(length) ? length : undefined, request };
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
  const optional = typeof expected === 'string' && expected.endsWith('?');
  if (value === undefined || (value === null && optional)) return optional ? undefined : `without \`${path}\``;
  if (typeof expected !== 'string') {
    if (expected.includes(value as string)) return undefined;
    return `with \`${path}\` ${quote(value)}, none of ${expected.join(', ')}`;
  }
  const kind = (optional ? expected.slice(0, -1) : expected) as Kind;
  if (!isKind(kind, value)) return `with \`${path}\` that is ${jsonType(value)}, not ${article(kind)}`;
  const keyed = kind === 'list of keyed objects';
  const at = kind.endsWith('objects') ? (value as unknown[]).findIndex((item) => !isObject(item) || (keyed && !isKey((item as { key?: unknown }).key))) : -1;
  return at < 0 ? undefined : `with \`${path}[${at}]\` that is ${jsonType((value as unknown[])[at])}, not ${article(kind.slice(8, -1))}`;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

const isKind = (kind: Kind, value: unknown): boolean =>
  kind.startsWith('list') ? Array.isArray(value) : kind === 'object' ? isObject(value) : kind === 'key' ? isKey(value) : typeof value === kind;


function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
