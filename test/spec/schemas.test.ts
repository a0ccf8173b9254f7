import { describe, expect, it } from 'vitest';
import { createValidator } from '../support/openapi.js';

const validatorFor = createValidator();
const schema = (name: string) => validatorFor(`#/components/schemas/${name}`);

describe('transaction schemas reject what SPS does not accept or send', () => {
  it.each([
    ['a status other than commit', { status: 'rollback' }],
    ['a missing status', { message: 'no status' }],
    ['a message that is not a string', { status: 'commit', message: 42 }],
    ['an unknown field', { status: 'commit', comment: 'typo of message' }],
  ])('the commit request refuses %s', (_, body) => {
    expect(schema('TransactionCommit')(body)).toBe(false);
  });

  it.each([
    ['a status outside open/closed', { key: 'transaction', body: { status: 'pending' }, meta: {} }],
    ['neither body nor transaction', { key: 'transaction', meta: {} }],
    ['another key', { key: 'dns', body: { status: 'open' } }],
  ])('the transaction response refuses %s', (_, body) => {
    expect(schema('TransactionResponse')(body)).toBe(false);
  });

  it('accepts both documented shapes of the transaction status', () => {
    expect(schema('TransactionResponse')({ key: 'transaction', body: { status: 'open', commit_message: 'required' } })).toBe(true);
    expect(schema('TransactionResponse')({ key: 'transaction', transaction: { status: 'closed' } })).toBe(true);
  });
});
