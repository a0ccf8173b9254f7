/**
 * Session search over the generated recorded sessions: basic paging (`limit` capped to 500, only the
 * first 10,000 matches reachable, an `offset` above 10,000 ignored), `q`/`start`/`end` filters, `fields`,
 * `sort`, CSV; `_count`; snapshots (one per login session, at most `maxSnapshots` at once, each alive
 * `snapshotTtlMs` after its last use) paged through `meta.next` with `search_after`, the key of the last
 * session of the page before (no `offset`); one session and its sub-resources.
 */
import { randomBytes } from 'node:crypto';
import type { Json, JsonObject } from '../openapi/index.js';
import { documentedError, json, type Answer } from './answers.js';
import type { RecordedSession } from './audit-data.js';
import type { Call, SpecModel } from './routes.js';
import { fieldValue, parseQuery, QuerySyntaxError } from './session-query.js';
import type { Sessions } from './sessions.js';

export interface AuditOptions {
  snapshotTtlMs: number;
  maxSnapshots: number;
  now: () => number;
}

interface Snapshot {
  id: string;
  owner: string;
  expires: number;
  sessions: RecordedSession[];
}

const pageLimit = 500;
const reachable = 10_000;
const base = '/api/audit/sessions';

export class Audit {
  readonly #byKey: Map<string, RecordedSession>;
  readonly #snapshots = new Map<string, Snapshot>();

  constructor(
    private readonly model: SpecModel,
    private readonly sessions: Sessions,
    private readonly recorded: RecordedSession[],
    private readonly options: AuditOptions,
  ) {
    this.#byKey = new Map(recorded.map((session) => [session.key, session]));
  }

  static handles(path: string): boolean {
    return path.startsWith(base);
  }

  answer(call: Call): Answer {
    const { route, params } = call;
    switch (route.operationId) {
      case 'searchSessions':
        return this.#search(call);
      case 'countSessions': {
        const matches = this.#matches(this.recorded, params);
        return 'status' in matches ? documentedError(this.model, route, 400, 'SyntacticError', matches.message) : json(200, { count: matches.length });
      }
      case 'openSessionSnapshot':
        return this.#openSnapshot(call);
      case 'getSessionStatistics':
        return json(200, this.model.example(route, 200));
      default: {
        const session = this.#byKey.get(String(params.key));
        if (!session) return documentedError(this.model, route, 404, 'NotFound');
        if (route.operationId === 'getSession') return json(200, { key: session.key, body: session.body, meta: { href: `${base}/${session.key}`, parent: base } });
        if (route.operationId === 'downloadAuditTrail') return { status: 200, raw: `SPS audit trail of session ${session.key} (stand-in for the .zat file)\n`, contentType: 'application/octet-stream' };
        return json(route.successStatus, this.model.example(route, route.successStatus));
      }
    }
  }

  #search(call: Call): Answer {
    const { route, params, session } = call;
    let pool = this.recorded;
    let snapshot: Snapshot | undefined;
    if (params.snapshot !== undefined) {
      snapshot = this.#snapshots.get(String(params.snapshot));
      if (!snapshot || snapshot.expires <= this.options.now() || snapshot.owner !== session.id) {
        return documentedError(this.model, route, 404, 'NotFound', 'The snapshot does not exist (any more), or it is not yours; open a new one.');
      }
      snapshot.expires = this.options.now() + this.options.snapshotTtlMs;
      pool = snapshot.sessions;
    }
    const matches = this.#matches(pool, params);
    if ('status' in matches) return documentedError(this.model, route, 400, 'SyntacticError', matches.message);
    const fields = params.fields === undefined ? [] : String(params.fields).split(',').map((field) => field.trim()).filter(Boolean);
    const limit = Math.min(Number(params.limit ?? pageLimit), pageLimit);
    const window = snapshot ? matches : matches.slice(0, reachable);
    const from = snapshot ? positionAfter(matches, params.search_after) : basicOffset(params.offset);
    if (from === undefined) return documentedError(this.model, route, 400, 'SyntacticError', 'search_after names no session of this search; follow meta.next as it was given.');
    const page = window.slice(from, from + limit);
    if (params.format === 'csv' || call.preferredType(['application/json', 'text/csv']) === 'text/csv') return { status: 200, raw: csv(page, fields), contentType: 'text/csv; charset=utf-8' };
    const items = page.map((found) => ({ key: found.key, meta: { href: `${base}/${found.key}` }, ...(fields.length && { body: selected(found.body, fields) }) }));
    const link = (paging: Paging) => `${base}?${linkQuery(params, limit, fields, paging)}`;
    const hasNext = from + limit < window.length;
    if (snapshot) {
      const next = hasNext ? link({ search_after: page.at(-1)!.key }) : null;
      const meta = { href: base, parent: '/api/audit', fields, limit, first: null, last: null, previous: null, next, search_after: params.search_after ?? null, remaining_seconds: this.sessions.remainingSeconds(session) };
      return json(200, { items, meta });
    }
    const lastOffset = Math.max(0, Math.floor((Math.max(window.length, 1) - 1) / limit) * limit);
    const meta = {
      href: base,
      parent: '/api/audit',
      fields,
      limit,
      offset: from,
      match_count: matches.length,
      first: link({ offset: 0 }),
      last: link({ offset: lastOffset }),
      previous: from > 0 ? link({ offset: Math.max(0, from - limit) }) : null,
      next: hasNext ? link({ offset: from + limit }) : null,
    };
    return json(200, { items, meta });
  }

  #openSnapshot(call: Call): Answer {
    const now = this.options.now();
    for (const [id, snapshot] of this.#snapshots) if (snapshot.expires <= now || snapshot.owner === call.session.id || !this.sessions.peek(snapshot.owner)) this.#snapshots.delete(id);
    if (this.#snapshots.size >= this.options.maxSnapshots) {
      return documentedError(this.model, call.route, 429, 'SnapshotQuotaExceeded', `At most ${this.options.maxSnapshots} snapshots can be open at once; wait until one expires (${inWords(this.options.snapshotTtlMs)} after its last use).`);
    }
    const snapshot: Snapshot = { id: randomBytes(16).toString('base64url'), owner: call.session.id, expires: now + this.options.snapshotTtlMs, sessions: this.recorded };
    this.#snapshots.set(snapshot.id, snapshot);
    return json(200, { key: 'snapshot', body: { snapshot: snapshot.id }, meta: { href: `${base}/_snapshot`, parent: base } });
  }

  /** The sessions of `pool` that pass `q`, `start`, `end` and `content`, sorted by `sort`; or why `q` cannot be read. */
  #matches(pool: RecordedSession[], params: Record<string, unknown>): RecordedSession[] | { status: 400; message: string } {
    let predicate: ((body: JsonObject) => boolean) | undefined;
    if (params.q !== undefined && String(params.q).trim() !== '') {
      try {
        predicate = parseQuery(String(params.q));
      } catch (error) {
        if (error instanceof QuerySyntaxError) return { status: 400, message: `The search query q cannot be read: ${error.message}.` };
        throw error;
      }
    }
    const after = params.start === undefined ? undefined : Date.parse(String(params.start));
    const before = params.end === undefined ? undefined : Date.parse(String(params.end));
    const matches = pool.filter(({ body }) => {
      if (params.content !== undefined) return false; // the generated sessions have no indexed content
      if (after !== undefined && Date.parse(String(body.start_time)) < after) return false;
      if (before !== undefined && (body.end_time === null || Date.parse(String(body.end_time)) > before)) return false;
      return !predicate || predicate(body);
    });
    return sortBy(matches, params.sort === undefined ? '-start_time' : String(params.sort));
  }
}

