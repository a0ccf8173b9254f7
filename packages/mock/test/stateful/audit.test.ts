import { describe, expect, it } from 'vitest';
import { Audit, instant } from '../../src/stateful/audit.js';
import { recordedSessions } from '../../src/stateful/audit-data.js';
import { Sessions } from '../../src/stateful/sessions.js';
import type { JsonObject } from '../../src/openapi/index.js';
import { call, logIn, model, statefulMock } from './support.js';

let now = Date.parse('2025-06-01T12:00:00Z');
const sps = statefulMock({ sessions: 12_000, now: () => now });

interface Page {
  items: { key: string; body?: Record<string, unknown> }[];
  meta: { match_count?: number; offset?: number; limit: number; next: string | null; previous?: string | null; first?: string | null; last?: string | null; search_after?: unknown };
}
const page = async (cookie: string, query: string) => (await call(sps.url, cookie, 'GET', `/api/audit/sessions?${query}`)).body as Page;

describe('basic session search', () => {
  it('pages through the matches: limit capped to 500, only the first 10,000 reachable', async () => {
    const cookie = await logIn(sps.url);
    const first = await page(cookie, '');
    expect(first.items).toHaveLength(500);
    expect(first.items[0]!.body).toBeUndefined();
    expect(first.meta).toMatchObject({ match_count: 12_000, offset: 0, limit: 500, previous: null });
    expect((await page(cookie, 'limit=2000')).meta.limit).toBe(500);
    const next = await call(sps.url, cookie, 'GET', first.meta.next!);
    expect((next.body as Page).meta.offset).toBe(500);
    expect((next.body as Page).items[0]!.key).not.toBe(first.items[0]!.key);
    const last = await page(cookie, 'offset=9900&limit=500');
    expect(last.items).toHaveLength(100);
    expect(last.meta.next).toBeNull();
    expect(first.meta.last).toContain('offset=9500');
    // An offset above 10,000 is ignored.
    expect((await page(cookie, 'offset=10001&limit=3')).items.map(({ key }) => key)).toEqual(first.items.slice(0, 3).map(({ key }) => key));
  });

  it('filters with q, start and end, sorts, and returns the requested fields', async () => {
    const cookie = await logIn(sps.url);
    const found = await page(cookie, `q=${encodeURIComponent('protocol:RDP AND verdict:ACCEPT AND NOT active:true')}&fields=protocol,verdict,active,user.name&sort=start_time`);
    expect(found.meta.match_count).toBeGreaterThan(100);
    for (const { body } of found.items) expect(body).toMatchObject({ protocol: 'RDP', verdict: 'ACCEPT', active: false, user: { name: expect.any(String) } });
    const all = await page(cookie, 'fields=*&limit=5&sort=-start_time');
    const [newest] = all.items;
    const byServer = await page(cookie, `q=${encodeURIComponent(`server.address:"${(newest!.body!.server as { address: string }).address}" AND user.name:${(newest!.body!.user as { name: string }).name}`)}&fields=*`);
    expect(byServer.items.map(({ key }) => key)).toContain(newest!.key);
    const start = '2024-12-01T00:00:00Z';
    const recent = await page(cookie, `start=${start}&fields=start_time&limit=500`);
    for (const { body } of recent.items) expect(Date.parse(body!.start_time as string)).toBeGreaterThanOrEqual(Date.parse(start));
    const count = (await call(sps.url, cookie, 'GET', `/api/audit/sessions/_count?start=${start}`)).body as { count: number };
    expect(count.count).toBe(recent.meta.match_count);
  });

  it('answers start or end that names no moment with the documented 400', async () => {
    const cookie = await logIn(sps.url);
    for (const path of ['/api/audit/sessions?start=2024-02-30T10:00', '/api/audit/sessions/_count?end=2024-12-01T01:00%2B24']) {
      const answer = await call(sps.url, cookie, 'GET', path);
      expect(answer).toMatchObject({ status: 400, body: { error: { type: 'SyntacticError', message: expect.stringMatching(/^The (start|end) parameter names no moment/) } } });
    }
    expect((await call(sps.url, cookie, 'GET', '/api/info')).status).toBe(200);
  });

  it('answers a query it cannot read with the documented 400', async () => {
    const cookie = await logIn(sps.url);
    const answer = await call(sps.url, cookie, 'GET', `/api/audit/sessions?q=${encodeURIComponent('protocol:(SSH')}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { type: 'SyntacticError', message: expect.stringContaining('parenthesis') } });
  });

  it('answers a query nested thousands of levels deep with the documented 400, not a stack overflow', async () => {
    const cookie = await logIn(sps.url);
    const answer = await call(sps.url, cookie, 'GET', `/api/audit/sessions?q=${encodeURIComponent(`${'('.repeat(3000)}a`)}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { type: 'SyntacticError', message: expect.stringContaining('more than 100 levels deep') } });
  });

  it('returns nothing for fields and sort keys that name no own field (__proto__, constructor)', async () => {
    const cookie = await logIn(sps.url);
    const found = await page(cookie, 'fields=__proto__.constructor.name,constructor,user.name&sort=__proto__&limit=2');
    for (const { body } of found.items) expect(Object.keys(body!)).toEqual(['user']);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('answers CSV with format=csv', async () => {
    const cookie = await logIn(sps.url);
    const answer = await call(sps.url, cookie, 'GET', '/api/audit/sessions?format=csv&limit=3&fields=protocol,user.name');
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (answer.body as string).trim().split('\n');
    expect(lines[0]).toBe('key,protocol,user.name');
    expect(lines).toHaveLength(4);
  });

  it('writes an object or a list in CSV as its JSON text, quoted', async () => {
    const cookie = await logIn(sps.url);
    const answer = await call(sps.url, cookie, 'GET', '/api/audit/sessions?format=csv&limit=2&fields=user.name,user,user.server_username,recording.audit_trail');
    const lines = (answer.body as string).trim().split('\n');
    expect(lines[0]).toBe('key,user.name,user,user.server_username,recording.audit_trail');
    const { items } = await page(cookie, 'limit=2&fields=user,recording.audit_trail');
    const quoted = (value: unknown) => `"${JSON.stringify(value).replaceAll('"', '""')}"`;
    expect(lines.slice(1)).toEqual(
      items.map(({ key, body }) => {
        const user = body!.user as { name: string; server_username: string[] };
        return [key, user.name, quoted(user), quoted(user.server_username), quoted((body!.recording as JsonObject).audit_trail)].join(',');
      }),
    );
    expect(answer.body).not.toContain('[object Object]');
  });

  it.each([
    ['text/csv', 'text/csv'],
    ['application/json;q=0.5, text/csv', 'text/csv'],
    ['application/json, text/csv;q=0.5', 'application/json'],
    ['*/*', 'application/json'],
    ['text/*', 'text/csv'],
    // The most specific range decides: CSV refused outright (JSON, the default, where nothing else is acceptable) or JSON taken through */*.
    ['text/*, text/csv;q=0', 'application/json'],
    ['text/*, text/csv;q=0, */*;q=0.1', 'application/json'],
    ['text/csv;q=0, */*', 'application/json'],
  ])('answers Accept: %s with %s, as some clients ask for CSV', async (accept, type) => {
    const cookie = await logIn(sps.url);
    const answer = await fetch(`${sps.url}/api/audit/sessions?limit=2&fields=protocol`, { headers: { Cookie: cookie, Accept: accept } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain(type);
    const text = await answer.text();
    if (type === 'text/csv') expect(text.split('\n')[0]).toBe('key,protocol');
    else expect(JSON.parse(text)).toHaveProperty('items');
  });
});

describe('snapshot search', () => {
  it('walks every match through meta.next, beyond 10,000', async () => {
    const cookie = await logIn(sps.url);
    const snapshot = ((await call(sps.url, cookie, 'GET', '/api/audit/sessions/_snapshot')).body as { body: { snapshot: string } }).body.snapshot;
    const keys = new Set<string>();
    let next: string | null = `/api/audit/sessions?fields=*&sort=-start_time&snapshot=${snapshot}`;
    for (let pages = 0; next && pages < 50; pages++) {
      const current = (await call(sps.url, cookie, 'GET', next)).body as Page;
      expect(current.meta).toMatchObject({ first: null, last: null, previous: null, limit: 500 });
      expect(current.meta.match_count).toBeUndefined();
      for (const { key } of current.items) keys.add(key);
      next = current.meta.next;
    }
    expect(next).toBeNull();
    expect(keys.size).toBe(12_000);
  });

  it('pages with search_after, the parameter the description declares, not with offset', async () => {
    const cookie = await logIn(sps.url);
    const snapshot = ((await call(sps.url, cookie, 'GET', '/api/audit/sessions/_snapshot')).body as { body: { snapshot: string } }).body.snapshot;
    const keys = (found: Page) => found.items.map(({ key }) => key);
    const first = await page(cookie, `snapshot=${snapshot}&limit=3&sort=-start_time`);
    expect(first.meta.search_after).toBeNull();
    const next = new URL(first.meta.next!, sps.url);
    expect(next.searchParams.get('search_after')).toBe(first.items.at(-1)!.key);
    expect(next.searchParams.has('offset')).toBe(false);
    const declared = model.route('searchSessions').parameters.map(({ name }) => name);
    for (const name of next.searchParams.keys()) expect(declared).toContain(name);

    const second = (await call(sps.url, cookie, 'GET', first.meta.next!)).body as Page;
    expect(second.meta.search_after).toBe(first.items.at(-1)!.key);
    expect([...keys(first), ...keys(second)]).toEqual(keys(await page(cookie, `snapshot=${snapshot}&limit=6&sort=-start_time`)));
    expect(keys(await page(cookie, `snapshot=${snapshot}&limit=3&sort=-start_time&offset=3`))).toEqual(keys(first));
    const unknown = await call(sps.url, cookie, 'GET', `/api/audit/sessions?snapshot=${snapshot}&search_after=no-such-session`);
    expect(unknown).toMatchObject({ status: 400, body: { error: { type: 'SyntacticError', message: expect.stringContaining('search_after') } } });
  });

  it('expires 5 minutes after its last use, belongs to its session only, and one session has one', async () => {
    const cookie = await logIn(sps.url);
    const other = await logIn(sps.url, 'auditor');
    const open = async (who: string) => ((await call(sps.url, who, 'GET', '/api/audit/sessions/_snapshot')).body as { body: { snapshot: string } }).body.snapshot;
    const snapshot = await open(cookie);
    expect((await call(sps.url, other, 'GET', `/api/audit/sessions?snapshot=${snapshot}`)).status).toBe(404);
    now += 299_000;
    expect((await call(sps.url, cookie, 'GET', `/api/audit/sessions?snapshot=${snapshot}&limit=1`)).status).toBe(200);
    now += 299_000;
    expect((await call(sps.url, cookie, 'GET', `/api/audit/sessions?snapshot=${snapshot}&limit=1`)).status).toBe(200);
    now += 300_000;
    expect((await call(sps.url, cookie, 'GET', `/api/audit/sessions?snapshot=${snapshot}&limit=1`)).status).toBe(404);
    const replaced = await open(cookie);
    const newer = await open(cookie);
    expect((await call(sps.url, cookie, 'GET', `/api/audit/sessions?snapshot=${replaced}&limit=1`)).status).toBe(404);
    expect((await call(sps.url, cookie, 'GET', `/api/audit/sessions?snapshot=${newer}&limit=1`)).status).toBe(200);
  });
});

describe('the snapshot quota', () => {
  it.each([
    [90, '90 seconds'],
    [120, '2 minutes'],
    [60, '1 minute'],
  ])('says when a snapshot expires as configured (%i s)', (ttlSeconds, words) => {
    const sessions = new Sessions(60_000, () => now, 10, () => {});
    const audit = new Audit(model, sessions, [], { snapshotTtlMs: ttlSeconds * 1000, maxSnapshots: 1, now: () => now });
    const open = (user: string) => audit.answer({ route: model.route('openSessionSnapshot'), path: '/api/audit/sessions/_snapshot', params: {}, body: undefined, session: sessions.start(user), preferredType: ([type]) => type });
    expect(open('admin').status).toBe(200);
    expect(open('auditor')).toMatchObject({ status: 429, json: { error: { type: 'SnapshotQuotaExceeded', message: expect.stringContaining(`wait until one expires (${words} after its last use)`) } } });
  });
});

describe('what a search reads', () => {
  /** An Audit over `count` generated sessions that counts how often each top-level field of a body is read. */
  const counting = (count: number) => {
    const reads = new Map<string, number>();
    const recorded = recordedSessions(count).map(({ key, body }) => ({
      key,
      body: new Proxy(body, { get: (target, name, receiver) => (reads.set(String(name), (reads.get(String(name)) ?? 0) + 1), Reflect.get(target, name, receiver)) }),
    }));
    const sessions = new Sessions(60_000, () => now, 10, () => {});
    const audit = new Audit(model, sessions, recorded, { snapshotTtlMs: 300_000, maxSnapshots: 10, now: () => now });
    const caller = sessions.start('admin');
    const ask = (operationId: string, params: Record<string, unknown>) =>
      audit.answer({ route: model.route(operationId), path: '/api/audit/sessions', params, body: undefined, session: caller, preferredType: ([type]) => type }).json as Page & { count: number; body: { snapshot: string } };
    const read = (field: string) => {
      const times = reads.get(field) ?? 0;
      reads.delete(field);
      return times;
    };
    return { ask, read };
  };

  it('reads the sort field of each match once per search', () => {
    const { ask, read } = counting(2000);
    const found = ask('searchSessions', { sort: 'user.name', q: 'verdict:ACCEPT', limit: 50 });
    expect(read('verdict')).toBe(2000);
    expect(read('user')).toBe(found.meta.match_count);
  });

  it('filters and sorts a snapshot search once, then pages through what it kept', () => {
    const { ask, read } = counting(2000);
    const snapshot = ask('openSessionSnapshot', {}).body.snapshot;
    const search = { snapshot, sort: 'user.name', q: 'verdict:ACCEPT', limit: 100 };
    const pages = [ask('searchSessions', search)];
    expect(read('verdict')).toBe(2000);
    const matches = read('user');
    expect(matches).toBeLessThan(2000);
    while (pages.at(-1)!.meta.next && pages.length < 5) pages.push(ask('searchSessions', { ...search, search_after: new URL(pages.at(-1)!.meta.next!, 'http://sps').searchParams.get('search_after') }));
    expect(pages).toHaveLength(5);
    expect([read('verdict'), read('user')]).toEqual([0, 0]);

    const keys = pages.flatMap(({ items }) => items.map(({ key }) => key));
    const whole = ask('searchSessions', { ...search, limit: 500 });
    expect(keys).toEqual(whole.items.map(({ key }) => key));
    const names = ask('searchSessions', { ...search, fields: 'user.name', limit: 500 }).items.map(({ body }) => (body!.user as { name: string }).name);
    expect(names).toEqual(names.toSorted());
    // Other filters or another sort make a new search.
    const other = ask('searchSessions', { ...search, sort: '-user.name' });
    expect(read('user')).toBe(matches + 500);
    expect(other.items.map(({ key }) => key)).not.toEqual(pages[0]!.items.map(({ key }) => key));
    expect(ask('searchSessions', { ...search, search_after: keys[99] }).items.map(({ key }) => key)).toEqual(keys.slice(100, 200));
  });
});

describe('instant()', () => {
  it.each([
    ['2024-12-01', '2024-12-01T00:00:00.000Z'],
    ['2024-12-01T01:00', '2024-12-01T01:00:00.000Z'],
    ['2024-12-01T01:00:07', '2024-12-01T01:00:07.000Z'],
    ['2024-12-01T01:00:07.1239', '2024-12-01T01:00:07.123Z'],
    ['2024-12-01T01:00:07.291Z', '2024-12-01T01:00:07.291Z'],
    ['2024-12-01T02:00+01', '2024-12-01T01:00:00.000Z'],
    ['2024-12-01T02:00+0100', '2024-12-01T01:00:00.000Z'],
    ['2024-12-01T02:00:00+01:00', '2024-12-01T01:00:00.000Z'],
    ['2024-11-30T20:30-04:30', '2024-12-01T01:00:00.000Z'],
    ['2024-02-29T23:59:59.999-00:00', '2024-02-29T23:59:59.999Z'],
    ['0099-01-01', '0099-01-01T00:00:00.000Z'],
  ])('reads %s as %s', (text, moment) => {
    expect(new Date(instant(text)!).toISOString()).toBe(moment);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '2024-12-00', '2024-12-01T24:00', '2024-12-01T01:60', '2024-12-01T01:00:60', '2024-12-01T01:00+24', '2024-12-01T01:00+01:60', '2024-12-01T01:00+01:', '2024-12-1', '2024-12-01 01:00', 'yesterday'])('names no moment with %s', (text) => {
    expect(instant(text)).toBeUndefined();
  });
});

describe("a session's sub-resources", () => {
  it.each(['channels', 'events', 'alerts', 'indexing', 'trail_downloads', 'content'])('%s: links name the requested session; an unknown session is the documented 404', async (resource) => {
    const cookie = await logIn(sps.url);
    const [{ key }] = (await page(cookie, 'limit=1')).items as [{ key: string }];
    const answer = await call(sps.url, cookie, 'GET', `/api/audit/sessions/${key}/${resource}`);
    expect(answer.status).toBe(200);
    const links = JSON.stringify(answer.body).match(/"\/api\/audit\/sessions\/[^"]*"/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(new RegExp(`^"/api/audit/sessions/${key}[/?"]`));
    expect(await call(sps.url, cookie, 'GET', `/api/audit/sessions/no-such-session/${resource}`)).toMatchObject({ status: 404, body: { error: { type: 'NotFound' } } });
  });
});

describe('the generated sessions', () => {
  it('are the same for the same count', async () => {
    const cookie = await logIn(sps.url);
    const first = await page(cookie, 'fields=*&limit=20');
    const other = await startAnother();
    try {
      const again = (await call(other.url, await logIn(other.url), 'GET', '/api/audit/sessions?fields=*&limit=20')).body as Page;
      expect(again.items).toEqual(first.items);
    } finally {
      await other.stop();
    }
  });
});

async function startAnother() {
  const { startStateful } = await import('../../src/stateful/start-stateful.js');
  return startStateful({ users: { admin: 'Sup3r-Secret!' }, sessions: 12_000 });
}
