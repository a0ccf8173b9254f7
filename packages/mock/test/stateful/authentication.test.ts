import { describe, expect, it } from 'vitest';
import { parseUsers, passwordMatches } from '../../src/stateful/authentication.js';

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
