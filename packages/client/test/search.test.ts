import {
  isSpsApiError,
  sessionQuery,
  SpsApiError,
  SpsError,
  SpsSearchLimitError,
  SpsSnapshotExpiredError,
  SpsSnapshotQuotaError,
  SpsUnexpectedAnswerError,
  type SearchSessionsOptions,
  type SessionSearchItem,
  type SessionSearchQuery,
  type SpsClient,
} from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { caught } from './support/caught.js';
import { fail, fakeSps, inSequence, ok, sessionCookie, slow, type Handler, type Routes } from './support/fake-sps.js';
import { recordedSession, sessionDatabase, sessionKeyOf, type SessionDatabaseOptions } from './support/recorded-sessions.js';

/** A fake SPS whose session search is a generated database of `options.count` sessions. */
function withSessions(options: SessionDatabaseOptions, routes: Routes = {}) {
  const database = sessionDatabase(options);
  const answer: Handler = (request) => database.answer(request.method, request.path, request.query);
  const sps = fakeSps({
    'GET /api/audit/sessions': answer,
    'GET /api/audit/sessions/_count': answer,
    'GET /api/audit/sessions/_snapshot': answer,
    ...routes,
  });
  return { sps, database, client: sps.client(), pages: () => sps.sent('GET /api/audit/sessions') };
}

