/**
 * Login (HTTP Basic or TLS client certificate) and the session cookie. SPS has no logout call: a
 * session ends after 20 idle minutes or when the cookie is dropped.
 */
import { SpsError, withoutSecret } from './errors.js';
import type { operations } from './generated/openapi.js';
import type { Transport } from './transport.js';
import type { Api, OperationData } from './types.js';
import { readAnswer } from './unwrap.js';

type LoginQuery = NonNullable<operations['logIn']['parameters']['query']>;
export type LoginResponse = OperationData<'logIn'>;
export type LoginMethodsResponse = OperationData<'getAuthenticationLoginMethods'>;

export interface PasswordLogin {
  username: string;
  password: string;
  /** `local`, or the name of a login method configured on SPS (see `listLoginMethods()`). */
  loginMethod?: LoginQuery['login_method'];
}

export interface CertificateLogin {
  loginMethod?: LoginQuery['login_method'];
}

export interface SessionContext {
  api: Api;
  transport: Transport;
  /** Keep what is needed to log in again after a 401 (`relogin: true`). */
  relogin: boolean;
  /** `credentials: 'include'` in browsers: the browser keeps the cookie, which scripts cannot read. */
  browserCookies: boolean;
  /** A client certificate is configured (or a custom `fetch` presents one). */
  canPresentCertificate: boolean;
  /** The base URL is plain `http://` to another host, and `allowInsecureHttp` was not given. */
  refusePasswords: boolean;
}

export function sessionHelpers(context: SessionContext) {
  return {
    /** Sets (or, with `undefined`, forgets) the session cookie sent with every request. */
    setSessionId(sessionId: string | undefined): void {
      context.transport.sessionId = sessionId;
    },

    /** `GET /api/authentication` with HTTP Basic (UTF-8); keeps the `session_id` cookie it sets. */
    async login({ username, password, loginMethod }: PasswordLogin): Promise<LoginResponse> {
      if (typeof username !== 'string' || username === '' || username.includes(':')) {
        throw new TypeError('username must be a non-empty string without ":" (HTTP Basic cannot carry one)');
      }
      if (typeof password !== 'string') throw new TypeError('password must be a string');
      if (context.refusePasswords) {
        throw new SpsError(
          'Not sending a password over plain http:// to another host: use https://, or pass allowInsecureHttp: true for a lab appliance',
        );
      }
      const token = base64(`${username}:${password}`);
      const query: LoginQuery = loginMethod === undefined ? {} : { login_method: loginMethod, type: 'password' };
      // A re-login runs the same attempt: its errors are redacted too.
      return start(context, () =>
        authenticate(context, query, { Authorization: `Basic ${token}` }).catch((error: unknown) => {
          throw withoutSecret(withoutSecret(error, token, '[password]'), password, '[password]');
        }),
      );
    },

    /** Logs in with the TLS client certificate (`cert`, `key`) instead of a password (`type=x509`). */
    async loginWithCertificate({ loginMethod }: CertificateLogin = {}): Promise<LoginResponse> {
      if (!context.canPresentCertificate) {
        throw new TypeError('loginWithCertificate() needs a client certificate: createSpsClient({ baseUrl, cert, key })');
      }
      const query: LoginQuery = { type: 'x509', ...(loginMethod !== undefined && { login_method: loginMethod }) };
      return start(context, () => authenticate(context, query, {}));
    },

    /** Which login methods SPS permits (anonymous; the shape of `login_methods` is not documented). */
    async listLoginMethods(): Promise<LoginMethodsResponse> {
      return readAnswer(context.api.GET('/api/authentication/login_methods'));
    },

    /** Forgets the session and any held credentials (SPS has no logout call). */
    logout(): void {
      context.transport.sessionId = undefined;
      context.transport.relogin = undefined;
    },
  };
}

async function start(context: SessionContext, attempt: () => Promise<LoginResponse>): Promise<LoginResponse> {
  const answer = await attempt();
  // The closure is the only place the credentials are kept, and only when re-login is on.
  context.transport.relogin = context.relogin ? async () => void (await attempt()) : undefined;
  return answer;
}

async function authenticate(context: SessionContext, query: LoginQuery, headers: Record<string, string>) {
  const result = await context.api.GET('/api/authentication', { params: { query }, headers });
  const data = await readAnswer(result);
  const sessionId = sessionIdFrom(result.response.headers);
  if (!sessionId && !context.browserCookies) {
    throw new SpsError('SPS accepted the login but set no session_id cookie');
  }
  try {
    context.transport.sessionId = sessionId;
  } catch {
    throw new SpsError('SPS accepted the login but set a session_id cookie that is not a cookie value (RFC 6265)');
  }
  context.transport.transactionMaybeOpen = false;
  return data;
}

/**
 * The last `session_id` cookie set: a later one replaces an earlier one (RFC 6265 §5.3); an empty value is none.
 * Whitespace around the name and the value is not part of them (§5.2).
 */
function sessionIdFrom(headers: Headers): string | undefined {
  const cookies = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : [headers.get('Set-Cookie') ?? ''];
  let sessionId: string | undefined;
  for (const cookie of cookies) sessionId = /^\s*session_id\s*=([^;]*)/.exec(cookie)?.[1]?.trim() ?? sessionId;
  return sessionId || undefined;
}

/** Base64 of the UTF-8 bytes, as HTTP Basic wants them (`btoa` alone only takes Latin-1). */
function base64(text: string): string {
  return btoa(Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join(''));
}
