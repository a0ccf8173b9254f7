import { describe, expect, it } from 'vitest';
import { nestedDeeperThan } from '../src/json-nesting.js';

describe('nestedDeeperThan()', () => {
  const deep = (depth: number) => Buffer.from(`{"a":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`);

  it('counts arrays and objects inside each other', () => {
    expect(nestedDeeperThan(deep(500), 500)).toBe(false);
    expect(nestedDeeperThan(deep(501), 500)).toBe(true);
    expect(nestedDeeperThan(Buffer.from('[[],[],{"a":[]}]'), 3)).toBe(false);
    expect(nestedDeeperThan(Buffer.from('[[],[],{"a":[]}]'), 2)).toBe(true);
  });

  it('skips brackets inside strings, escaped quotes included', () => {
    expect(nestedDeeperThan(Buffer.from(`{"a":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`), 1)).toBe(false);
    expect(nestedDeeperThan(Buffer.from('["\\\\",[[]]]'), 2)).toBe(true);
  });
});