async function collect(client: SpsClient, query?: SessionSearchQuery, options?: SearchSessionsOptions): Promise<SessionSearchItem[]> {
  const items: SessionSearchItem[] = [];
  for await (const item of client.searchSessions(query, options)) items.push(item);
  return items;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('searchSessions, basic mode', () => {
  it('returns every match across several pages, following meta.next', async () => {
    const { client, pages } = withSessions({ count: 1234 });
    const items = await collect(client, { fields: ['protocol', 'user.name'] }, { pageSize: 100 });
    expect(items.map((item) => item.key)).toEqual(range(0, 1234).map(sessionKeyOf));
    expect(items[7]).toEqual({
      key: sessionKeyOf(7),
      body: { protocol: recordedSession(7).protocol, user: { name: recordedSession(7).user.name } },
      meta: { href: `/api/audit/sessions/${sessionKeyOf(7)}` },
    });
    expect(pages().map((page) => page.query.get('offset'))).toEqual([null, ...range(1, 13).map((page) => String(page * 100))]);
    expect(pages().every((page) => page.query.get('limit') === '100' && page.query.get('fields') === 'protocol,user.name')).toBe(true);
  });

  it('sends the filters with every page, also where meta.next leaves them out', async () => {
    const { client, pages } = withSessions({ count: 1000, linksCarryFilters: false });
    const q = sessionQuery({ protocol: 'SSH', 'user.name': 'root' });
    const items = await collect(client, { q, sort: '-start_time', content: 'command:ls' }, { pageSize: 10 });
    const expected = range(0, 1000).filter((index) => recordedSession(index).protocol === 'SSH' && recordedSession(index).user.name === 'root');
    expect(expected.length).toBeGreaterThan(20);
    expect(items.map((item) => item.key)).toEqual(expected.map(sessionKeyOf));
    expect(pages().length).toBe(Math.ceil(expected.length / 10));
    for (const page of pages()) {
      expect([page.query.get('q'), page.query.get('sort'), page.query.get('content')]).toEqual([q, '-start_time', 'command:ls']);
    }
  });

  it('sends Dates as ISO 8601 and leaves out empty filters', async () => {
    const { client, pages } = withSessions({ count: 3 });
    await collect(client, { start: new Date('2024-03-01T10:00:00+01:00'), end: '2024-03-31T23:59', q: '', fields: '*' });
    expect(Object.fromEntries(pages()[0]!.query)).toEqual({ start: '2024-03-01T09:00:00.000Z', end: '2024-03-31T23:59', fields: '*' });
  });

  it('throws SpsSearchLimitError before returning anything when more than 10,000 sessions match', async () => {
    const { client, pages } = withSessions({ count: 10_001 });
    const seen: SessionSearchItem[] = [];
    const error = await caught(
      (async () => {
        for await (const item of client.searchSessions({}, { pageSize: 500 })) seen.push(item);
      })(),
    );
    expect(error).toBeInstanceOf(SpsSearchLimitError);
    expect(error).toMatchObject({ matchCount: 10_001, message: expect.stringContaining('snapshot: true') });
    expect(seen).toEqual([]);
    expect(pages()).toHaveLength(1);
  });

  it('returns all of exactly 10,000 matches', async () => {
    const { client } = withSessions({ count: 10_000 });
    expect(new Set((await collect(client)).map((item) => item.key)).size).toBe(10_000);
  });

  it('refuses a page size SPS would cap or reject, before sending anything', () => {
    const { client, sps } = withSessions({ count: 1 });
    for (const pageSize of [0, 501, 1.5, Number.NaN]) expect(() => client.searchSessions({}, { pageSize })).toThrow(TypeError);
    expect(sps.requests).toEqual([]);
  });

  it('an error answer of SPS rejects with SpsApiError', async () => {
    const { client } = withSessions({ count: 10 });
    const error = await caught(collect(client, { q: 'protocol:(SSH' }));
    expect(isSpsApiError(error, 'SyntacticError')).toBe(true);
    expect(error).toMatchObject({ status: 400, method: 'GET', path: '/api/audit/sessions' });
  });

  it.each([
    ['another host', 'https://elsewhere.example/api/audit/sessions?offset=1'],
    ['another path', '/api/configuration/local_users?offset=1'],
    ['a protocol-relative link', '//elsewhere.example/api/audit/sessions'],
    ['nowhere (a URL that does not parse)', 'http://['],
    ['nowhere (a path the URL parser reads as a host)', '/\\[/api/audit/sessions'],
  ])('refuses a meta.next to %s without requesting it', async (_, next) => {
    const page = { items: [{ key: 'a', meta: { href: '/api/audit/sessions/a' } }], meta: { fields: [], first: '', last: '', limit: 1, match_count: 2, next, offset: 0, previous: null } };
    const { client, sps } = withSessions({ count: 0 }, { 'GET /api/audit/sessions': ok(page) });
    const error = await caught(collect(client));
    expect(error).toBeInstanceOf(SpsUnexpectedAnswerError);
    expect(String(error)).toContain('not a link to the session search');
    expect(sps.requests).toHaveLength(1);
  });

  it('a meta.next that is no URL at all rejects with an SpsUnexpectedAnswerError, not a bare TypeError, and without the session ID', async () => {
    const page = (next: string) => ({ items: [{ key: 'a' }], meta: { fields: [], first: '', last: '', limit: 1, match_count: 2, next, offset: 0, previous: null } });
    for (const next of ['http://[', `http://[${sessionCookie}`]) {
      const sps = fakeSps({ 'GET /api/audit/sessions': ok(page(next)) });
      const error = await caught(collect(sps.client({ sessionId: sessionCookie })));
      expect(error).toBeInstanceOf(SpsUnexpectedAnswerError);
      expect(error).toMatchObject({ method: 'GET', path: '/api/audit/sessions', status: 200 });
      expect((error as Error).message).toMatch(/^GET \/api\/audit\/sessions answered 200 with meta.next "http:\/\/\[.*", not a link to the session search on this appliance$/);
      expect((error as Error).message).not.toContain(sessionCookie);
    }
  });

  it.each([['a string', '20000'], ['an object', { total: 20_000 }], ['a boolean', true]])(
    'a match_count that is %s rejects with an SpsUnexpectedAnswerError naming it, not an SpsSearchLimitError',
    async (kind, matchCount) => {
      const page = { items: [{ key: 'a' }], meta: { fields: [], first: '', last: '', limit: 1, match_count: matchCount, next: null, offset: 0, previous: null } };
      const { client } = withSessions({ count: 0 }, { 'GET /api/audit/sessions': ok(page) });
      const error = await caught(collect(client));
      expect(error).toBeInstanceOf(SpsUnexpectedAnswerError);
      expect((error as Error).message).toBe(`GET /api/audit/sessions answered 200 with \`meta.match_count\` that is ${kind}, not a number`);
    },
  );

  it('stops with an SpsUnexpectedAnswerError when new meta.next links go on beyond the sessions that match', async () => {
    // Every page links to a new offset; after 50 requests the fake gives up, so a client without the bound ends
    // too (and fails the test) instead of requesting without end.
    const endless: Handler = (request) => {
      const offset = Number(request.query.get('offset') ?? 0);
      const next = pages().length > 50 ? null : `/api/audit/sessions?offset=${offset + 1}`;
      return { status: 200, json: { items: [{ key: `k${offset}` }], meta: { fields: [], first: '', last: '', limit: 1, match_count: 3, next, offset, previous: null } } };
    };
    const { client, pages } = withSessions({ count: 0 }, { 'GET /api/audit/sessions': endless });
    const keys: string[] = [];
    const error = await caught(
      (async () => {
        for await (const item of client.searchSessions()) keys.push(item.key);
      })(),
    );
    expect(error).toBeInstanceOf(SpsUnexpectedAnswerError);
    expect((error as Error).message).toBe('GET /api/audit/sessions answered 200 with more sessions than the 3 that match');
    expect(keys).toEqual(['k0', 'k1', 'k2']);
    expect(pages()).toHaveLength(4);
  });

  it('without a match_count, a basic search stops new meta.next links after the 10,000 sessions it can return', async () => {
    const endless: Handler = (request) => {
      const offset = Number(request.query.get('offset') ?? 0);
      const items = Array.from({ length: 500 }, (_, i) => ({ key: `k${offset + i}` }));
      return { status: 200, json: { items, meta: { next: pages().length > 50 ? null : `/api/audit/sessions?offset=${offset + 500}` } } };
    };
    const { client, pages } = withSessions({ count: 0 }, { 'GET /api/audit/sessions': endless });
    const error = await caught(collect(client));
    expect(error).toBeInstanceOf(SpsUnexpectedAnswerError);
    expect(pages()).toHaveLength(21);
  });

  it('a match_count that grows while paging (sessions recorded meanwhile) does not cut the search short', async () => {
    const growing: Handler = (request) => {
      const offset = Number(request.query.get('offset') ?? 0);
      const next = offset < 4 ? `/api/audit/sessions?offset=${offset + 1}` : null;
      return { status: 200, json: { items: [{ key: `k${offset}` }], meta: { fields: [], first: '', last: '', limit: 1, match_count: 2 + offset, next, offset, previous: null } } };
    };
    const { client } = withSessions({ count: 0 }, { 'GET /api/audit/sessions': growing });
    expect((await collect(client)).map((item) => item.key)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
  });

  it('follows an absolute meta.next on the appliance itself', async () => {
    const meta = (next: string | null, offset: number) => ({ fields: [], first: '', last: '', limit: 1, match_count: 2, next, offset, previous: null });
    const sps = fakeSps({
      'GET /api/audit/sessions': inSequence(
        ok({ items: [{ key: 'a' }], meta: meta('http://127.0.0.1:9/api/audit/sessions?limit=1&offset=1', 0) }),
        ok({ items: [{ key: 'b' }], meta: meta(null, 1) }),
      ),
    });
    expect(sps.url).toBe('http://127.0.0.1:9');
    expect((await collect(sps.client())).map((item) => item.key)).toEqual(['a', 'b']);
    expect(sps.sent('GET /api/audit/sessions')[1]!.query.get('offset')).toBe('1');
  });

  it('stops with an SpsUnexpectedAnswerError when SPS answers the same meta.next twice', async () => {
    const page = { items: [{ key: 'a' }], meta: { fields: [], first: '', last: '', limit: 1, match_count: 3, next: '/api/audit/sessions?offset=1', offset: 0, previous: null } };
    const { client, pages } = withSessions({ count: 0 }, { 'GET /api/audit/sessions': ok(page) });
    const error = await caught(collect(client));
    expect(error).toBeInstanceOf(SpsUnexpectedAnswerError);
    expect(String(error)).toContain('same meta.next twice');
    expect(pages()).toHaveLength(2);
  });

  it('stops with an SpsError when meta.next goes in a circle (A → B → A)', async () => {
    // offset 1 links to offset 2, which links back to offset 1; after 50 requests the fake gives up, so
    // a client without the guard ends too (and fails the test) instead of looping forever.
    const meta = (next: string | null, offset: number) => ({ fields: [], first: '', last: '', limit: 1, match_count: 3, next, offset, previous: null });
    const circle: Handler = (request) => {
      const offset = Number(request.query.get('offset') ?? 0);
      if (pages().length > 50) return { status: 200, json: { items: [], meta: meta(null, offset) } };
      return { status: 200, json: { items: [{ key: `k${offset}` }], meta: meta(`/api/audit/sessions?offset=${offset === 1 ? 2 : 1}`, offset) } };
    };
    const { client, pages } = withSessions({ count: 0 }, { 'GET /api/audit/sessions': circle });
    const keys: string[] = [];
    const error = await caught(
      (async () => {
        for await (const item of client.searchSessions()) keys.push(item.key);
      })(),
    );
    expect(error).toBeInstanceOf(SpsError);
    expect(String(error)).toMatch(/paging went in a circle.*\/api\/audit\/sessions\?offset=1/);
    expect(keys).toEqual(['k0', 'k1', 'k2']);
    expect(pages().map((page) => page.query.get('offset'))).toEqual([null, '1', '2']);
  });

  it('ends at a page without items, even if it has a meta.next', async () => {
    // Every page is empty and links to the next offset; after 50 requests the fake gives up, so a client
    // without the guard ends too (and fails the test) instead of requesting in a tight loop.
    const empty: Handler = (request) => {
      const offset = Number(request.query.get('offset') ?? 0);
      const next = pages().length > 50 ? null : `/api/audit/sessions?offset=${offset + 500}`;
      return { status: 200, json: { items: [], meta: { fields: [], first: '', last: '', limit: 500, match_count: 0, next, offset, previous: null } } };
    };
    const { client, pages } = withSessions({ count: 0 }, { 'GET /api/audit/sessions': empty });
    expect(await collect(client)).toEqual([]);
    expect(pages()).toHaveLength(1);
  });
});

describe('searchSessions, snapshot mode', () => {
  it('returns every one of 12,000 sessions exactly once, sending the snapshot with every page', async () => {
    const { client, pages, sps, database } = withSessions({ count: 12_000, linksCarryFilters: false });
    const keys: string[] = [];
    for await (const item of client.searchSessions({ fields: '*', sort: 'start_time' }, { snapshot: true })) {
      keys.push(item.key);
      // Sessions recorded while the search runs are not in the snapshot.
      if (keys.length === 5_000) database.record(700);
    }
    expect(keys).toEqual(range(0, 12_000).map(sessionKeyOf));
    expect(sps.requests[0]!.path).toBe('/api/audit/sessions/_snapshot');
    expect(sps.sent('GET /api/audit/sessions/_snapshot')).toHaveLength(1);
    expect(pages()).toHaveLength(24);
    const snapshot = pages()[0]!.query.get('snapshot');
    expect(snapshot).toMatch(/^c25hcHNob3Q/);
    for (const page of pages()) {
      expect(page.query.get('snapshot')).toBe(snapshot);
      expect(page.query.has('offset')).toBe(false);
      expect(page.query.get('sort')).toBe('start_time');
    }
  });

  it('reads every match of a snapshot whose pages also carry a match_count above 10,000 (the limit is the basic mode\'s)', async () => {
    const { client, pages } = withSessions({ count: 12_000, snapshotMatchCount: true });
    const keys = (await collect(client, {}, { snapshot: true })).map((item) => item.key);
    expect(keys).toEqual(range(0, 12_000).map(sessionKeyOf));
    expect(pages()).toHaveLength(24);
  });

  it('sends the page size with every page, also where meta.next leaves limit out', async () => {
    const { client, pages } = withSessions({ count: 1000, linksCarryLimit: false });
    const keys = (await collect(client, {}, { snapshot: true, pageSize: 100 })).map((item) => item.key);
    expect(keys).toEqual(range(0, 1000).map(sessionKeyOf));
    expect(pages().map((page) => page.query.get('limit'))).toEqual(Array.from({ length: 10 }, () => '100'));
  });

  it('filters in the snapshot like in the basic mode', async () => {
    const { client } = withSessions({ count: 12_000 });
    const q = sessionQuery({ 'user.name': "o'brien", protocol: ['RDP', 'VNC'] });
    const keys = (await collect(client, { q }, { snapshot: true, pageSize: 200 })).map((item) => item.key);
    const expected = range(0, 12_000).filter((index) => recordedSession(index).user.name === "o'brien" && ['RDP', 'VNC'].includes(recordedSession(index).protocol));
    expect(keys).toEqual(expected.map(sessionKeyOf));
  });

  it('a 429 on _snapshot is an SpsSnapshotQuotaError that says when to retry, from Retry-After', async () => {
    const { client, database, pages } = withSessions({ count: 10, snapshotQuota: 0, retryAfter: '120' });
    const error = await caught(collect(client, {}, { snapshot: true }));
    expect(error).toBeInstanceOf(SpsSnapshotQuotaError);
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000, path: '/api/audit/sessions/_snapshot', message: expect.stringMatching(/quota is exhausted: retry in 120 s/) });
    expect(pages()).toEqual([]);
    expect(database.openSnapshots).toBe(0);
  });

  it('without Retry-After, the quota error says 5 minutes, when a snapshot expires', async () => {
    const { client } = withSessions({ count: 10, snapshotQuota: 0 });
    const error = await caught(collect(client, {}, { snapshot: true }));
    expect(error).toMatchObject({ retryAfterMs: 300_000, message: expect.stringContaining('retry in 300 s') });
  });

  it('a 404 while paging is an SpsSnapshotExpiredError; the sessions before it were returned', async () => {
    const { client, database } = withSessions({ count: 1000 });
    const keys: string[] = [];
    const error = await caught(
      (async () => {
        for await (const item of client.searchSessions({}, { snapshot: true, pageSize: 100 })) {
          keys.push(item.key);
          if (keys.length === 250) database.expireSnapshots();
        }
      })(),
    );
    expect(error).toBeInstanceOf(SpsSnapshotExpiredError);
    expect(error).toMatchObject({ status: 404, type: 'NotFound', message: expect.stringContaining('start the search again') });
    expect(keys).toEqual(range(0, 300).map(sessionKeyOf));
  });

  it('a 404 in the basic mode stays a plain SpsApiError', async () => {
    const { client } = withSessions({ count: 0 }, { 'GET /api/audit/sessions': fail(404, 'NotFound') });
    const error = await caught(collect(client));
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).not.toBeInstanceOf(SpsSnapshotExpiredError);
  });
});

