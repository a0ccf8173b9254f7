/**
 * What the client throws. Messages name the method and the path, never a header, a password, a
 * session ID or a token. The documented error types and their `details` come from the description
 * (`generated/error-types.ts`, `generated/openapi.ts`).
 */
import { errorTypes } from './generated/error-types.js';
import type { Schema } from './types.js';

type ErrorSchemaName = keyof typeof errorTypes;
// The runtime list and the generated types come from the same bundle; this line fails to compile if they ever differ.
errorTypes satisfies { [Name in ErrorSchemaName]: Schema<Name>['error']['type'] };

/** An `error.type` the description documents, e.g. `'WebGuiOrRpcApiConfigInProgress'` (SPS may send others). */
export type SpsErrorType = (typeof errorTypes)[ErrorSchemaName];

type SchemaOf<Type extends SpsErrorType> = { [Name in ErrorSchemaName]: (typeof errorTypes)[Name] extends Type ? Name : never }[ErrorSchemaName];

/** The `details` the description documents for an error type; `unknown` for other types. */
export type SpsErrorDetails<Type extends string> = Type extends SpsErrorType
  ? NonNullable<Schema<SchemaOf<Type>>['error']['details']>
  : unknown;

export type IncompleteRequestBodyDetails = SpsErrorDetails<(typeof errorTypes)['IncompleteRequestBodyError']>;
export type ResourceNotFoundDetails = SpsErrorDetails<(typeof errorTypes)['ResourceNotFoundError']>;
export type FirmwareTestFailedDetails = SpsErrorDetails<(typeof errorTypes)['FirmwareTestFailedError']>;

/** The base of every error this package throws. */
export class SpsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    Object.defineProperty(this, 'name', { value: new.target.name, configurable: true, writable: true });
  }
}

/** Which request an error is about. */
export interface RequestDescription {
  /** e.g. `GET`. */
  method: string;
  /** The request's path without the base URL's own prefix and without the query, e.g. `/api/firmware/slots/2`. */
  path: string;
  /** The path as given to the request method, e.g. `/api/firmware/slots/{slot_id}`; `undefined` when unknown. */
  pathTemplate?: string | undefined;
}

/** What an `SpsApiError` is made from: the request and SPS's answer to it. */
export interface ApiErrorInit extends RequestDescription {
  status: number;
  /** The parsed body of the answer. */
  body: unknown;
  /** The headers of the answer. */
  headers?: Headers | undefined;
}

/** An error about one request: `method`, `path` and `pathTemplate` follow the same rule in every subclass. */
export class SpsRequestError extends SpsError {
  // `declare`: the fields are set in the constructor, and a declaration would only add bytes to the bundle.
  declare readonly method: string;
  /** The request's path without the base URL's own prefix and without the query, e.g. `/api/firmware/slots/2`. */
  declare readonly path: string;
  /** The path as given to the request method, e.g. `/api/firmware/slots/{slot_id}`; `undefined` when unknown. */
  declare readonly pathTemplate: string | undefined;

  constructor(request: RequestDescription, message: string, options?: { cause?: unknown }) {
    super(`${request.method} ${request.path} ${message}`, options);
    this.method = request.method;
    this.path = request.path;
    this.pathTemplate = request.pathTemplate;
  }
}

/** SPS answered with a status other than 2xx. `type`, `message` and `details` come from its error envelope. */
export class SpsApiError<Type extends string = string, Details = SpsErrorDetails<Type>> extends SpsRequestError {
  /** The HTTP status, e.g. `409`. */
  declare readonly status: number;
  /** `error.type` of the envelope, e.g. `WebGuiOrRpcApiConfigInProgress`; `undefined` when the body had none. */
  declare readonly type: Type | undefined;
  /** `error.details` of the envelope, when present. */
  declare readonly details: Details | undefined;

  constructor(init: ApiErrorInit) {
    const error = errorObject(init.body);
    const type = typeof error?.type === 'string' ? error.type : undefined;
    const text = typeof error?.message === 'string' ? `: ${error.message}` : '';
    super(init, `answered ${init.status}${type ? ` ${type}` : ''}${text}`);
    this.status = init.status;
    this.type = type as Type | undefined;
    this.details = error?.details as Details | undefined;
  }
}

function errorObject(body: unknown): Partial<Schema<'ErrorObject'>> | undefined {
  const error = (body as { error?: unknown } | null | undefined)?.error;
  return error && typeof error === 'object' ? (error as Partial<Schema<'ErrorObject'>>) : undefined;
}

/** The request never got a (whole) answer: DNS, connection, TLS (e.g. an unknown CA) or a dropped socket. */
export class SpsNetworkError extends SpsRequestError {
  constructor(request: RequestDescription, cause: unknown) {
    super(request, `failed: ${describeCause(cause)}`, { cause });
  }
}

