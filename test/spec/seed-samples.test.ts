import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadBundle, type JsonObject } from '@sps-openapi/kit';
import { seedSamples, seedsDir, seedsPlan } from '../support/seeds.js';

interface Exception {
  seed: string;
  line: number;
  why: string;
  append?: string;
}
const exceptions = parse(readFileSync(new URL('../fixtures/seed-samples.yaml', import.meta.url), 'utf8')) as {
  repairs: Exception[];
  'not-examples': Exception[];
};
const find = (list: Exception[], seed: string, line: number) => list.find((entry) => entry.seed === seed && entry.line === line);

/** Every example value of the bundle, serialized with its key order. */
const exampleValues = new Set(
  Object.values((loadBundle().components as JsonObject).examples as Record<string, JsonObject>).map((example) =>
    JSON.stringify(example.value),
  ),
);

const plan = seedsPlan();

it('finds the vendor pages when under CI (elsewhere their tests are skipped without them)', () => {
  expect(plan, `No vendor pages at ${seedsDir}: CI must have them beside the repository (or set SPS_SEEDS_DIR).`).not.toBe('fail');
});

describe.runIf(plan === 'run')(`JSON samples of the vendor pages (${seedsDir})`, () => {
  const samples = plan === 'run' ? seedSamples() : [];

  it('are found', () => {
    expect(samples.length).toBeGreaterThanOrEqual(35);
  });

  it('include every sample the exception list names', () => {
    for (const entry of [...exceptions.repairs, ...exceptions['not-examples']]) {
      expect(samples.some((sample) => sample.seed === entry.seed && sample.line === entry.line), `${entry.seed}:${entry.line}`).toBe(true);
    }
  });

  it.each(samples.filter((sample) => !find(exceptions['not-examples'], sample.seed, sample.line)).map((sample) => [`${sample.seed}:${sample.line}`, sample]))(
    '%s is a named example, verbatim',
    (_, sample) => {
      const repair = find(exceptions.repairs, sample.seed, sample.line);
      const text = repair ? `${sample.text}\n${repair.append}` : sample.text;
      const value: unknown = JSON.parse(text);
      expect(exampleValues.has(JSON.stringify(value)), `no example equals:\n${JSON.stringify(value, null, 2)}`).toBe(true);
    },
  );
});