describe('searchSessions, stopping', () => {
  it('breaking out of the loop stops fetching', async () => {
    const { client, pages } = withSessions({ count: 5000 });
    let seen = 0;
    for await (const _ of client.searchSessions({}, { pageSize: 100 })) if (++seen === 150) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pages()).toHaveLength(2);
  });

  it('aborting mid-way rejects with the signal reason and sends no more requests', async () => {
    const { client, sps } = withSessions({ count: 5000 });
    const controller = new AbortController();
    let seen = 0;
    const error = await caught(
      (async () => {
        for await (const _ of client.searchSessions({}, { snapshot: true, pageSize: 100, signal: controller.signal })) if (++seen === 250) controller.abort();
      })(),
    );
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(seen).toBe(250);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sps.requests.map((request) => request.path)).toEqual(['/api/audit/sessions/_snapshot', ...Array(3).fill('/api/audit/sessions')]);
  });

  it('aborting while a page is on its way rejects at once', async () => {
    const page = { items: [], meta: { fields: [], first: '', last: '', limit: 1, match_count: 0, next: null, offset: 0, previous: null } };
    const { client, pages } = withSessions({ count: 0 }, { 'GET /api/audit/sessions': slow(10_000, page) });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const error = await caught(collect(client, {}, { signal: controller.signal }));
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(pages()).toHaveLength(1);
  });
});

