/**
 * The stateful mock as a Hono application: one route per operation of the description, each checking
 * the session and the request before handing it to the part of SPS it belongs to (login, transactions,
 * configuration, cluster, firmware, session search, Welcome Wizard, support bundle); every other
 * operation answers its documented success (`documentedAnswer`).
 * Hono because it is small, has no dependencies, routes by the description's path templates and runs on
 * the web `Request`/`Response` that the front server hands it.
 */
import { Hono } from 'hono';
import { accepts } from 'hono/accepts';
import { createValidator, loadBundle, pathPattern, type Json, type JsonObject } from '../openapi/index.js';
import { documentedAnswer, documentedError, prismProblem, type Answer } from './answers.js';
import { Audit } from './audit.js';
import { recordedSessions } from './audit-data.js';
import { login, type Users } from './authentication.js';
import { Cluster } from './cluster.js';
import { Configuration, type InitialState } from './configuration.js';
import { Firmware } from './firmware.js';
import { normalizedPath } from './request-path.js';
import { checkRequest } from './request-validation.js';
import { specModel, type Route, type SpecModel } from './routes.js';
import { sessionIdOf, Sessions, type Session } from './sessions.js';
import { Setup } from './setup.js';
import { SupportBundles } from './support-bundle.js';
import { TransactionLock } from './transaction.js';
import { transactionAnswer } from './transactions.js';

export interface StatefulSettings {
  users: Users;
  sessionTtlMs: number;
  recordedSessions: number;
  initialState?: InitialState | undefined;
  requireCommitMessage: boolean;
  x509User?: string | undefined;
  downloadMs: number;
  snapshotTtlMs: number;
  maxSessions: number;
  now: () => number;
  log: (line: string) => void;
}

/** What the front server hands over with each request: its body, already read (and bounded). */
export interface Bindings {
  body: Buffer;
  /** The request said how long its body is (`Content-Length` or chunked): SPS answers 411 to a POST without. */
  hasLength: boolean;
}

export const statefulLimits = { maxObjects: 10_000, maxBytes: 64 * 2 ** 20, maxSnapshots: 100 };

export type StatefulApp = Hono<{ Bindings: Bindings }> & {
  /** What a method no operation has gets, for the methods a fetch `Request` cannot carry (`TRACE`, `TRACK`). */
  unrouted(method: string, path: string): Response;
};

let bundled: SpecModel | undefined;

/**
 * The bundled description as the stateful mock reads it, built once per process and shared by its
 * stateful mocks: it is read-only, and compiling its validators costs about a second of CPU.
 */
function bundledModel(): SpecModel {
  if (!bundled) {
    const document = loadBundle();
    bundled = specModel(document, createValidator(document));
  }
  return bundled;
}

