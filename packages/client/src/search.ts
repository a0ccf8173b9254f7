/**
 * Session search (`/api/audit/sessions`): iterate over every match in basic or snapshot mode, count,
 * and read one session, its channels and its content. Downloading its audit trail is in audit-trail.ts.
 */
import { SpsSearchLimitError, SpsSnapshotExpiredError, SpsSnapshotQuotaError, quote } from './errors.js';
import type { operations } from './generated/openapi.js';
import { sessionKey } from './search-query.js';
import type { Api, OperationData, Schema } from './types.js';
import { apiError, readAnswer, unexpectedAnswer } from './unwrap.js';

export interface SearchContext {
  api: Api;
  /** The normalized base URL, e.g. `https://sps.example.net`. */
  baseUrl: string;
}

type SearchParameters = NonNullable<operations['searchSessions']['parameters']['query']>;

/** What to search for; every filter is optional (none: every session). */
export interface SessionSearchQuery {
  /** Field query, e.g. `protocol:SSH AND user.name:root`; `sessionQuery({…})` writes one safely. */
  q?: SearchParameters['q'];
  /** Only sessions that started after this moment (a `Date`, or an ISO 8601 string). */
  start?: SearchParameters['start'] | Date;
  /** Only sessions that ended before this moment. */
  end?: SearchParameters['end'] | Date;
  /** Content query on indexed sessions, e.g. `command:"sudo su"`. */
  content?: SearchParameters['content'];
  /** Fields to return in each item's `body` (`'*'` for all): a comma-separated string or a list. Without it, items carry only `key` and `meta`. */
  fields?: SearchParameters['fields'] | readonly string[];
  /** Sort field, `-` first for descending, e.g. `-start_time`. */
  sort?: SearchParameters['sort'];
}

/** The filters `countSessions` takes. */
export type SessionCountQuery = Pick<SessionSearchQuery, 'q' | 'start' | 'end' | 'content'>;

