/**
 * `x-sps-since` against the vendor pages' own answers: a sample copied from the page of SPS version V that
 * links to a path shows that path on a V appliance, so no operation there may be dated after V (unless
 * another operation of the path is not).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { httpMethods, loadBundle, pathPattern, type JsonObject } from '@sps-openapi/kit';
import { seedsDir, seedsPlan } from '../support/seeds.js';

const examplesDir = fileURLToPath(new URL('../../spec/components/examples/', import.meta.url));
const paths = loadBundle().paths as Record<string, JsonObject>;

/** `7.0.4` before `7.4` before `7.10`. */
const compare = (a: string, b: string) => {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** The earliest `x-sps-since` of the path's operations; `undefined` when one of them is not dated, or no path matches. */
function earliestSince(link: string): { template: string; since: string | undefined } | undefined {
  const path = link.replace(/[?#].*$/, '');
  for (const [template, item] of Object.entries(paths)) {
    if (!pathPattern(template).test(path)) continue;
    const dates = httpMethods.filter((method) => item[method]).map((method) => (item[method] as JsonObject)['x-sps-since'] as string | undefined);
    return { template, since: dates.includes(undefined) ? undefined : (dates as string[]).sort(compare)[0] };
  }
  return undefined;
}

/** Every string under a `meta` object, or under a key `href`, of `value`. */
function links(value: unknown, inMeta = false, found: string[] = []): string[] {
  if (typeof value === 'string' && inMeta && value.startsWith('/api/')) found.push(value);
  else if (Array.isArray(value)) for (const item of value) links(item, inMeta, found);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) links(item, inMeta || key === 'meta' || key === 'href', found);
  return found;
}

const plan = seedsPlan();

describe.runIf(plan === 'run')('x-sps-since against the links of the vendor samples', () => {
  const versions = new Map<string, string>();
  const versionOf = (seed: string) => {
    if (!versions.has(seed)) versions.set(seed, /Privileged Sessions (\d+(?:\.\d+)+)/.exec(readFileSync(join(seedsDir, seed), 'utf8'))?.[1] ?? '');
    return versions.get(seed)!;
  };
  const cases = readdirSync(examplesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({ file, example: parse(readFileSync(join(examplesDir, file), 'utf8')) as JsonObject }))
    .filter(({ example }) => typeof example['x-sps-source'] === 'string' && (example['x-sps-source'] as string).startsWith('seeds/'));

  it('finds copied samples to check', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases)('$file: no linked operation is dated after the page', ({ example }) => {
    const version = versionOf((example['x-sps-source'] as string).slice('seeds/'.length));
    expect(version).not.toBe('');
    const late = links(example.value).flatMap((link) => {
      const target = earliestSince(link);
      return target?.since !== undefined && compare(target.since, version) > 0 ? [`${link} (${target.template}: since ${target.since})`] : [];
    });
    expect(late, `linked from a sample of SPS ${version}`).toEqual([]);
  });
});
