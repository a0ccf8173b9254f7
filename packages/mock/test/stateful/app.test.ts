/**
 * The stateful mock as a whole: a long scripted workflow in which every answer is checked against the
 * description, and every operation of the description answered with a documented status and a body
 * that matches its schema.
 */
import { describe, expect, it } from 'vitest';
import { contractCases } from '../../../../test/contract/support/cases.js';
import { rawRequest } from '../raw-http.js';
import { call, expectConforming, logIn, statefulMock, type Answer } from './support.js';

const sps = statefulMock({ firmwareDownloadSeconds: 0 });
/** A second stateful mock in this process: the two share the description's model (app.ts), nothing else. */
const other = statefulMock({ firmwareDownloadSeconds: 0 });

describe('two stateful mocks in one process', () => {
  it('keep their own configuration, transactions and sessions', async () => {
    const dnsPath = '/api/configuration/network/dns';
    const [admin, otherAdmin] = await Promise.all([logIn(sps.url), logIn(other.url)]);
    const before = ((await call(other.url, otherAdmin, 'GET', dnsPath)).body as { body: unknown }).body;
    expect((await call(sps.url, admin, 'POST', '/api/transaction')).status).toBe(200);
    expect((await call(sps.url, admin, 'PUT', dnsPath, { primary: '192.0.2.99', secondary: null })).status).toBe(200);
    // The other mock has no lock and no transaction of this one; its configuration is untouched.
    expect((await call(other.url, otherAdmin, 'PUT', dnsPath, { primary: '192.0.2.98', secondary: null })).status).toBe(200);
    expect((await call(other.url, otherAdmin, 'DELETE', '/api/transaction')).status).toBe(200);
    expect((await call(sps.url, admin, 'PUT', '/api/transaction', { status: 'commit' })).status).toBe(200);
    expect(((await call(sps.url, admin, 'GET', dnsPath)).body as { body: { primary: string } }).body.primary).toBe('192.0.2.99');
    expect(((await call(other.url, otherAdmin, 'GET', dnsPath)).body as { body: unknown }).body).toEqual(before);
    expect((await call(other.url, admin, 'GET', dnsPath, undefined, false)).status).toBe(401);
  });
});

