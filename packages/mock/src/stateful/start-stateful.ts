/**
 * `startMock({ stateful: true })` / `sps-mock --stateful`: the stateful mock, in this process (no Prism),
 * behind the same front server as the Prism mode (request targets, CORS, body size and nesting).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { corsOrigin } from '../cors.js';
import { startFrontServer } from '../front-server.js';
import type { Json } from '../openapi/index.js';
import { portNumber } from '../port.js';
import { readRequestBody } from '../request-body.js';
import { statefulApp } from './app.js';
import type { InitialState } from './configuration.js';

/** The methods the Fetch standard forbids in a `Request`. */
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

export interface StatefulOptions {
  /** Port to listen on; a free one is picked when left out (or 0). */
  port?: number;
  /** Address to listen on; `127.0.0.1` by default. */
  host?: string;
  /** The one web origin whose pages may call the mock; no CORS headers at all by default. */
  cors?: string;
  /** User names and passwords for `GET /api/authentication`; by default one user `admin` with a random password (see `credentials`). */
  users?: Record<string, string>;
  /** A login session ends after this many seconds without a request (default 1200, as on SPS); its open transaction with it. */
  sessionTtlSeconds?: number;
  /** How many recorded sessions the audit endpoints serve (default 1,000; generated, the same every time). */
  sessions?: number;
  /** The configuration to start with instead of the examples: a JSON file, or the object, mapping paths to what GET answers (`null` removes a member). */
  state?: string | Record<string, unknown>;
  /** The "require commit log" accounting option: commits and firmware upgrades then need a message. */
  requireCommitMessage?: boolean;
  /** Accept certificate logins (`type=x509`) as this user; refused when left out. */
  x509User?: string;
  /** How long a firmware download takes (default 10 s). */
  firmwareDownloadSeconds?: number;
  /** How long a search snapshot lives after its last use (default 300 s). */
  snapshotTtlSeconds?: number;
  /** The most login sessions kept at once (default 10,000); past it the one idle longest ends. */
  maxSessions?: number;
  /** Receives what happens: logins (user names only), transactions, firmware jobs. Never passwords or session IDs. */
  log?: (line: string) => void;
  /** The clock, in ms since the epoch (default `Date.now`): tests may pass a fake one. */
  now?: () => number;
}

export interface RunningStatefulMock {
  /** Where the mock listens, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** The default user when no `users` were given: `admin` and its random password. */
  credentials?: { username: string; password: string };
  /** Settles once the mock has stopped. */
  exited: Promise<null>;
  /** Stops the mock; safe to call more than once. */
  stop(): Promise<void>;
}

export async function startStateful(options: StatefulOptions = {}): Promise<RunningStatefulMock> {
  const host = options.host ?? '127.0.0.1';
  const cors = options.cors === undefined ? undefined : corsOrigin(options.cors);
  const port = portNumber(options.port ?? 0);
  const generated = options.users === undefined ? { username: 'admin', password: randomBytes(9).toString('base64url') } : undefined;
  const users = new Map(Object.entries(options.users ?? { admin: generated!.password }));
  if (!users.size) throw new RangeError('users must name at least one user');
  const seconds = (value: number | undefined, fallback: number, name: string, minimum = 0) => {
    const checked = value ?? fallback;
    if (typeof checked !== 'number' || !Number.isFinite(checked) || checked < minimum) throw new RangeError(`${name} must be a number of seconds of at least ${minimum}, got ${String(value)}`);
    return checked * 1000;
  };
  const recorded = options.sessions ?? 1000;
  if (!Number.isInteger(recorded) || recorded < 0 || recorded > 1_000_000) throw new RangeError(`sessions must be a whole number from 0 to 1,000,000, got ${String(options.sessions)}`);
  const app = statefulApp({
    users,
    sessionTtlMs: seconds(options.sessionTtlSeconds, 1200, 'sessionTtlSeconds', 1),
    recordedSessions: recorded,
    initialState: initialState(options.state),
    requireCommitMessage: options.requireCommitMessage === true,
    x509User: options.x509User,
    downloadMs: seconds(options.firmwareDownloadSeconds, 10, 'firmwareDownloadSeconds'),
    snapshotTtlMs: seconds(options.snapshotTtlSeconds, 300, 'snapshotTtlSeconds', 1),
    maxSessions: options.maxSessions ?? 10_000,
    now: options.now ?? Date.now,
    log: options.log ?? (() => {}),
  });
  const front = await startFrontServer({
    host,
    port,
    cors,
    headAsGet: true,
    async handle(incoming: IncomingMessage, outgoing: ServerResponse) {
      const body = await readRequestBody(incoming, outgoing);
      if (!body) return;
      const { method = 'GET', headers } = incoming;
      const url = `http://${host.includes(':') ? `[${host}]` : host}${incoming.url}`;
      let answer: Response;
      // A Request with one of these methods throws; no operation has them.
      if (forbiddenMethods.has(method.toUpperCase())) answer = app.unrouted(method, new URL(url).pathname);
      else {
        // The app reads the body from its environment, already bounded and read: a body stream in the
        // Request would only be built and dropped (it doubled what a PUT allocates).
        const request = new Request(url, {
          method,
          headers: Object.entries(headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, [value].flat().join(', ')]])) as [string, string][],
        });
        answer = await app.fetch(request, { body, hasLength: headers['content-length'] !== undefined || headers['transfer-encoding'] !== undefined });
      }
      const out: Record<string, string | string[]> = {};
      answer.headers.forEach((value, name) => (out[name] = value));
      if (answer.headers.has('set-cookie')) out['set-cookie'] = answer.headers.getSetCookie();
      const data = Buffer.from(await answer.arrayBuffer());
      outgoing.writeHead(answer.status, { ...out, 'content-length': data.length }).end(data);
    },
  });
  let resolveExited: (value: null) => void;
  const exited = new Promise<null>((resolve) => (resolveExited = resolve));
  let stopped = false;
  return {
    url: front.url,
    ...(generated && { credentials: generated }),
    exited,
    async stop() {
      if (stopped) return exited.then(() => undefined);
      stopped = true;
      await front.close();
      resolveExited(null);
    },
  };
}

function initialState(state: StatefulOptions['state']): InitialState | undefined {
  if (state === undefined) return undefined;
  if (typeof state !== 'string') return state as InitialState;
  let text: string;
  try {
    text = readFileSync(state, 'utf8');
  } catch {
    throw new Error(`cannot read the state file ${state}`);
  }
  let parsed: Json;
  try {
    parsed = JSON.parse(text) as Json;
  } catch (error) {
    // Not the parser's message: it can quote the file, and a state file may hold private keys.
    const at = /at position (\d+)/.exec((error as Error).message)?.[1];
    throw new Error(`the state file ${state} is not JSON${at ? ` (at character ${at})` : ''}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`the state file ${state} must hold one JSON object mapping paths to objects`);
  return parsed;
}
