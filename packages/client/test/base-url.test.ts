import { createSpsClient, normalizeBaseUrl } from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { isCleartextToAnotherHost, parseBaseUrl, pathWithin } from '../src/base-url.js';
import { fail, fakeSps, inSequence, loginRoute, ok } from './support/fake-sps.js';

describe('normalizeBaseUrl', () => {
  it.each([
    ['sps.example.net', 'https://sps.example.net'],
    ['sps.example.net/', 'https://sps.example.net'],
    ['https://sps.example.net:8443/', 'https://sps.example.net:8443'],
    ['https://sps.example.net/api', 'https://sps.example.net'],
    ['https://sps.example.net/api/', 'https://sps.example.net'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['https://proxy.example.net/sps', 'https://proxy.example.net/sps'],
    ['HTTPS://SPS.Example.NET/sps/', 'https://sps.example.net/sps'],
    ['sps.example.net:8443', 'https://sps.example.net:8443'],
    ['localhost:4010/sps', 'https://localhost:4010/sps'],
    ['[::1]:4010', 'https://[::1]:4010'],
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

  it.each([
    ['https://sps.example.net/?tenant=a', /query/],
    ['https://sps.example.net?', /query/],
    ['https://sps.example.net/#top', /fragment/],
    [' https://sps.example.net', /whitespace/],
    ['https://sps.example.net\n', /whitespace/],
    ['\tsps.example.net', /whitespace/],
    ['ht!tp://sps.example.net', /malformed scheme/],
    ['1https://sps.example.net', /malformed scheme/],
    ['https:/sps.example.net', /^baseUrl has a malformed scheme \(or no "\/\/" after it\): start it with https:\/\/ or http:\/\/$/],
    ['https:sps.example.net', /no "\/\/" after it/],
    ['HTTP:\\\\sps.example.net', /no "\/\/" after it/],
    ['ftp:/sps.example.net', /no "\/\/" after it/],
    ['sps.example.net:', /no "\/\/" after it/],
  ])('refuses %j with a clear error that does not repeat it', (input, reason) => {
    expect(() => parseBaseUrl(input)).toThrow(reason);
    expect(() => createSpsClient({ baseUrl: input })).toThrow(TypeError);
    const secret = 'https://admin:hunter2@sps.example.net/?token=hunter2';
    expect(() => parseBaseUrl(secret)).toThrow(/query/);
    try {
      parseBaseUrl(secret);
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
    }
  });
});

describe('pathWithin and isCleartextToAnotherHost', () => {
  it('strips the base URL prefix and the query', () => {
    expect(pathWithin(parseBaseUrl('https://proxy.example.net/sps'), 'https://proxy.example.net/sps/api/info?x=1')).toBe('/api/info');
    expect(pathWithin(parseBaseUrl('sps.example.net'), 'https://sps.example.net/api/info')).toBe('/api/info');
    expect(pathWithin(parseBaseUrl('https://proxy.example.net/sps'), 'https://proxy.example.net/spsx/api')).toBe('/spsx/api');
  });

  it.each([
    ['http://sps.example.net', true],
    ['http://10.0.0.5', true],
    ['https://sps.example.net', false],
    ['http://localhost:4010', false],
    ['http://127.0.0.1', false],
    ['http://127.1.2.3:8080', false],
    ['http://[::1]', false],
    ['http://localhost.example.net', true],
  ])('%s → %s', (input, expected) => {
    expect(isCleartextToAnotherHost(parseBaseUrl(input))).toBe(expected);
  });
});

describe('a base URL with a path (SPS behind a reverse proxy)', () => {
  it('keeps the prefix on every request and still knows login and transaction paths', async () => {
    const sps = fakeSps({
      'GET /sps/api/authentication': loginRoute(),
      'POST /sps/api/transaction': ok(),
      'GET /sps/api/info': inSequence(fail(401, 'Unauthenticated')),
    });
    const client = createSpsClient({ baseUrl: `${sps.url}/sps/`, relogin: true, fetch: sps.fetch });
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