function sortBy(sessions: RecordedSession[], sort: string): RecordedSession[] {
  const descending = sort.startsWith('-');
  const field = sort.replace(/^[-+]/, '');
  const valueOf = (session: RecordedSession) => fieldValue(session.body, field);
  return [...sessions].sort((a, b) => {
    const [x, y] = [valueOf(a), valueOf(b)];
    const order = x === y ? 0 : x === undefined || x === null ? 1 : y === undefined || y === null ? -1 : x < y ? -1 : 1;
    return descending ? -order : order;
  });
}

/** The requested dotted `fields` of a session body (`*`: all of it). */
function selected(body: JsonObject, fields: string[]): JsonObject {
  if (fields.includes('*')) return body;
  const out: JsonObject = {};
  for (const field of fields) {
    const path = field.split('.');
    const value = fieldValue(body, field) as Json | undefined;
    if (value === undefined) continue;
    let target = out;
    for (const segment of path.slice(0, -1)) target = (target[segment] ??= {}) as JsonObject;
    target[path.at(-1)!] = value;
  }
  return out;
}

/** Where a page starts: an `offset` (basic mode) or the key of the session it continues after (snapshot mode). */
type Paging = { offset: number } | { search_after: string };

/** The first match of a basic page: `offset`, where an offset above 10,000 is ignored (treated as 0). */
function basicOffset(offset: unknown): number {
  const requested = Number(offset ?? 0);
  return requested > reachable ? 0 : requested;
}

/** The first match of a snapshot page: the one after the session `search_after` names (the first without it); `undefined` when it names none of `matches`. */
function positionAfter(matches: RecordedSession[], searchAfter: unknown): number | undefined {
  if (searchAfter === undefined) return 0;
  const index = matches.findIndex(({ key }) => key === searchAfter);
  return index < 0 ? undefined : index + 1;
}

function linkQuery(params: Record<string, unknown>, limit: number, fields: string[], paging: Paging): string {
  const query = new URLSearchParams({ limit: String(limit), ...('offset' in paging ? { offset: String(paging.offset) } : {}), fields: fields.join(',') });
  for (const name of ['q', 'start', 'end', 'content', 'sort', 'snapshot']) if (params[name] !== undefined) query.set(name, String(params[name]));
  if ('search_after' in paging) query.set('search_after', paging.search_after);
  return query.toString();
}

function csv(page: RecordedSession[], fields: string[]): string {
  const columns = fields.length && !fields.includes('*') ? fields : ['start_time', 'end_time', 'protocol', 'user.name', 'server.address', 'verdict', 'active'];
  const cell = (value: unknown) => {
    const text = value === undefined || value === null ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [['key', ...columns].join(','), ...page.map(({ key, body }) => [key, ...columns.map((column) => cell(fieldValue(body, column)))].join(','))].join('\n') + '\n';
}

/** A duration in words: `5 minutes`, `1 minute`, `90 seconds`. */
function inWords(ms: number): string {
  const seconds = ms / 1000;
  const [count, unit] = seconds % 60 === 0 ? [seconds / 60, 'minute'] : [seconds, 'second'];
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
