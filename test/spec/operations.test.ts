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

describe('operations that need a transaction', () => {
  // Their 409 is the configuration lock; the transaction endpoint itself opens one.
  const needing = operations(loadBundle()).filter(
    ({ path, operation }) => path !== '/api/transaction' && /\/ConfigLocked$/.test(String(((operation.responses as Record<string, { $ref?: string }>)['409'] ?? {}).$ref)),
  );

  it('are found', () => {
    expect(needing.length).toBeGreaterThan(40);
  });

  it.each(needing.map(({ method, path, operation }) => [`${method.toUpperCase()} ${path}`, String(operation.description ?? '')]))(
    '%s says SPS 6.9+ opens the transaction by itself',
    (_, description) => {
      expect(description).toMatch(/opened automatically from SPS 6\.9|from SPS 6\.9/);
    },
  );
});
