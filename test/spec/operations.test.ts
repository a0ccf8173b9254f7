import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadBundle, operations } from '@sps-openapi/kit';

interface ExpectedOperation {
  tier: 'A' | 'B' | 'C';
  method: string;
  path: string;
  operationId: string;
  statuses: string[];
}
const expected = parse(readFileSync(new URL('../fixtures/operations.yaml', import.meta.url), 'utf8')) as ExpectedOperation[];
const inBundle = new Map(operations(loadBundle()).map((operation) => [`${operation.method.toUpperCase()} ${operation.path}`, operation.operation]));

describe('the bundle describes every listed operation (tiers A, B and C)', () => {
  it('lists the 29 operations of the vendor pages as tier A', () => {
    expect(expected.filter((operation) => operation.tier === 'A')).toHaveLength(29);
  });

  it('has exactly the listed operations, no more', () => {
    expect([...inBundle.keys()].sort()).toEqual(expected.map(({ method, path }) => `${method} ${path}`).sort());
  });

  it.each(expected.map((operation) => [`${operation.method} ${operation.path}`, operation]))(
    '%s has its operationId and documented status codes',
    (key, { operationId, statuses }) => {
      const operation = inBundle.get(key);
      expect(operation?.operationId).toBe(operationId);
      expect(Object.keys(operation?.responses ?? {}).sort()).toEqual([...statuses].sort());
    },
  );
});
