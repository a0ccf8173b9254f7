import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCi, samplesOf, seedsPlan } from './seeds.js';

describe('seedsPlan', () => {
  const present = mkdtempSync(join(tmpdir(), 'sps-seeds-'));
  const missing = join(present, 'no-such-folder');
  afterAll(() => rmSync(present, { recursive: true, force: true }));

  it('runs the sample tests when the vendor pages are there, in CI or not', () => {
    expect(seedsPlan(present, {})).toBe('run');
    expect(seedsPlan(present, { CI: 'true' })).toBe('run');
  });

  it('skips them without the pages on a developer machine', () => {
    expect(seedsPlan(missing, {})).toBe('skip');
    expect(seedsPlan(missing, { CI: 'false' })).toBe('skip');
  });

  it('fails without the pages under CI=true', () => {
    expect(seedsPlan(missing, { CI: 'true' })).toBe('fail');
  });
});

describe('isCi', () => {
  it.each([
    ['true', true],
    ['1', true],
    ['TRUE', true],
    ['', false],
    ['0', false],
    ['false', false],
    [undefined, false],
  ])('CI=%s → %s', (value, expected) => {
    expect(isCi(value === undefined ? {} : { CI: value })).toBe(expected);
  });
});

describe('samplesOf', () => {
  it('finds each JSON sample of a page, also one printed without its last brace', () => {
    const page = ['Intro text', '{', '  "key": "dns",', '  "body": {"a": "}"}', '}', 'More prose', '{"x": [1,', '2]', 'Prose again'].join('\n');
    expect(samplesOf('p.txt', page)).toEqual([
      { seed: 'p.txt', line: 2, text: '{\n  "key": "dns",\n  "body": {"a": "}"}\n}' },
      { seed: 'p.txt', line: 7, text: '{"x": [1,\n2]' },
    ]);
  });
});