describe('countSessions', () => {
  it('answers the top-level count, sending only the filters _count takes', async () => {
    const { client, sps } = withSessions({ count: 700 });
    const q = sessionQuery({ protocol: 'RDP' });
    expect(await client.countSessions({ q, start: new Date(Date.UTC(2024, 0, 1)) })).toBe(140);
    expect(Object.fromEntries(sps.sent('GET /api/audit/sessions/_count')[0]!.query)).toEqual({ q, start: '2024-01-01T00:00:00.000Z' });
    expect(await client.countSessions()).toBe(700);
  });
});

describe('getSession, listSessionChannels, searchSessionContent', () => {
  const key = 'rUhhQZ3jYsY1NDWYp9DEpq';

  it('getSession reads one session by key; a key "", "." or ".." is refused by every session helper', async () => {
    const sps = fakeSps({ [`GET /api/audit/sessions/${key}`]: ok({ key, body: recordedSession(1), meta: { href: `/api/audit/sessions/${key}` } }) });
    expect((await sps.client().getSession(key)).body.protocol).toBe('RDP');
    for (const bad of ['', '.', '..']) {
      await expect(sps.client().getSession(bad), bad).rejects.toThrow(TypeError);
      await expect(sps.client().listSessionChannels(bad), bad).rejects.toThrow(TypeError);
      await expect(sps.client().searchSessionContent(bad, 'ls'), bad).rejects.toThrow(TypeError);
    }
    expect(sps.requests).toHaveLength(1);
  });

  it('listSessionChannels puts the fields on each channel, from body or from the item', async () => {
    const sps = fakeSps({
      [`GET /api/audit/sessions/${key}/channels`]: ok({
        items: [
          { key: '1', meta: { href: `/api/audit/sessions/${key}/channels/1` }, body: { type: 'session shell', verdict: 'accept', start_time: 1, end_time: 2, duration: 1 } },
          { type: 'session exec', verdict: 'accept', command: 'ls', four_eyes_authorizer: 'leia' },
        ],
      }),
    });
    expect(await sps.client().listSessionChannels(key)).toEqual([
      { key: '1', meta: { href: `/api/audit/sessions/${key}/channels/1` }, type: 'session shell', verdict: 'accept', start_time: 1, end_time: 2, duration: 1 },
      { type: 'session exec', verdict: 'accept', command: 'ls', four_eyes_authorizer: 'leia' },
    ]);
  });

  it('searchSessionContent sends q; refuses an empty query or one starting with *', async () => {
    const sps = fakeSps({ [`GET /api/audit/sessions/${key}/content`]: ok({ items: [{ content: 'man iptables' }] }) });
    expect((await sps.client().searchSessionContent(key, 'man iptables')).items).toHaveLength(1);
    expect(sps.requests[0]!.query.get('q')).toBe('man iptables');
    for (const q of ['', '  ', '*tables']) await expect(sps.client().searchSessionContent(key, q)).rejects.toThrow(TypeError);
    expect(sps.requests).toHaveLength(1);
  });
});
