import { describe, expect, it } from 'vitest';
import { requestTargetProblem } from '../src/request-target.js';

describe('requestTargetProblem()', () => {
  it.each([['/api/info'], ['/api/audit/sessions?q=a%20b&limit=5'], ['/'], ['/api/authentication?return=/\\evil.example/']])('serves the path %s', (target) => {
    expect(requestTargetProblem('GET', target)).toBeUndefined();
  });

  it.each([
    ['OPTIONS', '*', 'OPTIONS * is not supported; send requests to a path such as /api/info'],
    ['GET', 'http://other.example/api/info', 'the request target must be a path such as /api/info, got an absolute URL: sps-mock is not an HTTP proxy'],
    ['GET', 'HTTPS://other.example/', 'got an absolute URL'],
    ['CONNECT', 'other.example:443', 'CONNECT is not supported: sps-mock is not an HTTP proxy'],
    ['GET', '//other.example/api/info', 'the request target must be a path such as /api/info, got "//other.example/api/info"'],
    ['GET', 'api/info', 'got "api/info"'],
    ['GET', undefined, 'got ""'],
    ['GET', '/api/configuration/ssh/connections/%', 'malformed percent-encoding'],
    ['GET', '/api/audit/sessions/%ZZ?limit=5', 'malformed percent-encoding'],
    ['GET', '/api/firmware/slots/%E0%A4%A', 'malformed percent-encoding'],
    ['GET', '/\\evil.example/api/info', 'the request path must not hold a backslash (percent-encode it as %5C), got "/\\evil.example/api/info"'],
    ['GET', '/api\\info?x=1', 'got "/api\\info"'],
  ])('refuses %s %s', (method, target, message) => {
    expect(requestTargetProblem(method, target)).toContain(message);
  });
});
