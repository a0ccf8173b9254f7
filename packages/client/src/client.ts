import createClient from 'openapi-fetch';
import { auditTrailHelpers } from './audit-trail.js';
import { isCleartextToAnotherHost, parseBaseUrl } from './base-url.js';
import { firmwareHelpers } from './firmware.js';
import type { paths } from './generated/openapi.js';
import { hypermediaHelpers } from './hypermedia.js';
import { localUserHelpers } from './local-users.js';
import { milliseconds, withRequestOptions } from './requests.js';
import { searchHelpers } from './search.js';
import { sessionHelpers } from './session.js';
import { supportBundleHelpers } from './support-bundle.js';
import { isNode, validateTlsOptions, type TlsOptions } from './tls.js';
import { transactionHelpers } from './transaction.js';
import { createTransport, type Transport } from './transport.js';
import type { Api, FetchLike, RetryOptions } from './types.js';
import { uploadHelpers } from './upload.js';

export interface SpsClientOptions extends TlsOptions {
  /**
   * The appliance: a host name (`sps.example.net`, HTTPS is assumed) or a full URL, with a path prefix when
   * SPS sits behind a reverse proxy. No query, fragment, credentials or surrounding whitespace.
   */
  baseUrl: string;
  /** A `session_id` from an earlier login. */
  sessionId?: string;
  /** Your own `fetch`: it receives each `Request`, and in Node.js over HTTPS `{ dispatcher }` (the TLS settings). */
  fetch?: FetchLike;
  /**
   * Default timeout of each request, retries and reading the answer included (per request: `timeoutMs`
   * in its options). None by default: Node's fetch then gives up after 300 s without data from SPS. A positive
   * number below 2^31, or `Infinity`; anything else is a `TypeError`.
   */
  timeoutMs?: number;
  /** Retries of idempotent requests (GET, PUT except the commit) after network errors and 502/503/504; `false` for none. */
  retry?: RetryOptions | false;
  /**
   * Default `sps-openapi-client`. A browser-like (`Mozilla/…`) value makes SPS 7.5+ demand `xToken` on writes.
   * One a header cannot carry (NUL, CR, LF, beyond Latin-1) is a `TypeError`.
   */
  userAgent?: string;
  /** `X-Token` sent with POST/PUT/DELETE; SPS 7.5+ demands it from browser-like clients. */
  xToken?: string;
  /** After a 401, log in again once with the last credentials (kept in memory) and resend. Never while a transaction may be open. */
  relogin?: boolean;
  /** In browsers: `'include'` lets the browser keep and send the session cookie (scripts cannot read it). */
  credentials?: 'omit' | 'same-origin' | 'include';
  /**
   * `login()` refuses to send a password over plain `http://` to any host but this machine (loopback).
   * `true` allows it, for a lab appliance on a network you trust.
   */
  allowInsecureHttp?: boolean;
}

/** Everything the helpers work with. */
interface ClientContext {
  api: Api;
  transport: Transport;
  baseUrl: string;
  relogin: boolean;
  browserCookies: boolean;
  canPresentCertificate: boolean;
  refusePasswords: boolean;
  /** The helpers again, on other request methods (a transaction's `tx`). */
  helpersOn: (api: Api) => object;
}

/** The SPS helpers of the client: each is declared once, in the module of its workflow. */
function helpers<Client extends Api>(context: ClientContext) {
  const transactions = transactionHelpers<Client>(context);
  return {
    ...sessionHelpers(context),
    ...transactions,
    ...firmwareHelpers(context),
    ...uploadHelpers(context),
    ...hypermediaHelpers(context),
    ...searchHelpers(context),
    ...auditTrailHelpers(context),
    ...localUserHelpers(context, transactions),
    ...supportBundleHelpers(context),
    /** Closes the TLS connection pool (Node.js); the client can still be used afterwards. */
    close: (): Promise<void> => context.transport.close(),
  };
}

type SpsHelpers<Client extends Api> = ReturnType<typeof helpers<Client>>;

/**
 * openapi-fetch's client (`GET`, `PUT`, …, `use`/`eject` for middleware) with the SPS helpers. The
 * request methods check their options more strictly than openapi-fetch's (see `SpsMethod`).
 */
export interface SpsClient extends Api, SpsHelpers<SpsClient> {}

/** A typed client for the SPS REST API; see the README for every helper. */
export function createSpsClient(options: SpsClientOptions): SpsClient {
  const baseUrl = parseBaseUrl(options.baseUrl);
  validateTlsOptions(options);
  const timeoutMs = milliseconds('timeoutMs', options.timeoutMs, Infinity, true);
  const retry = options.retry === false ? false : { retries: 2, minDelayMs: 200, maxDelayMs: 2000, ...options.retry };
  if (retry && !(Number.isInteger(retry.retries) && retry.retries >= 0 && retry.minDelayMs >= 0 && retry.maxDelayMs >= 0)) {
    throw new TypeError('retry needs a whole number of retries and non-negative delays');
  }
  const allowInsecureHttp = options.allowInsecureHttp ?? false;
  if (typeof allowInsecureHttp !== 'boolean') throw new TypeError('allowInsecureHttp must be true or false');

  const transport = createTransport({ ...options, baseUrl, retry, userAgent: options.userAgent ?? 'sps-openapi-client' });
  transport.sessionId = options.sessionId;
  const base = baseUrl.href.replace(/\/$/, '');
  const api = withRequestOptions(
    createClient<paths>({
      baseUrl: base,
      fetch: transport.send,
      ...(transport.requestInitExt && { requestInitExt: transport.requestInitExt }),
      headers: transport.headers,
      // A redirect is answered, not followed: following would take the session cookie elsewhere.
      redirect: 'manual',
      ...(options.credentials && { credentials: options.credentials }),
    }),
    transport,
    timeoutMs,
  );

  const context: ClientContext = {
    api,
    transport,
    baseUrl: base,
    relogin: options.relogin === true,
    browserCookies: options.credentials === 'include',
    canPresentCertificate: options.cert !== undefined || options.fetch !== undefined || !isNode,
    refusePasswords: isCleartextToAnotherHost(baseUrl) && !allowInsecureHttp,
    helpersOn: (api) => helpers({ ...context, api }),
  };
  return Object.assign(api, helpers<SpsClient>(context));
}