/** The request took longer than its timeout (`timeoutMs`, or an `AbortSignal.timeout()` you passed). */
export class SpsTimeoutError extends SpsRequestError {
  declare readonly timeoutMs: number | undefined;

  constructor(request: RequestDescription, timeoutMs: number | undefined) {
    super(request, `timed out${timeoutMs === undefined ? '' : ` after ${timeoutMs} ms`}`);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * A success answer the client cannot use: a body that is not the JSON object the description documents
 * (empty, `null`, a field missing or of another type, a value outside its enum) or a media type other than
 * the documented one (a proxy's login page). The message names what is wrong; the body is not repeated.
 */
export class SpsUnexpectedAnswerError extends SpsRequestError {
  /** The HTTP status, e.g. `200`. */
  declare readonly status: number;
  /** The answer's `Content-Type`, when it had one. */
  declare readonly contentType: string | undefined;

  constructor(request: RequestDescription, response: Pick<Response, 'status' | 'headers'>, problem: string) {
    super(request, `answered ${response.status} ${problem}`);
    this.status = response.status;
    this.contentType = response.headers.get('Content-Type') ?? undefined;
  }
}

/**
 * A success answer whose body is not valid JSON (a proxy's HTML page, a truncated body). Neither the
 * body nor the parser's message (which quotes it) is repeated: the body may hold anything.
 */
export class SpsInvalidJsonError extends SpsUnexpectedAnswerError {
  constructor(request: RequestDescription, response: Pick<Response, 'status' | 'headers'>) {
    const contentType = response.headers.get('Content-Type');
    super(request, response, `with a body that is not valid JSON${contentType ? ` (${contentType})` : ''}`);
  }
}

/** SPS requires a commit message (`commit_message: required`) and none was given; nothing was changed. */
export class SpsCommitMessageRequiredError extends SpsError {
  constructor() {
    super('SPS requires a commit message for this transaction: pass withTransaction(fn, { message })');
  }
}

/** A firmware download ended as `failed` or `canceled`; `job` is its last state. */
export class SpsFirmwareFetchError extends SpsError {
  declare readonly key: string;
  declare readonly job: Schema<'FirmwareFetchJob'>;

  constructor(key: string, job: Schema<'FirmwareFetchJob'>) {
    super(`Firmware download ${key} ${job.status}${job.error ? `: ${quote(job.error)}` : ''}`);
    this.key = key;
    this.job = job;
  }
}

/**
 * A basic session search matches more sessions than SPS returns that way (10,000); nothing was returned.
 * `searchSessions(query, { snapshot: true })` returns them all (SPS 7.4+).
 */
export class SpsSearchLimitError extends SpsError {
  /** The most sessions a basic search returns. */
  static readonly limit = 10_000;

  /** `meta.match_count`: how many sessions match. */
  declare readonly matchCount: number;

  constructor(matchCount: number) {
    super(
      `The search matches ${matchCount} sessions; a basic search returns only the first ${SpsSearchLimitError.limit}: use searchSessions(query, { snapshot: true })`,
    );
    this.matchCount = matchCount;
  }
}

/**
 * 429 on `GET /api/audit/sessions/_snapshot`: the appliance's quota of open search snapshots is used up.
 * A snapshot expires 5 minutes after its last query; `retryAfterMs` comes from `Retry-After` when SPS
 * sends one, else it is those 5 minutes.
 */
export class SpsSnapshotQuotaError extends SpsApiError {
  /** How long to wait before opening a snapshot again. */
  declare readonly retryAfterMs: number;

  constructor(init: ApiErrorInit) {
    super(init);
    this.retryAfterMs = retryAfterMs(init.headers?.get('Retry-After')) ?? 5 * 60_000;
    this.message += ` (the search snapshot quota is exhausted: retry in ${Math.ceil(this.retryAfterMs / 1000)} s, when a snapshot has expired)`;
  }
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date (in GMT); `undefined` when absent or unreadable. */
function retryAfterMs(header: string | null | undefined): number | undefined {
  const value = header?.trim() ?? '';
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : value.endsWith('GMT') ? Date.parse(value) - Date.now() : Number.NaN;
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

/**
 * 404 while paging a search snapshot: it expired (5 minutes after its last query) or is not this
 * client's. Sessions already returned stay valid; start the search again for the rest.
 */
export class SpsSnapshotExpiredError extends SpsApiError {
  constructor(init: ApiErrorInit) {
    super(init);
    this.message += ' (the search snapshot expired or is not this client\'s: start the search again)';
  }
}

/** A value SPS sent, for a message: a short string quoted (redacted with the error), anything else only named. */
export const quote = (value: unknown): string => (typeof value === 'string' && value.length <= 64 ? JSON.stringify(value) : jsonType(value));

/** What a JSON value is, in words; `undefined` is what openapi-fetch makes of an empty body. */
export const jsonType = (value: unknown): string =>
  value === undefined ? 'an empty body' : value === null ? 'null' : Array.isArray(value) ? 'a list' : article(typeof value);

/** A kind of value with its article: `an object`, `a string`. */
export const article = (kind: string): string => (kind === 'object' ? 'an object' : `a ${kind}`);

/** Chains `error.cause` messages: undici says "fetch failed" and puts the reason in its cause. */
function describeCause(cause: unknown): string {
  const parts: string[] = [];
  for (let current = cause; current instanceof Error && parts.length < 4; current = current.cause) {
    if (current.message && !parts.includes(current.message)) parts.push(current.message);
  }
  return parts.join(': ') || String(cause);
}

/** Any error answer of SPS; with `type`, only that `error.type` (a documented one narrows `details`). */
export function isSpsApiError<Type extends SpsErrorType | (string & {}) = string>(error: unknown, type?: Type): error is SpsApiError<Type> {
  return error instanceof SpsApiError && (type === undefined || error.type === type);
}

const hasType =
  <Type extends SpsErrorType>(type: Type) =>
  (error: unknown): error is SpsApiError<Type> =>
    isSpsApiError(error, type);

/** 409: the configuration is locked by another interface (web UI, console, RPC API). Retry later. */
export const isConfigLocked = hasType(errorTypes.WebGuiOrRpcApiConfigInProgressError);
/** 400: a required request-body field is missing; `details.missing_paths` names it. */
export const isIncompleteRequestBody = hasType(errorTypes.IncompleteRequestBodyError);
/** A referenced resource is missing, e.g. an empty firmware slot; `details.resource` names it. */
export const isResourceNotFound = hasType(errorTypes.ResourceNotFoundError);
/** The firmware pre-upgrade checks failed; `details.test_summary` says which. */
export const isFirmwareTestFailed = hasType(errorTypes.FirmwareTestFailedError);
/** 401: no valid session (never logged in, expired after 20 idle minutes, or clock skew). */
export const isUnauthenticated = hasType(errorTypes.UnauthenticatedError);
/** 401 on login: the credentials were rejected. */
export const isAuthenticationFailure = hasType(errorTypes.AuthenticationFailureError);

/** The fields of this package's errors that quote what SPS sent: `type` and `details`, a `Content-Type`, a firmware job. */
const quotingSps = ['type', 'details', 'contentType', 'job'] as const;

/**
 * The error with every occurrence of `secret` replaced by `placeholder`, in its message, stack and the
 * fields that quote SPS (which might reflect a value it was sent).
 */
export function withoutSecret<E>(error: E, secret: string | undefined, placeholder: string): E {
  if (!(error instanceof Error) || !secret) return error;
  error.message = error.message.replaceAll(secret, placeholder);
  if (error.stack) error.stack = error.stack.replaceAll(secret, placeholder);
  for (const field of quotingSps) {
    if (field in error) Object.assign(error, { [field]: redacted((error as Record<string, unknown>)[field], secret, placeholder) });
  }
  return error;
}

/** A copy of parsed JSON with `secret` replaced in every string; without recursion (JSON.parse nests deeper than the stack). */
function redacted(value: unknown, secret: string, placeholder: string): unknown {
  const copy = (inner: unknown): unknown => {
    if (typeof inner === 'string') return inner.replaceAll(secret, placeholder);
    if (!inner || typeof inner !== 'object') return inner;
    const target = Array.isArray(inner) ? [] : {};
    pending.push([inner, target]);
    return target;
  };
  const pending: [object, Record<string, unknown>][] = [];
  const root = copy(value);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [source, target] = next;
    for (const [field, inner] of Object.entries(source)) target[field] = copy(inner);
  }
  return root;
}

/**
 * Runs the clean-up step (a rollback, a cancel, a delete) that `error` made necessary and rethrows `error`
 * unchanged; should the step fail too, its failure is attached to `error` as `property`, so it is not lost.
 */
export async function cleanUpAfter(error: unknown, property: 'rollbackError' | 'cancelError' | 'deleteError', cleanup: () => Promise<unknown>): Promise<never> {
  try {
    await cleanup();
  } catch (failure) {
    if (error !== null && typeof error === 'object' && Object.isExtensible(error)) {
      throw Object.defineProperty(error, property, { value: failure, enumerable: true, configurable: true });
    }
    throw Object.assign(new SpsError(`${String(error)} (and the clean-up failed too, see ${property})`, { cause: error }), { [property]: failure });
  }
  throw error;
}
