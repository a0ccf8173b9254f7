import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { corsHeaders, corsOrigin, isPreflight, preflightAnswer, withoutCorsHeaders } from '../src/cors.js';

const request = (method: string, headers: Record<string, string>) => ({ method, headers }) as unknown as IncomingMessage;
const preflightFrom = (origin: string) => request('OPTIONS', { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type, x-token' });

describe('corsOrigin()', () => {
  it.each([
    ['http://localhost:3000', 'http://localhost:3000'],
    ['https://tools.example.net/', 'https://tools.example.net'],
    ['HTTPS://Tools.Example.NET', 'https://tools.example.net'],
  ])('accepts %s as %s', (value, origin) => {
    expect(corsOrigin(value)).toBe(origin);
  });

  it.each([['*'], ['null'], ['localhost:3000'], ['http://localhost:3000/app'], ['http://localhost:3000?x'], ['ftp://files.example'], ['http://user@localhost:3000'], ['http://[::1'], ['']])('refuses %j', (value) => {
    expect(() => corsOrigin(value)).toThrow(`the CORS origin must be one origin such as http://localhost:3000 (scheme, host and port only), got "${value}"`);
  });
});

describe('preflightAnswer()', () => {
  it('allows the allowed origin, with cookies, the requested headers and methods', () => {
    const { status, headers } = preflightAnswer(preflightFrom('http://localhost:3000'), 'http://localhost:3000');
    expect(status).toBe(204);
    expect(headers).toMatchObject({
      'access-control-allow-origin': 'http://localhost:3000',
      'access-control-allow-credentials': 'true',
      'access-control-allow-headers': 'content-type, x-token',
      'access-control-allow-methods': expect.stringContaining('PUT'),
    });
  });

  it.each([[undefined], ['http://localhost:3000']])('refuses any other origin (allowed: %s), without CORS headers', (allowed) => {
    const { status, headers, body } = preflightAnswer(preflightFrom('https://evil.example'), allowed);
    expect(status).toBe(403);
    expect(Object.keys(headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect(body).toContain('cross-origin requests from https://evil.example are not allowed');
  });
});

describe('the other helpers', () => {
  it('isPreflight() needs OPTIONS, Origin and Access-Control-Request-Method', () => {
    expect(isPreflight(preflightFrom('https://a.example'))).toBe(true);
    expect(isPreflight(request('OPTIONS', { origin: 'https://a.example' }))).toBe(false);
    expect(isPreflight(request('PUT', { origin: 'https://a.example', 'access-control-request-method': 'PUT' }))).toBe(false);
  });

  it('corsHeaders() only for the allowed origin', () => {
    expect(corsHeaders('http://localhost:3000', 'http://localhost:3000')).toMatchObject({ 'access-control-allow-origin': 'http://localhost:3000' });
    expect(corsHeaders('https://evil.example', 'http://localhost:3000')).toEqual({});
    expect(corsHeaders('https://evil.example', undefined)).toEqual({});
    expect(corsHeaders(undefined, undefined)).toEqual({});
  });

  it('withoutCorsHeaders() drops every Access-Control-* header', () => {
    expect(withoutCorsHeaders({ 'Access-Control-Allow-Origin': '*', 'access-control-allow-credentials': 'true', 'content-type': 'application/json' })).toEqual({
      'content-type': 'application/json',
    });
  });
});
