import { describe, expect, it } from 'vitest';
import { call, logIn, statefulMock } from './support.js';

let now = Date.parse('2025-06-01T12:00:00Z');
const lines: string[] = [];
const sps = statefulMock({ sessionTtlSeconds: 60, requireCommitMessage: true, now: () => now, log: (line) => lines.push(line) });
const dns = '/api/configuration/network/dns';
const primary = async (cookie: string) => ((await call(sps.url, cookie, 'GET', dns)).body as { body: { primary: string } }).body.primary;

describe('/api/transaction', () => {
  it('answers a POST without a length with the documented 411', async () => {
    const cookie = await logIn(sps.url);
    const { port } = new URL(sps.url);
    const { rawRequest } = await import('../raw-http.js');
    const answer = await rawRequest(sps.url, `POST /api/transaction HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: ${cookie}\r\nConnection: close\r\n\r\n`);
    expect(answer.status).toBe(411);
    expect(answer.text).toContain('UnsupportedMethod');
  });

  it('opens the transaction on the first change (SPS 6.9+), shows the idle time left in remaining_seconds, and needs a commit message when the commit log is required', async () => {
    const cookie = await logIn(sps.url);
    expect((await call(sps.url, cookie, 'PUT', dns, { primary: '192.0.2.10', secondary: null })).status).toBe(200);
    const state = (await call(sps.url, cookie, 'GET', '/api/transaction')).body as { body: unknown; meta: { remaining_seconds: number; changes: string } };
    expect(state.body).toEqual({ status: 'open', commit_message: 'required' });
    expect(state.meta.changes).toBe('/api/transaction/changes');
    expect(state.meta.remaining_seconds).toBe(60);
    const refused = await call(sps.url, cookie, 'PUT', '/api/transaction', { status: 'commit' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { type: 'IncompleteRequestBodyError', details: { missing_paths: ['message'] } } });
    expect((await call(sps.url, cookie, 'PUT', '/api/transaction', { status: 'commit', message: 'Change 4711' })).status).toBe(200);
    expect(await primary(cookie)).toBe('192.0.2.10');
  });

  it('discards a transaction whose session expired: its changes are gone and the lock is free', async () => {
    const owner = await logIn(sps.url);
    const colleague = await logIn(sps.url, 'auditor');
    const before = await primary(colleague);
    expect((await call(sps.url, owner, 'POST', '/api/transaction')).status).toBe(200);
    expect((await call(sps.url, owner, 'PUT', dns, { primary: '192.0.2.99', secondary: null })).status).toBe(200);
    expect((await call(sps.url, colleague, 'POST', '/api/transaction')).status).toBe(409);
    now += 30_000;
    await call(sps.url, colleague, 'GET', '/api/info');
    now += 30_000;
    expect((await call(sps.url, colleague, 'POST', '/api/transaction')).status).toBe(200);
    expect(await primary(colleague)).toBe(before);
    const expired = await call(sps.url, owner, 'GET', dns);
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ error: { type: 'Unauthenticated' } });
    expect((await call(sps.url, colleague, 'DELETE', '/api/transaction')).status).toBe(200);
    expect(lines).toContain('transaction of admin discarded: its session ended');
  });

  it('commit and rollback without an open transaction change nothing', async () => {
    const cookie = await logIn(sps.url);
    expect((await call(sps.url, cookie, 'DELETE', '/api/transaction')).status).toBe(200);
    expect(((await call(sps.url, cookie, 'PUT', '/api/transaction', { status: 'commit', message: 'm' })).body as { body: unknown }).body).toEqual({ status: 'closed', commit_message: 'required' });
  });
});
