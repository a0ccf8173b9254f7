import createClient, { type Client } from 'openapi-fetch';
import { normalizeBaseUrl } from './base-url.js';
import * as firmware from './firmware.js';
import type { paths } from './generated/openapi.js';
import * as hypermedia from './hypermedia.js';
import * as session from './session.js';
import { isNode, validateTlsOptions, type TlsOptions } from './tls.js';
import * as transaction from './transaction.js';
import { withRequestOptions } from './requests.js';
import { createTransport, PendingRequest, type FetchLike, type RetryOptions } from './transport.js';
import type { Api, Followed, OperationData, Schema, SpsMethod } from './types.js';
import * as upload from './upload.js';

export interface SpsClientOptions extends TlsOptions {
  /** The appliance: a host name (`sps.example.net`, HTTPS is assumed) or a full URL. */
  baseUrl: string;
  /** A `session_id` from an earlier login. */
  sessionId?: string;
  /** Your own `fetch`: it receives each `Request`, and in Node.js over HTTPS `{ dispatcher }` (the TLS settings). */
  fetch?: FetchLike;
  /**
   * Default timeout of each request, retries and reading the answer included (per request: `timeoutMs`
   * in its options). None by default: Node's fetch then gives up after 300 s without data from SPS.
   */
  timeoutMs?: number;
  /** Retries of idempotent requests (GET, PUT except the commit) after network errors and 502/503/504; `false` for none. */
  retry?: RetryOptions | false;
  /** Default `sps-openapi-client`. A browser-like (`Mozilla/…`) value makes SPS 7.5+ demand `xToken` on writes. */
  userAgent?: string;
  /** `X-Token` sent with POST/PUT/DELETE; SPS 7.5+ demands it from browser-like clients. */
  xToken?: string;
  /** After a 401, log in again once with the last credentials (kept in memory) and resend. Never while a transaction may be open. */
  relogin?: boolean;
  /** In browsers: `'include'` lets the browser keep and send the session cookie (scripts cannot read it). */
  credentials?: 'omit' | 'same-origin' | 'include';
}

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

/**
 * openapi-fetch's client with the SPS helpers. Its middleware (`use`/`eject`) is not offered: requests
 * reach `fetch` without ever being a `Request` on the way (see transport.ts); to observe or change
 * them, pass your own `fetch`.
 */
export interface SpsClient extends Omit<Client<paths>, keyof SpsRequestMethods | 'use' | 'eject'>, SpsRequestMethods {
  /** Sets (or, with `undefined`, forgets) the session cookie sent with every request. */
  setSessionId(sessionId: string | undefined): void;
  /** `GET /api/authentication` with HTTP Basic; keeps the `session_id` cookie it sets. */
  login(credentials: session.PasswordLogin): Promise<session.LoginResponse>;
  /** Logs in with the TLS client certificate (`cert`, `key`) instead of a password (`type=x509`). */
  loginWithCertificate(options?: session.CertificateLogin): Promise<session.LoginResponse>;
  /** Which login methods SPS permits (anonymous). */
  listLoginMethods(): Promise<session.LoginMethodsResponse>;
  /** Forgets the session and any held credentials (SPS has no logout call). */
  logout(): void;
  openTransaction(): Promise<OperationData<'openTransaction'>>;
  commit(message?: string): Promise<OperationData<'commitTransaction'>>;
  rollback(): Promise<OperationData<'deleteTransaction'>>;
  getTransaction(): Promise<transaction.TransactionState>;
  listChanges(): Promise<Schema<'TransactionChange'>[]>;
  /** Opens a transaction, runs `work(tx)` (`tx` is this client), commits; rolls back and rethrows on any error. */
  withTransaction<T>(work: (tx: SpsClient) => T | Promise<T>, options?: transaction.TransactionOptions): Promise<T>;
  fetchFirmware(
    source: firmware.FirmwareSource,
    options?: firmware.FetchFirmwareOptions,
  ): Promise<OperationData<'getFirmwareFetchJob'>>;
  testFirmware(slotId: firmware.SlotId): Promise<OperationData<'testFirmware'>>;
  upgradeFirmware(slotId: firmware.SlotId, message?: string | null): Promise<OperationData<'upgradeFirmware'>>;
  uploadFirmware(image: upload.FirmwareImage, options?: upload.UploadFirmwareOptions): Promise<OperationData<'uploadFirmware'>>;
  listSlots(): Promise<OperationData<'listFirmwareSlots'>>;
  /** GETs an SPS link (`/api/…`); typed when it matches a known path. */
  follow<Href extends string>(href: Href): Promise<Followed<Href>>;
  /** GETs `document.meta[rel]`; `null` when there is no such link. */
  followLink<Rel extends hypermedia.LinkName | (string & {})>(
    document: { meta?: Schema<'Meta'> | undefined } | null | undefined,
    rel: Rel,
  ): Promise<hypermedia.LinkTarget<Rel> | null>;
  /** Closes the TLS connection pool (Node.js); the client can still be used afterwards. */
  close(): Promise<void>;
}

