import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { paths } from './generated/openapi.js';

export type { components, operations, paths } from './generated/openapi.js';

export interface SpsClientOptions {
  /** The appliance: a host name (`sps.example.net`, HTTPS is assumed) or a full URL. */
  baseUrl: string;
  /** A `session_id` from an earlier login. */
  sessionId?: string;
  fetch?: ClientOptions['fetch'];
}

export interface SpsClient extends Client<paths> {
  /** Sets (or, with `undefined`, forgets) the session cookie sent with every request. */
  setSessionId(sessionId: string | undefined): void;
}

/** A typed client for the SPS REST API; requests carry the session as a `session_id` cookie. */
export function createSpsClient(options: SpsClientOptions): SpsClient {
  const client = createClient<paths>({
    baseUrl: normalizeBaseUrl(options.baseUrl),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  let sessionId = options.sessionId;
  const sessionCookie: Middleware = {
    onRequest({ request }) {
      if (sessionId) request.headers.set('Cookie', `session_id=${sessionId}`);
      return request;
    },
  };
  client.use(sessionCookie);
  return Object.assign(client, {
    setSessionId(next: string | undefined) {
      sessionId = next;
    },
  });
}

/** `sps.example.net` → `https://sps.example.net`; a trailing slash is dropped. */
export function normalizeBaseUrl(baseUrl: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(baseUrl) ? baseUrl : `https://${baseUrl}`;
  return withScheme.replace(/\/+$/, '');
}