describe('a long scripted workflow', () => {
  it('answers every step as the description documents it, and keeps what was changed', async () => {
    const admin = await logIn(sps.url);
    const auditor = await logIn(sps.url, 'auditor');
    const get = (path: string, cookie = admin) => call(sps.url, cookie, 'GET', path);
    const dnsPath = '/api/configuration/network/dns';

    // Read everything readable first: listings, singletons, members.
    const dns = (await get(dnsPath)).body as { body: { primary: string } };
    for (const path of ['/api', '/api/configuration', '/api/configuration/network', '/api/configuration/aaa/settings', '/api/transaction', '/api/firmware', '/api/info', '/api/audit']) {
      expect((await get(path)).status).toBe(200);
    }

    // A transaction: change, create, delete, read back, review, commit.
    expect((await call(sps.url, admin, 'POST', '/api/transaction')).status).toBe(200);
    expect((await call(sps.url, admin, 'PUT', dnsPath, { primary: '192.0.2.53', secondary: '192.0.2.54' })).status).toBe(200);
    const created = await call(sps.url, admin, 'POST', '/api/configuration/aaa/local_database/groups', { name: 'operators', members: ['admin'] });
    expect(created.status).toBe(201);
    const groupKey = (created.body as { key: string }).key;
    const groups = (await get('/api/configuration/aaa/local_database/groups')).body as { items: { key: string }[] };
    expect(groups.items.map(({ key }) => key)).toContain(groupKey);
    expect(((await get(`/api/configuration/aaa/local_database/groups/${groupKey}`)).body as { body: unknown }).body).toEqual({ name: 'operators', members: ['admin'] });
    const victim = groups.items.find(({ key }) => key !== groupKey)!.key;
    expect((await call(sps.url, admin, 'DELETE', `/api/configuration/aaa/local_database/groups/${victim}`)).status).toBe(200);
    expect((await get(`/api/configuration/aaa/local_database/groups/${victim}`)).status).toBe(404);
    const password = await call(sps.url, admin, 'POST', '/api/configuration/passwords', { plain: 'a-new-password' });
    expect(password.status).toBe(201);
    const passwordObject = await get(`/api/configuration/passwords/${(password.body as { key: string }).key}`);
    expect(JSON.stringify(passwordObject.body)).not.toContain('a-new-password');
    const changes = (await get('/api/transaction/changes')).body as { changes: { type: string; path: string }[] };
    expect(changes.changes.map(({ type, path }) => `${type} ${path}`)).toEqual([
      `replace ${dnsPath}`,
      `create /api/configuration/aaa/local_database/groups/${groupKey}`,
      `delete /api/configuration/aaa/local_database/groups/${victim}`,
      `create ${(passwordObject.body as { meta: { href: string } }).meta.href}`,
    ]);
    expect(JSON.stringify(changes)).not.toContain('a-new-password');

    // The other session sees the committed configuration and runs into the lock.
    expect(((await get(dnsPath, auditor)).body as typeof dns).body.primary).toBe(dns.body.primary);
    expect((await call(sps.url, auditor, 'POST', '/api/transaction')).status).toBe(409);
    expect((await call(sps.url, auditor, 'PUT', dnsPath, { primary: '192.0.2.1', secondary: null })).status).toBe(409);

    const committed = await call(sps.url, admin, 'PUT', '/api/transaction', { status: 'commit', message: 'Rotate DNS, add operators' });
    expect((committed.body as { body: { status: string } }).body.status).toBe('closed');
    expect(((await get(dnsPath, auditor)).body as typeof dns).body.primary).toBe('192.0.2.53');
    expect(((await get('/api/transaction/changes')).body as typeof changes).changes).toEqual([]);

    // A rollback leaves the configuration as it was.
    expect((await call(sps.url, auditor, 'PUT', dnsPath, { primary: '198.51.100.1', secondary: null })).status).toBe(200);
    expect(((await get('/api/transaction', auditor)).body as { body: { status: string } }).body.status).toBe('open');
    expect((await call(sps.url, auditor, 'DELETE', '/api/transaction')).status).toBe(200);
    expect(((await get(dnsPath)).body as typeof dns).body.primary).toBe('192.0.2.53');

    // Firmware: download into the free slot, test, upgrade.
    const job = await call(sps.url, admin, 'POST', '/api/firmware/fetch', { url: 'https://downloads.example.com/sps-7.4.2.iso', checksum: { sha256: 'a'.repeat(64) } });
    expect(job.status).toBe(202);
    const finished = await get(`/api/firmware/fetch/${(job.body as { key: string }).key}`);
    expect((finished.body as { body: { status: string; slot_id: number } }).body).toMatchObject({ status: 'finished', slot_id: 2 });
    expect(((await get('/api/firmware/slots/2')).body as { body: { version: string } }).body.version).toBe('7.4.2');
    expect((await call(sps.url, admin, 'POST', '/api/firmware/test', { slot_id: 2 })).status).toBe(200);
    expect((await call(sps.url, admin, 'POST', '/api/firmware/upgrade', { slot_id: 2, message: 'Upgrade' })).status).toBe(200);
    const slots = (await get('/api/firmware/slots')).body as { meta: { slot_after_reboot: string } };
    expect(slots.meta.slot_after_reboot).toBe('/api/firmware/slots/2');
    expect((await call(sps.url, admin, 'POST', '/api/firmware/test', { slot_id: 3 })).status).toBe(404);

    // Session search.
    const page = (await get('/api/audit/sessions?q=protocol:SSH&fields=protocol,user.name&limit=10')).body as { items: { body: { protocol: string } }[] };
    expect(page.items).toHaveLength(10);
    expect(new Set(page.items.map(({ body }) => body.protocol))).toEqual(new Set(['SSH']));
    const one = page.items[0] as unknown as { key: string };
    expect((await get(`/api/audit/sessions/${one.key}`)).status).toBe(200);
    for (const sub of ['alerts', 'channels', 'events', 'indexing', 'trail_downloads', 'content?q=ls', 'audit_trail']) {
      expect((await get(`/api/audit/sessions/${one.key}/${sub}`)).status).toBe(200);
    }
    expect((await get('/api/audit/sessions/no-such-session')).status).toBe(404);
  });
});

