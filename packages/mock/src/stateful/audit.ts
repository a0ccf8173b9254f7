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
import { fieldReader, parseQuery, QuerySyntaxError } from './session-query.js';
import type { Sessions } from './sessions.js';

export interface AuditOptions {
  snapshotTtlMs: number;
  maxSnapshots: number;
  now: () => number;
}

/**
 * A snapshot of the generated sessions, which never change, so it needs no copy of them. It keeps its
 * last search, so that the pages after the first are slices: the search's filters and sort, its matches
 * in order, and each match's place among them by its index in the generated sessions (1-based; 0: no match).
 */
interface Snapshot {
  id: string;
  owner: string;
  expires: number;
  search?: SnapshotSearch;
}
type SnapshotSearch = { filters: string; matches: RecordedSession[]; places: Int32Array };

type Refusal = { status: 400; message: string };

const pageLimit = 500;
const reachable = 10_000;
const base = '/api/audit/sessions';
/** The parameters that choose and order the matches (the others choose the page and its form). */
const filterNames = ['q', 'start', 'end', 'content', 'sort'];

export class Audit {
  readonly #indexOf: Map<string, number>;
  readonly #snapshots = new Map<string, Snapshot>();

  constructor(
    private readonly model: SpecModel,
    private readonly sessions: Sessions,
    private readonly recorded: RecordedSession[],
    private readonly options: AuditOptions,
  ) {
    this.#indexOf = new Map(recorded.map((session, index) => [session.key, index]));
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
        const matches = this.#matches(params);
        return 'status' in matches ? documentedError(this.model, route, 400, 'SyntacticError', matches.message) : json(200, { count: matches.length });
      }
      case 'openSessionSnapshot':
        return this.#openSnapshot(call);
      case 'getSessionStatistics':
        return json(200, this.model.example(route, 200));
      default: {
        const session = this.recorded[this.#indexOf.get(String(params.key)) ?? -1];
        if (!session) return documentedError(this.model, route, 404, 'NotFound');
        if (route.operationId === 'getSession') return json(200, { key: session.key, body: session.body, meta: { href: `${base}/${session.key}`, parent: base } });
        if (route.operationId === 'downloadAuditTrail') return { status: 200, raw: `SPS audit trail of session ${session.key} (stand-in for the .zat file)\n`, contentType: 'application/octet-stream' };
        return json(route.successStatus, naming(this.model.example(route, route.successStatus), session.key));
      }
    }
  }

  #search(call: Call): Answer {
    const { route, params, session } = call;
    let snapshot: Snapshot | undefined;
    if (params.snapshot !== undefined) {
      snapshot = this.#snapshots.get(String(params.snapshot));
      if (!snapshot || snapshot.expires <= this.options.now() || snapshot.owner !== session.id) {
        return documentedError(this.model, route, 404, 'NotFound', 'The snapshot does not exist (any more), or it is not yours; open a new one.');
      }
      snapshot.expires = this.options.now() + this.options.snapshotTtlMs;
    }
    const search = snapshot ? this.#snapshotSearch(snapshot, params) : this.#matches(params);
    if ('status' in search) return documentedError(this.model, route, 400, 'SyntacticError', search.message);
    const matches = 'matches' in search ? search.matches : search;
    const fields = params.fields === undefined ? [] : String(params.fields).split(',').map((field) => field.trim()).filter(Boolean);
    const limit = Math.min(Number(params.limit ?? pageLimit), pageLimit);
    const window = snapshot ? matches : matches.slice(0, reachable);
    const from = 'places' in search ? this.#placeAfter(search, params.search_after) : basicOffset(params.offset);
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
    const snapshot: Snapshot = { id: randomBytes(16).toString('base64url'), owner: call.session.id, expires: now + this.options.snapshotTtlMs };
    this.#snapshots.set(snapshot.id, snapshot);
    return json(200, { key: 'snapshot', body: { snapshot: snapshot.id }, meta: { href: `${base}/_snapshot`, parent: base } });
  }

  /** The search of a snapshot page: the one the snapshot keeps when the page has its filters and sort, else a new one it keeps. */
  #snapshotSearch(snapshot: Snapshot, params: Record<string, unknown>): SnapshotSearch | Refusal {
    const filters = JSON.stringify(filterNames.map((name) => params[name] ?? null));
    if (snapshot.search?.filters === filters) return snapshot.search;
    const matches = this.#matches(params);
    if ('status' in matches) return matches;
    const places = new Int32Array(this.recorded.length);
    matches.forEach(({ key }, place) => (places[this.#indexOf.get(key)!] = place + 1));
    return (snapshot.search = { filters, matches, places });
  }

  /** The first match of a snapshot page: the one after the session `search_after` names (the first without it); `undefined` when it names none of the matches. */
  #placeAfter({ places }: SnapshotSearch, searchAfter: unknown): number | undefined {
    if (searchAfter === undefined) return 0;
    const index = this.#indexOf.get(String(searchAfter));
    return (index !== undefined && places[index]) || undefined;
  }

  /** The generated sessions that pass `q`, `start`, `end` and `content`, sorted by `sort`; or why a filter cannot be read. */
  #matches(params: Record<string, unknown>): RecordedSession[] | Refusal {
    let predicate: ((body: JsonObject) => boolean) | undefined;
    if (params.q !== undefined && String(params.q).trim() !== '') {
      try {
        predicate = parseQuery(String(params.q));
      } catch (error) {
        if (error instanceof QuerySyntaxError) return { status: 400, message: `The search query q cannot be read: ${error.message}.` };
        throw error;
      }
    }
    const moments: { start?: number; end?: number } = {};
    for (const name of ['start', 'end'] as const) {
      if (params[name] === undefined) continue;
      const moment = instant(String(params[name]));
      if (moment === undefined) return { status: 400, message: `The ${name} parameter names no moment: ${String(params[name])}.` };
      moments[name] = moment;
    }
    const { start: after, end: before } = moments;
    const matches = this.recorded.filter(({ body }) => {
      if (params.content !== undefined) return false; // the generated sessions have no indexed content
      if (after !== undefined && Date.parse(String(body.start_time)) < after) return false;
      if (before !== undefined && (body.end_time === null || Date.parse(String(body.end_time)) > before)) return false;
      return !predicate || predicate(body);
    });
    return sortBy(matches, params.sort === undefined ? '-start_time' : String(params.sort));
  }
}

