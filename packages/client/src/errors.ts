/**
 * What the client throws. Messages name the method and the path, never a header, a password, a
 * session ID or a token.
 */
import type { Schema } from './types.js';

/** The base of every error this package throws. */
export class SpsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    Object.defineProperty(this, 'name', { value: new.target.name, configurable: true, writable: true });
  }
}

/** The `details` of the error types the description documents. */
type DetailsOf<Envelope extends { error?: { details?: unknown } }> = NonNullable<NonNullable<Envelope['error']>['details']>;
export type IncompleteRequestBodyDetails = DetailsOf<Schema<'IncompleteRequestBodyError'>>;
export type ResourceNotFoundDetails = DetailsOf<Schema<'ResourceNotFoundError'>>;
export type FirmwareTestFailedDetails = DetailsOf<Schema<'FirmwareTestFailedError'>>;

/** SPS answered with a status other than 2xx. `type`, `message` and `details` come from its error envelope. */
export class SpsApiError<Type extends string = string, Details = unknown> extends SpsError {
  /** The HTTP status, e.g. `409`. */
  readonly status: number;
  /** `error.type` of the envelope, e.g. `WebGuiOrRpcApiConfigInProgress`; `undefined` when the body had none. */
  readonly type: Type | undefined;
  /** `error.details` of the envelope, when present. */
  readonly details: Details | undefined;
  readonly method: string;
  /** The path that answered (without the query string). */
  readonly path: string;

  constructor(init: { status: number; method: string; path: string; body: unknown }) {
    const error = errorObject(init.body);
    const type = typeof error?.type === 'string' ? error.type : undefined;
    const text = typeof error?.message === 'string' ? `: ${error.message}` : '';
    super(`${init.method} ${init.path} answered ${init.status}${type ? ` ${type}` : ''}${text}`);
    this.status = init.status;
    this.type = type as Type | undefined;
    this.details = error?.details as Details | undefined;
    this.method = init.method;
    this.path = init.path;
  }
}

function errorObject(body: unknown): Partial<Schema<'ErrorObject'>> | undefined {
  if (!body || typeof body !== 'object' || !('error' in body)) return undefined;
  const { error } = body as { error: unknown };
  return error && typeof error === 'object' ? (error as Partial<Schema<'ErrorObject'>>) : undefined;
}

/** The request never got an answer: DNS, connection, TLS (e.g. an unknown CA) or a dropped socket. */
export class SpsNetworkError extends SpsError {
  constructor(
    readonly method: string,
    readonly path: string,
    cause: unknown,
  ) {
    super(`${method} ${path} failed: ${describeCause(cause)}`, { cause });
  }
}

/** The request took longer than its timeout (`timeoutMs`, or an `AbortSignal.timeout()` you passed). */
export class SpsTimeoutError extends SpsError {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly timeoutMs: number | undefined,
  ) {
    super(`${method} ${path} timed out${timeoutMs === undefined ? '' : ` after ${timeoutMs} ms`}`);
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
  constructor(
    readonly key: string,
    readonly job: Schema<'FirmwareFetchJob'>,
  ) {
    super(`Firmware download ${key} ${job.status}${job.error ? `: ${job.error}` : ''}`);
  }
}

/** Chains `error.cause` messages: undici says "fetch failed" and puts the reason in its cause. */
function describeCause(cause: unknown): string {
  const parts: string[] = [];
  for (let current = cause; current instanceof Error && parts.length < 4; current = current.cause) {
    if (current.message && !parts.includes(current.message)) parts.push(current.message);
  }
  return parts.join(': ') || String(cause);
}

const hasType =
  <Type extends string, Details = unknown>(type: Type) =>
  (error: unknown): error is SpsApiError<Type, Details> =>
    error instanceof SpsApiError && error.type === type;

/** Any error answer of SPS; with `type`, only that `error.type`. */
export function isSpsApiError<Type extends string = string>(error: unknown, type?: Type): error is SpsApiError<Type> {
  return error instanceof SpsApiError && (type === undefined || error.type === type);
}
/** 409: the configuration is locked by another interface (web UI, console, RPC API). Retry later. */
export const isConfigLocked = hasType('WebGuiOrRpcApiConfigInProgress');
/** 400: a required request-body field is missing; `details.missing_paths` names it. */
export const isIncompleteRequestBody = hasType<'IncompleteRequestBodyError', IncompleteRequestBodyDetails>(
  'IncompleteRequestBodyError',
);
/** A referenced resource is missing, e.g. an empty firmware slot; `details.resource` names it. */
export const isResourceNotFound = hasType<'ResourceNotFound', ResourceNotFoundDetails>('ResourceNotFound');
/** The firmware pre-upgrade checks failed; `details.test_summary` says which. */
export const isFirmwareTestFailed = hasType<'FirmwareTestFailed', FirmwareTestFailedDetails>('FirmwareTestFailed');
/** 401: no valid session (never logged in, expired after 20 idle minutes, or clock skew). */
export const isUnauthenticated = hasType('Unauthenticated');
/** 401 on login: the credentials were rejected. */
export const isAuthenticationFailure = hasType('AuthenticationFailure');

/**
 * Attaches the failure of a clean-up step (a rollback, a cancel) to the error that made it necessary,
 * so the original error is rethrown unchanged and the second failure is not lost.
 */
export function attachCleanupFailure(error: unknown, property: 'rollbackError' | 'cancelError', failure: unknown): unknown {
  if (error !== null && typeof error === 'object' && Object.isExtensible(error)) {
    Object.defineProperty(error, property, { value: failure, enumerable: true, configurable: true });
    return error;
  }
  const wrapped = new SpsError(`${String(error)} (and the clean-up failed too, see ${property})`, { cause: error });
  return Object.assign(wrapped, { [property]: failure });
}
