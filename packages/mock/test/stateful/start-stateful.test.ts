import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startMock } from '../../src/index.js';
import { startStateful } from '../../src/stateful/start-stateful.js';
import { rawRequest } from '../raw-http.js';
import { call, logIn, statefulMock, users } from './support.js';

const localUsers = '/api/configuration/aaa/local_database/users';
const localUser = (key: string, name: string) => ({ key, meta: { href: `${localUsers}/${key}` }, body: { name, password: null } });

describe('startStateful()', () => {
  it('listens on a free port of 127.0.0.1 with a default user whose password it makes up, and stops', async () => {
    const mock = await startMock({ stateful: true });
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.credentials?.username).toBe('admin');
    expect(mock.credentials?.password).toMatch(/^[\w-]{12}$/);
    await logIn(mock.url, 'admin', mock.credentials!.password);
    await mock.stop();
    await expect(mock.exited).resolves.toBeNull();
    await expect(fetch(mock.url)).rejects.toThrow();
    await mock.stop();
  });

  it.each([
    [{ port: 70000 }, 'the port must be a port number from 0 to 65535'],
    [{ cors: '*' }, 'the CORS origin must be one origin'],
    [{ sessionTtlSeconds: 0 }, 'sessionTtlSeconds must be a number of seconds of at least 1'],
    [{ sessions: -1 }, 'sessions must be a whole number from 0 to 1,000,000'],
    [{ users: {} }, 'users must name at least one user'],
    [{ state: '/nonexistent/state.json' }, 'cannot read the state file /nonexistent/state.json'],
    [{ state: { '/api/configuration/nowhere': {} } }, 'the state file names /api/configuration/nowhere, which is no object of the configuration'],
    [{ state: { '/api/configuration/network/dns': { body: { primary: 42 } } } }, "the state file's /api/configuration/network/dns does not match the answer of GET /api/configuration/network/dns"],
    [{ state: { [`${localUsers}/u1`]: localUser('u1', 'dup'), [`${localUsers}/u2`]: localUser('u2', 'dup') } }, `the state file gives ${localUsers}/u1 and ${localUsers}/u2 one name; names must be unique in ${localUsers}`],
    [{ state: { [`${localUsers}/u1`]: localUser('u1', 'jdoe') } }, `the state file gives ${localUsers}/103640099357f3b14f0529a and ${localUsers}/u1 one name`],
    [{ state: { [`${localUsers}/u1`]: localUser('u1', 'Zo\u00eb'), [`${localUsers}/u2`]: localUser('u2', 'Zoe\u0308') } }, `the state file gives ${localUsers}/u1 and ${localUsers}/u2 one name`],
    [{ state: { [`${localUsers}/u1`]: localUser('u9', 'alice') } }, `the state file's ${localUsers}/u1 is another member: its key must be "u1"`],
    [{ state: { [`${localUsers}/u1`]: { ...localUser('u1', 'alice'), meta: { href: `${localUsers}/u9` } } } }, `the state file's ${localUsers}/u1 is another member`],
    [{ state: { [`${localUsers}/u 3`]: localUser('u 3', 'alice') } }, `the state file names ${localUsers}/u 3, whose key cannot be one`],
  ])('refuses %j', async (options, message) => {
    await expect(startStateful(options)).rejects.toThrow(message);
  });

  it('reads the state from a JSON file and says when it is not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sps-state-'));
    try {
      const file = join(dir, 'state.json');
      writeFileSync(file, JSON.stringify({ '/api/configuration/network/dns': { key: 'dns', body: { primary: '198.51.100.53', secondary: null } } }));
      const mock = await startStateful({ users, state: file });
      try {
        const answer = await call(mock.url, await logIn(mock.url), 'GET', '/api/configuration/network/dns');
        expect(answer.body).toMatchObject({ body: { primary: '198.51.100.53' } });
      } finally {
        await mock.stop();
      }
      writeFileSync(file, '{"oops": ');
      await expect(startStateful({ users, state: file })).rejects.toThrow(`the state file ${file} is not JSON`);
      // The parser's own message quotes the text; the state may hold a private key.
      writeFileSync(file, '{"/api/configuration/x": MIIEvQIBADANBgkqhkiG9w0BAQEFAASC}');
      const error = await startStateful({ users, state: file }).then(() => undefined, (failure: unknown) => failure as Error);
      expect(error?.message).toBe(`the state file ${file} is not JSON`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses the options of the Prism mode', async () => {
    await expect(startMock({ stateful: true, dynamic: true } as never)).rejects.toThrow('dynamic does not apply to the stateful mock');
  });
});

