import { describe, expect, it } from 'vitest';
import { call, logIn, statefulMock } from './support.js';

const sps = statefulMock();
const wizard = { accept_eula: true, license: null };
const status = async () => ((await call(sps.url, undefined, 'GET', '/api/setup')).body as { status: string }).status;

describe('the Welcome Wizard', () => {
  it('runs once, anonymously: uninitialized, then 303 to /api/setup, then completed and refused', async () => {
    expect(await status()).toBe('uninitialized');
    const admin = await logIn(sps.url);
    expect((await call(sps.url, admin, 'PUT', '/api/configuration/network/dns', { primary: '192.0.2.53', secondary: null })).status).toBe(200);
    const locked = await call(sps.url, undefined, 'POST', '/api/setup', wizard);
    expect(locked).toMatchObject({ status: 409, body: { error: { type: 'WebGuiOrRpcApiConfigInProgress' } } });
    expect(JSON.stringify(locked.body)).not.toContain('admin');
    expect((await call(sps.url, admin, 'DELETE', '/api/transaction')).status).toBe(200);

    const done = await call(sps.url, undefined, 'POST', '/api/setup', wizard);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/api/setup');
    expect(done.body).toBe('');
    expect(await status()).toBe('completed');
    expect(await call(sps.url, undefined, 'POST', '/api/setup', wizard)).toMatchObject({ status: 409, body: { error: { type: 'SetupAlreadyCompleted' } } });
  });
});