type Send = (url: string) => Promise<{ response: Response }>;

/** A typed client for the SPS REST API; see the README for every helper. */
export function createSpsClient(options: SpsClientOptions): SpsClient {
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  validateTlsOptions(options);
  const timeoutMs = options.timeoutMs ?? Infinity;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0)) throw new TypeError('timeoutMs must be a positive number of milliseconds');
  const retry = options.retry === false ? false : { retries: 2, minDelayMs: 200, maxDelayMs: 2000, ...options.retry };
  if (retry && !(Number.isInteger(retry.retries) && retry.retries >= 0 && retry.minDelayMs >= 0 && retry.maxDelayMs >= 0)) {
    throw new TypeError('retry needs a whole number of retries and non-negative delays');
  }

  const transport = createTransport({
    ...options,
    baseUrl,
    fetch: options.fetch,
    retry,
    userAgent: options.userAgent ?? 'sps-openapi-client',
    xToken: options.xToken,
  });
  transport.sessionId = options.sessionId;
  const api = withRequestOptions(
    createClient<paths>({
      baseUrl,
      // Builds PendingRequests instead of Requests: see transport.ts.
      Request: PendingRequest as unknown as typeof Request,
      fetch: transport.send as unknown as (request: Request) => Promise<Response>,
      headers: transport.headers,
      ...(options.credentials && { credentials: options.credentials }),
    }),
    transport,
    timeoutMs,
  );

  const sessionContext: session.SessionContext = {
    api,
    transport,
    relogin: options.relogin === true,
    browserCookies: options.credentials === 'include',
    canPresentCertificate: options.cert !== undefined || options.fetch !== undefined || !isNode,
  };
  const context = { api, transport };
  const links: hypermedia.HypermediaContext = { get: (path) => (api.GET as unknown as Send)(path), baseUrl };

  const client: SpsClient = Object.assign(api as Omit<Api, keyof SpsRequestMethods> & SpsRequestMethods, {
    setSessionId: (sessionId: string | undefined) => void (transport.sessionId = sessionId),
    login: (credentials: session.PasswordLogin) => session.login(sessionContext, credentials),
    loginWithCertificate: (login?: session.CertificateLogin) => session.loginWithCertificate(sessionContext, login),
    listLoginMethods: () => session.listLoginMethods(sessionContext),
    logout: () => session.logout(sessionContext),
    openTransaction: () => transaction.openTransaction(context),
    commit: (message?: string) => transaction.commit(context, message),
    rollback: () => transaction.rollback(context),
    getTransaction: () => transaction.getTransaction(context),
    listChanges: () => transaction.listChanges(context),
    withTransaction: <T>(work: (tx: SpsClient) => T | Promise<T>, transactionOptions?: transaction.TransactionOptions) =>
      transaction.withTransaction(context, () => work(client), transactionOptions),
    fetchFirmware: (source: firmware.FirmwareSource, fetchOptions?: firmware.FetchFirmwareOptions) =>
      firmware.fetchFirmware(context, source, fetchOptions),
    testFirmware: (slotId: firmware.SlotId) => firmware.testFirmware(context, slotId),
    upgradeFirmware: (slotId: firmware.SlotId, message?: string | null) => firmware.upgradeFirmware(context, slotId, message),
    uploadFirmware: (image: upload.FirmwareImage, uploadOptions?: upload.UploadFirmwareOptions) =>
      upload.uploadFirmware(context, image, uploadOptions),
    listSlots: () => firmware.listSlots(context),
    follow: <Href extends string>(href: Href) => hypermedia.follow(links, href),
    followLink: <Rel extends hypermedia.LinkName | (string & {})>(
      document: { meta?: Schema<'Meta'> | undefined } | null | undefined,
      rel: Rel,
    ) => hypermedia.followLink(links, document, rel),
    close: () => transport.close(),
  });
  return client;
}
