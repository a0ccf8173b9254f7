import { describe, expect, it } from 'vitest';
import { parseUsers, passwordMatches } from '../../src/stateful/authentication.js';
import { statefulMock, users } from './support.js';

describe('parseUsers()', () => {
  it('reads name:password pairs; a password may contain ":" and, escaped, ","', () => {
    expect([...parseUsers('admin:secret,auditor:a:b\\,c')]).toEqual([
      ['admin', 'secret'],
      ['auditor', 'a:b,c'],
    ]);
  });

  it.each(['admin', 'admin:', ':secret', 'admin:secret,'])('refuses %j', (text) => {
    expect(() => parseUsers(text)).toThrow('--users must be name:password pairs');
  });
});

describe('passwordMatches()', () => {
  const users = new Map([['admin', 'secret']]);
  it.each([
    ['admin', 'secret', true],
    ['admin', 'Secret', false],
    ['admin', '', false],
    ['nobody', 'secret', false],
    ['nobody', '\u0000secret', false],
  ])('%s / %j → %s', (user, password, expected) => {
    expect(passwordMatches(users, user, password)).toBe(expected);
  });
});

describe('GET /api/authentication', () => {
  const lines: string[] = [];
  const sps = statefulMock({ log: (line) => lines.push(line) });
  const robot = statefulMock({ x509User: 'robot' });
  const basic = (user: string, password: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

  it('refuses a wrong password, an unknown user, no credentials and another login method with 401 AuthenticationFailure', async () => {
    for (const [query, headers] of [
      ['', basic('admin', 'wrong')],
      ['', basic('mallory', users.admin)],
      ['', {}],
      ['?login_method=ldap-corp&type=password', basic('admin', users.admin)],
    ] as const) {
      const response = await fetch(`${sps.url}/api/authentication${query}`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await response.json()).toMatchObject({ error: { type: 'AuthenticationFailure' } });
    }
    expect((await fetch(`${sps.url}/api/authentication?login_method=local&type=password`, { headers: basic('admin', users.admin) })).status).toBe(200);
  });

  it('refuses certificate logins unless x509User says who they are', async () => {
    expect((await fetch(`${sps.url}/api/authentication?type=x509`)).status).toBe(401);
    const response = await fetch(`${robot.url}/api/authentication?type=x509`);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^session_id=[0-9a-f]{40}; Path=\/; HttpOnly$/);
  });

  it('redirects to return when it is a path on the mock, never elsewhere', async () => {
    const redirected = await fetch(`${sps.url}/api/authentication?return=/api/transaction`, { headers: basic('admin', users.admin), redirect: 'manual' });
    expect([redirected.status, redirected.headers.get('location')]).toEqual([302, '/api/transaction']);
    expect(redirected.headers.get('set-cookie')).toMatch(/^session_id=/);
    for (const elsewhere of ['//evil.example/x', 'https://evil.example/', '/\\evil.example/', '/\t/evil.example/', '/..//evil.example/', '/a\r\nSet-Cookie: x=1']) {
      const response = await fetch(`${sps.url}/api/authentication?return=${encodeURIComponent(elsewhere)}`, { headers: basic('admin', users.admin), redirect: 'manual' });
      expect([response.status, response.headers.get('location'), response.headers.get('set-cookie')], elsewhere).toEqual([200, null, expect.stringMatching(/^session_id=[0-9a-f]{40}; Path=\/; HttpOnly$/)]);
    }
    const encoded = await fetch(`${sps.url}/api/authentication?return=${encodeURIComponent('/api/ä?q=€')}`, { headers: basic('admin', users.admin), redirect: 'manual' });
    expect([encoded.status, encoded.headers.get('location')]).toEqual([302, '/api/%C3%A4?q=%E2%82%AC']);
  });

  it('quotes the login method in its log line, so that a client cannot forge lines', async () => {
    await fetch(`${sps.url}/api/authentication?login_method=${encodeURIComponent('x"\nadmin logged in')}`, { headers: basic('admin', users.admin) });
    expect(lines).toContain('login refused: login method "x\\"\\nadmin logged in" is not configured');
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  });
});
