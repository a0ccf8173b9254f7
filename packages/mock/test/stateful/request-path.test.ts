import { describe, expect, it } from 'vitest';
import { normalizedPath } from '../../src/stateful/request-path.js';

describe('normalizedPath()', () => {
  it('decodes percent-encoded unreserved characters, in either case of hex digits', () => {
    expect(normalizedPath('/api/%61udit/sessions/%5fcount')).toBe('/api/audit/sessions/_count');
    expect(normalizedPath('/a/%41%7a%30%39%2D%2e%5F%7E')).toBe('/a/Az09-._~');
  });

  it('keeps every other escape, upper-cased: %2F stays within its segment', () => {
    expect(normalizedPath('/users/bob%2f1')).toBe('/users/bob%2F1');
    expect(normalizedPath('/a%20b/%C3%A9/%25/%3f/%40')).toBe('/a%20b/%C3%A9/%25/%3F/%40');
    expect(normalizedPath('/%2531')).toBe('/%2531');
  });
});