describe('odd, hostile and invalid requests', () => {
  const lines: string[] = [];
  const sps = statefulMock({ maxSessions: 3, log: (line) => lines.push(line) });
  const withCors = statefulMock({ cors: 'http://localhost:3000' });
  const stillAnswering = async () => expect((await fetch(`${sps.url}/api/info`)).status).toBe(200);

  it.each([
    ['OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n', 'OPTIONS * is not supported'],
    ['GET http://other.example/api/info HTTP/1.1\r\nHost: other.example\r\n\r\n', 'not an HTTP proxy'],
    ['CONNECT other.example:443 HTTP/1.1\r\nHost: other.example:443\r\n\r\n', 'not an HTTP proxy'],
  ])('answers %j with a 400 and keeps serving', async (request, message) => {
    const answer = await rawRequest(sps.url, request);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain(message);
    await stillAnswering();
  });

  it('answers TRACE as any other method no operation has (PROPFIND): 405 on a known path, 404 elsewhere', async () => {
    const problem = async (method: string, path: string) => {
      const { text } = await rawRequest(sps.url, `${method} ${path} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`);
      const [head, body] = text.split('\r\n\r\n');
      return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]), type: /^content-type: (.*)$/im.exec(head!)?.[1], body: body! };
    };
    for (const path of ['/api/info', '/nowhere']) {
      const [trace, propfind] = [await problem('TRACE', path), await problem('PROPFIND', path)];
      expect([trace.status, trace.type, propfind.status], trace.body).toEqual([path === '/nowhere' ? 404 : 405, 'application/problem+json', trace.status]);
      expect(JSON.parse(trace.body.replace(/\btrace\b/g, 'propfind'))).toEqual(JSON.parse(propfind.body));
    }
    await stillAnswering();
  });

  it('answers a body above 10 MB with 413, JSON nested too deep and malformed JSON with 400, and keeps serving', async () => {
    const cookie = await logIn(sps.url);
    const put = (body: string) => fetch(`${sps.url}/api/configuration/network/dns`, { method: 'PUT', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body });
    const big = await put(JSON.stringify({ primary: 'x'.repeat(11 * 2 ** 20) }));
    expect([big.status, await big.json()]).toEqual([413, { error: { code: 'request_entity_too_large', message: 'Body exceeded 10mb limit' } }]);
    const deep = await put(`{"primary":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    expect([deep.status, ((await deep.json()) as { error: { code: string } }).error.code]).toEqual([400, 'invalid_json']);
    const malformed = await put('{"primary": ');
    expect([malformed.status, await malformed.json()]).toEqual([400, { error: { code: 'invalid_json', message: 'Invalid JSON' } }]);
    await stillAnswering();
  });

  it('explains a body that breaks the schema in the SPS error envelope, as the Prism mode does', async () => {
    const cookie = await logIn(sps.url);
    const answer = await call(sps.url, cookie, 'PUT', '/api/configuration/network/dns', { primary: 42, tertiary: 'x' });
    expect(answer.status).toBe(400);
    const { error } = answer.body as { error: { type: string; message: string; details: { violations: unknown[] } } };
    expect(error.type).toBe('InvalidRequestBody');
    expect(error.message).toMatch(/^The request body does not match the schema: /);
    expect(error.details.violations).toEqual(
      expect.arrayContaining([
        { location: 'body', pointer: '/primary', message: 'Request body property primary must be string' },
        { location: 'body', pointer: '', message: "Request body must have required property 'secondary'" },
      ]),
    );
    await call(sps.url, cookie, 'DELETE', '/api/transaction');
  });

  it('sends no CORS headers by default, for any origin; with cors only to that origin', async () => {
    const preflight = (url: string, origin: string) => fetch(`${url}/api/transaction`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT' } });
    const refused = await preflight(sps.url, 'https://evil.example');
    expect(refused.status).toBe(403);
    const plain = await fetch(`${sps.url}/api/info`, { headers: { Origin: 'https://evil.example' } });
    for (const answer of [refused, plain]) expect([...answer.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect((await preflight(withCors.url, 'http://localhost:3000')).headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect((await fetch(`${withCors.url}/api/info`, { headers: { Origin: 'https://evil.example' } })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps at most maxSessions login sessions, ending the one idle longest', async () => {
    const [first, ...rest] = [await logIn(sps.url), await logIn(sps.url), await logIn(sps.url)];
    for (const cookie of rest) expect((await call(sps.url, cookie, 'GET', '/api/transaction')).status).toBe(200);
    await logIn(sps.url);
    expect((await call(sps.url, first, 'GET', '/api/transaction')).status).toBe(401);
    expect(lines).toContain('session of admin ended to make room (more than 3 sessions)');
  });

  it('holds at most 64 MB of configuration; past it a write gets a 400 and nothing is kept', async () => {
    const cookie = await logIn(sps.url);
    const filler = 'x'.repeat(9 * 2 ** 20);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await call(sps.url, cookie, 'POST', '/api/configuration/aaa/local_database/users', { name: `user${i}`, filler }, false)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 201, 400]);
    expect(((await call(sps.url, cookie, 'GET', '/api/transaction/changes', undefined, false)).body as { changes: unknown[] }).changes).toHaveLength(7);
    await call(sps.url, cookie, 'DELETE', '/api/transaction');
  }, 60_000);

  it('never logs a password or a session ID', async () => {
    const cookies = [await logIn(sps.url), await logIn(sps.url, 'auditor')];
    await fetch(`${sps.url}/api/authentication`, { headers: { Authorization: `Basic ${Buffer.from('admin:wrong-Pa55word').toString('base64')}` } });
    await call(sps.url, cookies[0], 'POST', '/api/transaction');
    await call(sps.url, cookies[1], 'POST', '/api/transaction');
    await call(sps.url, cookies[0], 'DELETE', '/api/transaction');
    expect(lines.length).toBeGreaterThan(3);
    const secrets = [...Object.values(users), 'wrong-Pa55word', ...cookies.map((cookie) => cookie.split('=')[1]!)];
    for (const line of lines) for (const secret of secrets) expect(line).not.toContain(secret);
  });
});
