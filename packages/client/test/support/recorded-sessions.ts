/**
 * A session database that answers `/api/audit/sessions` the way SPS does: basic pages (limit/offset,
 * `match_count`, never past the first 10,000), snapshots (`_snapshot`, a quota, expiry, `search_after`
 * paging), `_count`, `q` filtering (parsed with search-syntax.ts) and `fields`. Sessions are generated
 * from their number, so any count costs no memory until a page is asked for.
 *
 * `answer()` is plain: the fake SPS routes (`sessionRoutes`) call it in-process or on a socket, and
 * the `pnpm bench` server (scripts/bench/search.ts) in a process of its own.
 */
import { matches, parseQuery } from './search-syntax.js';

export interface SessionDatabaseOptions {
  /** How many sessions are recorded. */
  count: number;
  /** How many snapshots may be open at once (429 above). Default 1. */
  snapshotQuota?: number;
  /** `Retry-After` of the 429, when given. */
  retryAfter?: string;
  /**
   * Whether `meta.next` repeats the filters (`q`, `start`, `end`, `content`, `sort`) and the snapshot.
   * Default `false`: like the vendor's sample, links carry only `limit`, `offset` and `fields` (and
   * `search_after`), so a client that follows them as they are loses the filters.
   */
  linksCarryFilters?: boolean;
  /** Whether `meta.next` carries `limit` (default `true`). The snapshot mode's links are undocumented. */
  linksCarryLimit?: boolean;
  /** Whether a snapshot page's `meta` carries `match_count` too (default `false`, as documented). */
  snapshotMatchCount?: boolean;
}

export interface Answer {
  status: number;
  json: unknown;
  headers?: Record<string, string>;
}

const protocols = ['SSH', 'RDP', 'TELNET', 'VNC', 'ICA'];
const users = ['root', 'yoda', 'leia', 'han', 'admin', 'o\'brien', 'ad\\svc'];
const epoch = Date.parse('2024-03-01T00:00:00.000Z');

/** The session with number `index` (0-based): every field `fields=*` returns. */
export function recordedSession(index: number) {
  const start = epoch + index * 60_000;
  const user = users[index % users.length]!;
  return {
    active: index % 97 === 0,
    analytics: { interesting_events: [], scripted: false, similar_sessions: [], tags: [] },
    client: { ip: `10.20.${(index >> 8) & 255}.${index & 255}`, name: `client-${index}`, port: 50_000 + (index % 10_000) },
    creation_time: new Date(start).toISOString(),
    duration: 60 + (index % 600),
    end_time: new Date(start + (60 + (index % 600)) * 1000).toISOString(),
    hidden: false,
    node_id: '6fed7872-065e-41d2-9cfa-ba75e8cad901',
    origin: 'RECORDING',
    phantom: false,
    protocol: protocols[index % protocols.length]!,
    recording: {
      archived: false,
      auth_method: 'password',
      channel_policy: 'shell-only',
      connection_policy: 'demo-con-pol',
      has_accepted_channel: true,
      index_status: 'INDEXED',
      session_id: `svc/session${index}/demo_con_pol:${index}`,
      verdict: 'ACCEPT',
    },
    server: { ip: '10.110.100.26', name: 'db-1', port: 22 },
    start_time: new Date(start).toISOString(),
    user: { name: user, server_username: [user] },
    verdict: 'ACCEPT',
  };
}

export const sessionKeyOf = (index: number) => `session${String(index).padStart(7, '0')}`;

/** The `body` of an item with the requested fields (`*`: all), nested by their dotted names. */
function pick(session: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  if (fields.includes('*')) return session;
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const parts = field.split('.');
    let source: unknown = session;
    for (const part of parts) source = (source as Record<string, unknown> | undefined)?.[part];
    if (source === undefined) continue;
    let target = body;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[parts.at(-1)!] = source;
  }
  return body;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

const notFound = (message: string): Answer => ({ status: 404, json: { error: { type: 'NotFound', message } } });

