/**
 * `GET /api/authentication` as SPS answers it: HTTP Basic checked against the configured users (401
 * `AuthenticationFailure` otherwise), a fresh random `session_id` cookie on success, a 302 to `return`
 * when asked. A certificate login (`type=x509`) is refused unless an `x509User` is configured: the mock
 * speaks plain HTTP and sees no client certificate, so it stands for one.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { documentedError, json, type Answer } from './answers.js';
import type { Route, SpecModel } from './routes.js';
import type { Sessions } from './sessions.js';

export type Users = ReadonlyMap<string, string>;

/** `admin:secret,auditor:pw` (the `--users` flag) as users; the password may contain `:` and `,` only escaped as `\:`/`\,`. */
export function parseUsers(text: string): Map<string, string> {
  const users = new Map<string, string>();
  for (const entry of text.split(/(?<!\\),/)) {
    const match = /^([^:]+?)(?<!\\):(.*)$/.exec(entry);
    const unescape = (value: string) => value.replace(/\\([:,\\])/g, '$1');
    if (!match || !match[1] || match[2] === undefined || match[2] === '') throw new RangeError('--users must be name:password pairs separated by commas, e.g. admin:secret,auditor:pw2');
    const name = unescape(match[1]);
    if (users.has(name)) throw new RangeError(`--users names ${name} twice`);
    users.set(name, unescape(match[2]));
  }
  return users;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Whether `password` is `user`'s, compared in constant time. */
export function passwordMatches(users: Users, user: string, password: string): boolean {
  const expected = users.get(user);
  return timingSafeEqual(digest(expected ?? `\u0000${password}`), digest(password)) && expected !== undefined;
}

export interface LoginContext {
  model: SpecModel;
  sessions: Sessions;
  users: Users;
  x509User: string | undefined;
  log: (line: string) => void;
}

export function login(context: LoginContext, route: Route, authorization: string | null, params: Record<string, unknown>): Answer {
  const refuse = (why: string) => {
    context.log(`login refused: ${why}`);
    return documentedError(context.model, route, 401, 'AuthenticationFailure');
  };
  if (params.login_method !== undefined && params.login_method !== 'local') return refuse(`login method ${JSON.stringify(String(params.login_method))} is not configured`);
  let user: string;
  if (params.type === 'x509') {
    if (context.x509User === undefined) return refuse('certificate login is not configured');
    user = context.x509User;
  } else {
    const credentials = basicCredentials(authorization);
    if (!credentials) return refuse('no HTTP Basic credentials');
    if (!passwordMatches(context.users, credentials.user, credentials.password)) return refuse('wrong user name or password');
    user = credentials.user;
  }
  const session = context.sessions.start(user);
  context.log(`${user} logged in`);
  const cookie = `session_id=${session.id}; Path=/; HttpOnly`;
  const target = pathOnMock(params.return);
  if (target && route.statuses.includes('302')) return { status: 302, headers: { 'set-cookie': cookie, location: target } };
  return json(200, context.model.example(route, 200) ?? { meta: { href: '/api/authentication', parent: '/api' } }, { 'set-cookie': cookie });
}

const origin = 'http://mock.invalid';

/**
 * `return` as a path of the mock itself, or `undefined` when it leads anywhere else. Browsers read
 * `/\host` and `/<tab>/host` as another host, so a backslash or control character never passes. The path
 * is sent as the URL parser serializes it (percent-encoded: a header value cannot carry `€`), which
 * must not start with `//` either (`/..//host` serializes to `//host`).
 */
function pathOnMock(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/') || /[\\\u0000-\u001f\u007f-\u009f]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, `${origin}/`);
  } catch {
    return undefined;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === origin && !path.startsWith('//') ? path : undefined;
}

function basicCredentials(authorization: string | null): { user: string; password: string } | undefined {
  const encoded = /^Basic\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 1 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