export function statefulApp(settings: StatefulSettings): StatefulApp {
  const model = bundledModel();
  const { log, now } = settings;
  let lock: TransactionLock | undefined;
  const sessions = new Sessions(settings.sessionTtlMs, now, settings.maxSessions, (session, why) => {
    if (why === 'evicted') log(`session of ${session.user} ended to make room (more than ${settings.maxSessions} sessions)`);
    lock?.sessionEnded(session);
  });
  lock = new TransactionLock(sessions, log);
  const configuration = new Configuration(model, lock, statefulLimits, settings.initialState);
  const firmware = new Firmware(model, { downloadMs: settings.downloadMs, requireCommitMessage: settings.requireCommitMessage, now, log });
  const audit = new Audit(model, sessions, recordedSessions(settings.recordedSessions), { snapshotTtlMs: settings.snapshotTtlMs, maxSnapshots: statefulLimits.maxSnapshots, now });
  const cluster = new Cluster(model, lock, configuration);
  const setup = new Setup(model, lock, log);
  const supportBundles = new SupportBundles(model, { now, log });
  const transactions = { model, lock, sessions, configuration, requireCommitMessage: settings.requireCommitMessage };
  const loginContext = { model, sessions, users: settings.users, x509User: settings.x509User, log };

  // Routes and handlers see one form of the path (percent-encoded unreserved characters decoded).
  const app = new Hono<{ Bindings: Bindings }>({ getPath: (request) => normalizedPath(new URL(request.url).pathname) });
  // Static paths first (`/api/audit/sessions/_count` before `/api/audit/sessions/{key}`).
  const routes = [...model.routes].sort((a, b) => parameterCount(a.path) - parameterCount(b.path));
  for (const route of routes) {
    app.on(route.method, honoPath(route.path), async (c) => {
      const url = new URL(c.req.url);
      const path = c.req.path;
      const session = sessions.use(sessionIdOf(c.req.header('cookie')));
      if (route.requiresSession && !session) return response(documentedError(model, route, 401, 'Unauthenticated'));
      const checked = await checkRequest(model, route, {
        path,
        pathParams: c.req.param() as Record<string, string>,
        query: url.searchParams,
        contentType: c.req.header('content-type'),
        body: c.env.body,
      });
      if ('status' in checked) return response(checked);
      const preferredType = (supports: [string, ...string[]]) => accepts(c, { header: 'Accept', supports, default: supports[0] });
      const call = { route, path, params: checked.params, body: checked.body, session: session!, preferredType };
      let answer: Answer;
      if (route.operationId === 'logIn') answer = login(loginContext, route, c.req.header('authorization') ?? null, checked.params);
      else if (route.path.startsWith('/api/transaction')) answer = transactionAnswer(transactions, call, c.env.hasLength);
      else if (configuration.handles(route)) answer = configuration.answer(call);
      else if (Firmware.handles(route.operationId)) answer = firmware.answer(call, { filename: uploadedFileName(checked.body) });
      else if (Audit.handles(route.path)) answer = audit.answer(call);
      else if (Cluster.handles(route.operationId)) answer = cluster.answer(call);
      else if (Setup.handles(route.operationId)) answer = setup.answer(call);
      else if (SupportBundles.handles(route.operationId)) answer = supportBundles.answer(call);
      else answer = exampleAnswer(model, route, session);
      return response(withRemainingSeconds(answer, session, sessions));
    });
  }
  const templates = model.routes.map(({ path }) => pathPattern(path));
  const unrouted = (method: string, pathname: string) => {
    const path = normalizedPath(pathname);
    const known = templates.some((template) => template.test(path));
    return response(prismProblem(known ? 'NO_METHOD_MATCHED_ERROR' : 'NO_PATH_MATCHED_ERROR', path, method));
  };
  app.notFound((c) => unrouted(c.req.method, c.req.path));
  return Object.assign(app, { unrouted });
}

/** The operation's documented success answer (the anonymous example of `/api/info` without a session). */
function exampleAnswer(model: SpecModel, route: Route, session: Session | undefined): Answer {
  const examples = model.examples(route, route.successStatus);
  const anonymous = route.operationId === 'getApplianceInfo' && !session ? examples.find((example) => !JSON.stringify(example).includes('firmware_version')) : undefined;
  return documentedAnswer(model, route, route.successStatus, { json: anonymous });
}

/** `meta.remaining_seconds` as it is for the caller's session now. */
function withRemainingSeconds(answer: Answer, session: Session | undefined, sessions: Sessions): Answer {
  const body = answer.json as { meta?: JsonObject } | undefined;
  if (!session || !body || typeof body !== 'object' || typeof body.meta?.remaining_seconds !== 'number') return answer;
  return { ...answer, json: { ...body, meta: { ...body.meta, remaining_seconds: sessions.remainingSeconds(session) } } };
}

function response(answer: Answer): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers ?? {})) for (const one of [value].flat()) headers.append(name, one);
  if (answer.json !== undefined) {
    headers.set('content-type', answer.contentType ?? 'application/json');
    return new Response(JSON.stringify(answer.json as Json), { status: answer.status, headers });
  }
  if (answer.raw !== undefined) headers.set('content-type', answer.contentType ?? 'application/octet-stream');
  return new Response((answer.raw ?? null) as BodyInit | null, { status: answer.status, headers });
}

function uploadedFileName(body: unknown): string | undefined {
  if (!(body instanceof FormData)) return undefined;
  const file = body.get('firmware');
  return typeof file === 'object' && file !== null ? file.name : undefined;
}

const parameterCount = (path: string) => (path.match(/\{/g) ?? []).length;
const honoPath = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');