export function sessionDatabase(options: SessionDatabaseOptions) {
  let count = options.count;
  let nextSnapshot = 1;
  /** Open snapshots: the number of sessions recorded when each was opened. */
  const snapshots = new Map<string, number>();
  const quota = options.snapshotQuota ?? 1;

  /** The numbers of the sessions among the first `total` that match the query's filters. */
  const selections = new Map<string, number[]>();
  function select(query: URLSearchParams, total: number): { indexes: number[] | undefined; total: number } {
    const q = query.get('q');
    if (!q) return { indexes: undefined, total };
    let indexes = selections.get(`${total}\n${q}`);
    if (!indexes) {
      const tree = parseQuery(q);
      indexes = range(0, total).filter((index) => matches(tree, recordedSession(index)));
      selections.set(`${total}\n${q}`, indexes);
    }
    return { indexes, total: indexes.length };
  }

  function items(indexes: number[], fields: string[]) {
    return indexes.map((index) => ({
      key: sessionKeyOf(index),
      ...(fields.length && { body: pick(recordedSession(index), fields) }),
      meta: { href: `/api/audit/sessions/${sessionKeyOf(index)}` },
    }));
  }

  function link(query: URLSearchParams, paging: Record<string, string | number>): string {
    const kept = options.linksCarryFilters ? ['q', 'start', 'end', 'content', 'sort', 'snapshot'].filter((name) => query.has(name)) : [];
    const { limit, ...rest } = paging;
    const withLimit = options.linksCarryLimit === false ? rest : paging;
    const search = new URLSearchParams({ ...Object.fromEntries(kept.map((name) => [name, query.get(name)!])), ...withLimit } as Record<string, string>);
    return `/api/audit/sessions?${search.toString().replace(/%2C/g, ',').replace(/%2A/g, '*')}`;
  }

  function search(query: URLSearchParams): Answer {
    const fields = (query.get('fields') ?? '').split(',').filter(Boolean);
    const limit = Math.min(Number(query.get('limit') ?? 500), 500);
    const snapshot = query.get('snapshot');
    if (snapshot !== null) {
      const frozen = snapshots.get(snapshot);
      if (frozen === undefined) return notFound('The snapshot does not exist or has expired.');
      const { indexes, total } = select(query, frozen);
      const after = Number(query.get('search_after') ?? -1);
      let page: number[];
      if (indexes) {
        const from = indexes.findIndex((index) => index > after);
        page = from < 0 ? [] : indexes.slice(from, from + limit);
      } else {
        page = range(after + 1, Math.min(after + 1 + limit, total));
      }
      const last = page.at(-1);
      const more = last !== undefined && last !== (indexes ? indexes.at(-1) : total - 1);
      const next = more ? link(query, { fields: fields.join(','), limit, search_after: last }) : null;
      return {
        status: 200,
        json: {
          items: items(page, fields),
          meta: {
            fields,
            first: null,
            href: '/api/audit/sessions',
            last: null,
            limit,
            ...(options.snapshotMatchCount && { match_count: total }),
            next,
            parent: '/api/audit',
            previous: null,
            remaining_seconds: 43200,
            search_after: null,
          },
        },
      };
    }
    const { indexes, total } = select(query, count);
    const requested = Number(query.get('offset') ?? 0);
    const offset = requested > 10_000 ? 0 : requested;
    const end = Math.min(offset + limit, total, 10_000);
    const page = indexes ? indexes.slice(offset, end) : range(offset, end);
    const at = (position: number) => link(query, { limit, offset: position, fields: fields.join(',') });
    const lastOffset = Math.max(0, Math.min(total, 10_000) - 1 - ((Math.min(total, 10_000) - 1) % limit));
    return {
      status: 200,
      json: {
        items: items(page, fields),
        meta: {
          fields,
          first: at(0),
          href: '/api/audit/sessions',
          last: at(lastOffset),
          limit,
          match_count: total,
          next: end < Math.min(total, 10_000) ? at(end) : null,
          offset,
          parent: '/api/audit',
          previous: offset > 0 ? at(Math.max(0, offset - limit)) : null,
        },
      },
    };
  }

  return {
    /** Records `more` sessions (newer than all others). */
    record(more: number) {
      count += more;
    },
    /** Expires every open snapshot, as 5 idle minutes would. */
    expireSnapshots() {
      snapshots.clear();
    },
    get openSnapshots() {
      return snapshots.size;
    },

    answer(method: string, path: string, query: URLSearchParams): Answer {
      if (method !== 'GET') return { status: 405, json: { error: { type: 'MethodNotAllowed', message: method } } };
      try {
        if (path === '/api/audit/sessions') return search(query);
        if (path === '/api/audit/sessions/_count') return { status: 200, json: { count: select(query, count).total } };
      } catch (error) {
        if (error instanceof SyntaxError) return { status: 400, json: { error: { type: 'SyntacticError', message: `Invalid query: ${error.message}` } } };
        throw error;
      }
      if (path === '/api/audit/sessions/_snapshot') {
        if (snapshots.size >= quota) {
          return { status: 429, json: { error: { type: 'TooManyRequests', message: 'Snapshot quota exceeded' } }, ...(options.retryAfter && { headers: { 'Retry-After': options.retryAfter } }) };
        }
        const id = `c25hcHNob3Q${nextSnapshot++}`;
        snapshots.set(id, count);
        return { status: 200, json: { body: { snapshot: id }, meta: { href: '/api/audit/sessions/_snapshot', parent: '/api/audit/sessions' } } };
      }
      return notFound(`No ${path} here`);
    },
  };
}
