import { describe, expect, it } from 'vitest';
import { Transaction } from '../../src/stateful/transaction.js';

const owner = { id: 'a'.repeat(40), user: 'admin', expires: 0 };

describe('Transaction.record()', () => {
  it('keeps one change per object: its first old value and its latest new value', () => {
    const transaction = new Transaction(owner);
    transaction.record('replace', '/a', { v: 1 }, { v: 2 });
    transaction.record('replace', '/a', { v: 2 }, { v: 3 });
    transaction.record('create', '/b', undefined, { v: 1 });
    transaction.record('replace', '/b', { v: 1 }, { v: 2 });
    transaction.record('create', '/c', undefined, { v: 1 });
    transaction.record('delete', '/c', { v: 1 }, undefined);
    transaction.record('replace', '/d', { v: 1 }, { v: 2 });
    transaction.record('delete', '/d', { v: 2 }, undefined);
    expect([...transaction.changes.values()]).toEqual([
      { type: 'replace', path: '/a', old_value: { v: 1 }, new_value: { v: 3 } },
      { type: 'create', path: '/b', new_value: { v: 2 } },
      { type: 'delete', path: '/d', old_value: { v: 1 } },
    ]);
  });

  it('leaves out values the change log cannot carry (no body, or not a string or object)', () => {
    const transaction = new Transaction(owner);
    transaction.record('create', '/key', undefined, undefined);
    transaction.record('replace', '/flag', true, 42);
    expect([...transaction.changes.values()]).toEqual([
      { type: 'create', path: '/key' },
      { type: 'replace', path: '/flag' },
    ]);
  });
});