export interface SearchSessionsOptions {
  /**
   * Search in a snapshot (SPS 7.4+): every match, however many. Without it, a basic search, which
   * throws `SpsSearchLimitError` when more than 10,000 sessions match.
   */
  snapshot?: boolean;
  /** Sessions per request, 1 to 500 (SPS's default and maximum is 500). */
  pageSize?: number;
  /** Aborting stops the search: no more requests, the iteration rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** One session of a search: `key`, `meta.href`, and `body` with the requested `fields`. */
export type SessionSearchItem = OperationData<'searchSessions'>['items'][number];

/** One channel of a session, wherever SPS put its fields (on the item or in its `body`). */
export type SessionChannel = Schema<'AuditSessionChannel'> & { key?: string; meta?: Schema<'Meta'> };

const searchPath = '/api/audit/sessions';
const countFilters = ['q', 'start', 'end', 'content'] as const;
const absolute = /^[a-z][a-z0-9+.-]*:|^\/\//i;

export function searchHelpers({ api, baseUrl }: SearchContext) {
  /** The sessions of a search, one page after another, following `meta.next`. */
  async function* search(query: Record<string, string | number>, snapshot: boolean, signal?: AbortSignal) {
    let id: string | undefined;
    if (snapshot) {
      const opened = await api.GET('/api/audit/sessions/_snapshot', signal && { signal });
      if (opened.response.status === 429) throw apiError(opened, SpsSnapshotQuotaError);
      id = (await readAnswer(opened, { 'body.snapshot': 'string' })).body.snapshot;
    }
    let parameters = { ...query, ...(id && { snapshot: id }) };
    // The links followed so far (server-relative): one answered again means the paging went in a circle.
    const followed = new Set<string>();
    let returned = 0;
    for (let page = 1; ; page++) {
      signal?.throwIfAborted();
      const result = await api.GET(searchPath, { params: { query: parameters }, ...(signal && { signal }) });
      if (id && result.response.status === 404) throw apiError(result, SpsSnapshotExpiredError);
      const { items, meta } = await readAnswer(result, { items: 'list of objects', meta: 'object', 'meta.next': 'string?', 'meta.match_count': 'number?' });
      const count = (meta as { match_count?: number }).match_count;
      const matches = Math.min(count ?? Infinity, SpsSearchLimitError.limit);
      // Only the basic mode stops at 10,000; a snapshot reads every match, whatever count its meta may carry.
      if (!id && page === 1 && count! > matches) throw new SpsSearchLimitError(count!); // never when undefined
      // A basic page holds the matches from its offset on, as they are at the time: the sessions returned so far (at
      // most the offset plus this page) never outnumber its match_count, nor the 10,000 a basic search reaches,
      // unless meta.next goes on without end.
      if (!id && (returned += items.length) > matches) throw unexpectedAnswer(result.response, `with more sessions than the ${matches} that match`);
      for (const item of items) {
        signal?.throwIfAborted();
        yield item;
      }
      // SPS answers an empty page only at the end, whatever its meta.next says.
      if (items.length === 0 || meta.next === null || meta.next === undefined) return;
      const link = searchLink(meta.next, result.response);
      if (followed.has(link.path)) throw unexpectedAnswer(result.response, `with the same meta.next twice: the paging went in a circle (${quote(link.path)})`);
      followed.add(link.path);
      // The link's own parameters (paging) win; the filters, the page size and the snapshot are sent even
      // where it leaves them out.
      parameters = { ...query, ...link.parameters, ...(id && { snapshot: id }) };
    }
  }

  /** A link SPS gave as `meta.next` (server-relative, or absolute on this appliance): its path and search parameters. */
  function searchLink(link: string, response: Response): { path: string; parameters: Record<string, string> } {
    const path = absolute.test(link) && link.startsWith(`${baseUrl}/`) ? link.slice(baseUrl.length) : link;
    let url: URL | undefined;
    try {
      url = new URL(path, 'http://sps.invalid');
    } catch {}
    if (!path.startsWith('/') || path.startsWith('//') || url?.pathname !== searchPath) {
      throw unexpectedAnswer(response, `with meta.next ${quote(link)}, not a link to the session search on this appliance`);
    }
    return { path, parameters: Object.fromEntries(url.searchParams) };
  }

  return {
    /**
     * Every session that matches, page by page (`for await (const session of sps.searchSessions(…))`).
     * Breaking out of the loop stops fetching. See `SearchSessionsOptions` for the two modes.
     */
    searchSessions(query: SessionSearchQuery = {}, { snapshot = false, pageSize, signal }: SearchSessionsOptions = {}): AsyncIterable<SessionSearchItem> {
      if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 500)) {
        throw new TypeError('pageSize must be a whole number from 1 to 500');
      }
      const parameters = { ...searchParameters(query, [...countFilters, 'fields', 'sort']), ...(pageSize && { limit: pageSize }) };
      return { [Symbol.asyncIterator]: () => search(parameters, snapshot, signal) };
    },

    /** How many sessions match (no 10,000 limit). */
    async countSessions(query: SessionCountQuery = {}): Promise<number> {
      const parameters = searchParameters(query, countFilters);
      return (await readAnswer(api.GET('/api/audit/sessions/_count', { params: { query: parameters } }), { count: 'number' })).count;
    },

    /** One recorded session, with every field, by its `key`. */
    async getSession(key: string): Promise<OperationData<'getSession'>> {
      return readAnswer(api.GET('/api/audit/sessions/{key}', { params: { path: { key: sessionKey(key) } } }));
    },

    /** The channels of a session, each with its fields on the object itself (SPS puts them there or in `body`). */
    async listSessionChannels(key: string): Promise<SessionChannel[]> {
      const { items } = await readAnswer(api.GET('/api/audit/sessions/{key}/channels', { params: { path: { key: sessionKey(key) } } }), { items: 'list of objects' });
      return items.map(({ body, ...item }) => ({ ...item, ...(typeof body === 'object' && body) }));
    },

    /** The content events of an indexed session that match `q` (Lucene syntax, e.g. `"sudo su"`; not starting with `*`). */
    async searchSessionContent(key: string, q: string): Promise<OperationData<'searchSessionContent'>> {
      if (typeof q !== 'string' || !q.trim() || q.startsWith('*')) {
        throw new TypeError('q must be a content query that does not start with * (SPS answers nothing for an empty one)');
      }
      return readAnswer(api.GET('/api/audit/sessions/{key}/content', { params: { path: { key: sessionKey(key) }, query: { q } } }));
    },
  };
}

function searchParameters(query: SessionSearchQuery, names: readonly (keyof SessionSearchQuery)[]): Record<string, string> {
  const parameters: Record<string, string> = {};
  for (const name of names) {
    const value = query[name];
    if (value === undefined || value === '') continue;
    parameters[name] = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : value.join(',');
  }
  return parameters;
}
