/**
 * Type helpers over the generated description, and the shapes of the client's options. Every SPS shape
 * comes from `paths`/`components`; nothing here describes a body by hand.
 */
import type { Client, FetchResponse, MaybeOptionalInit, ParseAs } from 'openapi-fetch';
import type { $Read, $Write, components, operations, paths } from './generated/openapi.js';

/**
 * A generated type without openapi-typescript's `readOnly`/`writeOnly` markers (`$Read`, `$Write`). The
 * request methods apply them (a request body has no read-only field, an answer no write-only one).
 */
type Unmarked<T> =
  T extends $Read<infer U> ? Unmarked<U> : T extends $Write<infer U> ? Unmarked<U> : T extends object ? { [K in keyof T]: Unmarked<T[K]> } : T;

/** A schema of the description by name, e.g. `Schema<'FirmwareFetchJob'>`, with all its fields. */
export type Schema<Name extends keyof components['schemas']> = Unmarked<components['schemas'][Name]>;

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** The paths that have an operation for `method`. */
export type PathsWith<M extends HttpMethod> = { [P in keyof paths]: paths[P] extends Record<M, object> ? P : never }[keyof paths];

/** The paths that answer GET. */
export type GetPath = PathsWith<'get'>;

/** The success body of `GET path`. */
export type GetData<P extends GetPath> = NonNullable<FetchResponse<paths[P]['get'], object, 'application/json'>['data']>;

/** The JSON body of a success answer of an operation, by `operationId`. */
export type OperationData<Id extends keyof operations> = NonNullable<
  FetchResponse<operations[Id], object, 'application/json'>['data']
>;

/**
 * A `fetch` of your own. It receives each `Request`; in Node.js over HTTPS, the second argument carries
 * the TLS `dispatcher` (undici) to connect with.
 */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

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
  /**
   * Timeout of this request, retries included; overrides the client's `timeoutMs` (`undefined`: the client's).
   * A positive number below 2^31, or `Infinity` (waits forever); anything else is a `TypeError`.
   */
  timeoutMs?: number;
  /** `false`: never send this request twice (no retry, no re-login resend). */
  retry?: boolean;
}

/** The options of one request: openapi-fetch's (params, body, headers, signal…) plus ours. */
export type RequestInitFor<P extends keyof paths, M extends HttpMethod, A extends ParseAs = 'json'> = NonNullable<
  MaybeOptionalInit<paths[P], M>
> &
  PerRequestOptions & { parseAs?: A };

type Args<Init> = object extends Init ? [init?: Init] : [init: Init];

/**
 * A request method of the client, e.g. `GET`. Unlike openapi-fetch's own signature, the options are
 * not inferred from the call, so TypeScript checks the object literal itself: a misspelt body field
 * or option fails to compile instead of being sent.
 */
export type SpsMethod<M extends HttpMethod> = <P extends PathsWith<M>, A extends ParseAs = 'json'>(
  url: P,
  ...init: Args<RequestInitFor<P, M, A>>
) => Promise<FetchResponse<paths[P][M] & Record<string | number, unknown>, { parseAs: A }, 'application/json'>>;

/** The request methods, with stricter option checking than openapi-fetch's (see `SpsMethod`). */
export interface SpsRequestMethods {
  GET: SpsMethod<'get'>;
  PUT: SpsMethod<'put'>;
  POST: SpsMethod<'post'>;
  DELETE: SpsMethod<'delete'>;
  OPTIONS: SpsMethod<'options'>;
  HEAD: SpsMethod<'head'>;
  PATCH: SpsMethod<'patch'>;
  TRACE: SpsMethod<'trace'>;
}

/** openapi-fetch's client over the description (`request`, `use`, `eject`) with the request methods above. */
export type Api = Omit<Client<paths>, keyof SpsRequestMethods> & SpsRequestMethods;

/** `/api/firmware/slots/{slot_id}` → `/api/firmware/slots/${string}`: what a concrete link to it looks like. */
type Concrete<P extends string> = P extends `${infer Head}{${string}}${infer Tail}` ? `${Head}${string}${Concrete<Tail>}` : P;

/** The GET path(s) a concrete href matches: itself when literal, else the templated paths it fits. */
export type MatchingGetPath<Href extends string> = Href extends GetPath
  ? Href
  : { [P in GetPath]: Href extends Concrete<P> ? P : never }[GetPath];

/** Any SPS document: an object envelope (`key`, `body`, `meta`) or a listing (`items`, `meta`). */
export type SpsDocument = Schema<'Envelope'> & Partial<Schema<'Listing'>>;

/** What `follow(href)` answers: the typed body when the href matches a known path, else any SPS document. */
export type Followed<Href extends string> = [MatchingGetPath<Href>] extends [never]
  ? SpsDocument
  : GetData<MatchingGetPath<Href>>;
