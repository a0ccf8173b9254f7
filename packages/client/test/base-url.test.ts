import { createSpsClient, normalizeBaseUrl } from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { fail, fakeSpsPerTest, inSequence, loginRoute, ok } from './support/fake-sps.js';

describe('normalizeBaseUrl', () => {
  it.each([
    ['sps.example.net', 'https://sps.example.net'],
    ['sps.example.net/', 'https://sps.example.net'],
    ['https://sps.example.net:8443/', 'https://sps.example.net:8443'],
    ['https://sps.example.net/api', 'https://sps.example.net'],
    ['https://sps.example.net/api/', 'https://sps.example.net'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['https://proxy.example.net/sps', 'https://proxy.example.net/sps'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected);
  });

  it('refuses credentials in the URL without repeating them', () => {
    expect(() => normalizeBaseUrl('https://admin:hunter2@sps.example.net')).toThrow(/must not contain credentials/);
    try {
      normalizeBaseUrl('https://admin:hunter2@sps.example.net');
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it.each([[''], ['   '], ['ftp://sps.example.net'], ['https://exa mple.net']])('refuses %j', (input) => {
    expect(() => normalizeBaseUrl(input)).toThrow(TypeError);
  });
});

describe('a base URL with a path (SPS behind a reverse proxy)', () => {
  const serve = fakeSpsPerTest();

  it('keeps the prefix on every request and still knows login and transaction paths', async () => {
    const sps = await serve({
      'GET /sps/api/authentication': loginRoute(),
      'POST /sps/api/transaction': ok(),
      'GET /sps/api/info': inSequence(fail(401, 'Unauthenticated')),
    });
    const client = createSpsClient({ baseUrl: `${sps.url}/sps/`, relogin: true });
    await client.login({ username: 'admin', password: 'x' });
    await client.openTransaction();
    await client.GET('/api/info');
    expect(sps.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /sps/api/authentication',
      'POST /sps/api/transaction',
      'GET /sps/api/info', // a transaction may be open: no re-login, so no second login
    ]);
    expect(sps.requests[0]!.headers.cookie).toBeUndefined();
  });
});