const dateTime = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

/**
 * The moment a `start` or `end` names, in milliseconds since the epoch: the forms the parameters' pattern
 * admits, a date or a date-time with optional seconds and fraction, and an offset `Z`, `±HH`, `±HHMM`,
 * `±HH:MM` or none, read as UTC. `undefined` for one that names no moment (month 13, 30 February, hour
 * 24, offset +24:00).
 */
export function instant(text: string): number | undefined {
  const parts = dateTime.exec(text);
  if (!parts) return undefined;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [1, 2, 3, 4, 5, 6, 9, 10].map((group) => Number(parts[group] ?? 0)) as [number, number, number, number, number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, Number((parts[7] ?? '.').slice(1, 4).padEnd(3, '0')));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  return date.getTime() - (parts[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
}

/** `sessions` sorted by the value of one field (`-field`: descending), each value read once; ties keep their order. */
function sortBy(sessions: RecordedSession[], sort: string): RecordedSession[] {
  const descending = sort.startsWith('-');
  const read = fieldReader(sort.replace(/^[-+]/, ''));
  const sorted = sessions.map((session) => ({ session, value: read(session.body) as string }));
  sorted.sort(({ value: x }, { value: y }) => {
    const order = x === y ? 0 : x === undefined || x === null ? 1 : y === undefined || y === null ? -1 : x < y ? -1 : 1;
    return descending ? -order : order;
  });
  return sorted.map(({ session }) => session);
}

/** The requested dotted `fields` of a session body (`*`: all of it). */
function selected(body: JsonObject, fields: string[]): JsonObject {
  if (fields.includes('*')) return body;
  const out: JsonObject = {};
  for (const field of fields) {
    const path = field.split('.');
    const value = fieldReader(field)(body) as Json | undefined;
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

function linkQuery(params: Record<string, unknown>, limit: number, fields: string[], paging: Paging): string {
  const query = new URLSearchParams({ limit: String(limit), ...('offset' in paging ? { offset: String(paging.offset) } : {}), fields: fields.join(',') });
  for (const name of [...filterNames, 'snapshot']) if (params[name] !== undefined) query.set(name, String(params[name]));
  if ('search_after' in paging) query.set('search_after', paging.search_after);
  return query.toString();
}

/** A page as CSV, quoted as RFC 4180 says; a field whose value is an object or a list is written as its JSON text. */
function csv(page: RecordedSession[], fields: string[]): string {
  const columns = fields.length && !fields.includes('*') ? fields : ['start_time', 'end_time', 'protocol', 'user.name', 'server.address', 'verdict', 'active'];
  const readers = columns.map(fieldReader);
  const cell = (value: unknown) => {
    const text = value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [['key', ...columns].join(','), ...page.map(({ key, body }) => [key, ...readers.map((read) => cell(read(body)))].join(','))].join('\n') + '\n';
}

/** A sub-resource's example, its links to the vendor sample's session turned into links to the session `key`. */
function naming(example: Json | undefined, key: string): Json | undefined {
  if (typeof example === 'string') return example.replace(/^\/api\/audit\/sessions\/[^/?#]+/, `${base}/${key}`);
  if (Array.isArray(example)) return example.map((item) => naming(item, key)!);
  if (example !== null && typeof example === 'object') return Object.fromEntries(Object.entries(example).map(([name, value]) => [name, naming(value, key)!]));
  return example;
}

/** A duration in words: `5 minutes`, `1 minute`, `90 seconds`. */
function inWords(ms: number): string {
  const seconds = ms / 1000;
  const [count, unit] = seconds % 60 === 0 ? [seconds / 60, 'minute'] : [seconds, 'second'];
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