describe('percent-encoded paths', () => {
  const users = '/api/configuration/aaa/local_database/users';
  const encoded = statefulMock({ state: { [`${users}/bob1`]: { key: 'bob1', meta: { href: `${users}/bob1` }, body: { name: 'bob', password: null } } } });
  const pairs = [
    ['/api/configuration/network/%64ns', '/api/configuration/network/dns'],
    [`${users}/bob%31`, `${users}/bob1`],
    ['/api/firmware/slots/%31', '/api/firmware/slots/1'],
    ['/api/%61udit/sessions/_count', '/api/audit/sessions/_count'],
    ['/api/audit/sessions/%5Fcount', '/api/audit/sessions/_count'],
  ];

  it.each(pairs)('%s answers as %s: percent-encoded unreserved characters are the characters', async (spelled, path) => {
    const cookie = await logIn(encoded.url);
    const [answer, plain] = [await call(encoded.url, cookie, 'GET', spelled, undefined, false), await call(encoded.url, cookie, 'GET', path)];
    expect(plain.status).toBe(200);
    expect([answer.status, answer.body]).toEqual([plain.status, plain.body]);
  });

  it('writes and deletes the object a percent-encoded path names', async () => {
    const cookie = await logIn(encoded.url);
    try {
      expect((await call(encoded.url, cookie, 'PUT', '/api/configuration/network/%64ns', { primary: '192.0.2.7', secondary: null }, false)).status).toBe(200);
      expect((await call(encoded.url, cookie, 'GET', '/api/configuration/network/dns')).body).toMatchObject({ body: { primary: '192.0.2.7' } });
      expect((await call(encoded.url, cookie, 'DELETE', `${users}/bo%62%31`, undefined, false)).status).toBe(200);
      expect((await call(encoded.url, cookie, 'GET', `${users}/bob1`)).status).toBe(404);
    } finally {
      await call(encoded.url, cookie, 'DELETE', '/api/transaction');
    }
  });

  it('keeps %2F and other reserved escapes: they are no path separators', async () => {
    const cookie = await logIn(encoded.url);
    for (const path of [`${users}/bob%2F1`, `${users}/bob%2f1`, `${users}/bob1%2F`]) {
      expect(await call(encoded.url, cookie, 'GET', path, undefined, false), path).toMatchObject({ status: 404, body: { error: { type: 'NotFound' } } });
    }
    expect(await call(encoded.url, cookie, 'GET', '/api/configuration/network%2Fdns', undefined, false)).toMatchObject({ status: 404, body: { type: expect.stringContaining('NO_PATH_MATCHED_ERROR') } });
  });

  it('knows a percent-encoded path also for methods no operation has (405, not 404)', async () => {
    for (const method of ['TRACE', 'PROPFIND']) {
      const { status } = await rawRequest(encoded.url, `${method} /api/%61udit/sessions/_count HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`);
      expect(status, method).toBe(405);
    }
  });
});

describe('every operation of the description', () => {
  const cases = contractCases.map((c) => [c.label, c] as const);

  it.each(cases)('%s: a valid request gets a documented answer whose body matches the schema', async (_, c) => {
    const cookie = c.credentials === 'cookie' ? await logIn(sps.url) : undefined;
    const body = c.bodies[0];
    const headers: Record<string, string> = { ...(cookie ? { Cookie: cookie } : {}), ...body?.init.headers };
    if (c.credentials === 'basic') headers.Authorization = `Basic ${Buffer.from('admin:Sup3r-Secret!').toString('base64')}`;
    const init = body === undefined ? undefined : body.value instanceof FormData || body.value instanceof Uint8Array ? body.value : JSON.stringify(body.value);
    const response = await fetch(`${sps.url}${c.url}`, {
      method: c.operation.method.toUpperCase(),
      headers,
      ...(init !== undefined ? { body: init as BodyInit } : c.operation.method === 'post' ? { body: '' } : {}),
      redirect: 'manual',
    });
    const text = await response.text();
    const answer: Answer = { status: response.status, headers: response.headers, body: (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text };
    expect(response.status, text).toBeLessThan(500);
    expectConforming(c.operation.method.toUpperCase(), c.url, answer);
  });
});
