/**
 * Configuration changes happen in a transaction: open (POST), change, commit (PUT) or roll back
 * (DELETE). `withTransaction` does all of it and rolls back on any error.
 */
import { SpsCommitMessageRequiredError, SpsError, attachCleanupFailure } from './errors.js';
import type { Api, OperationData, Schema } from './types.js';
import { unwrap } from './unwrap.js';

export interface TransactionContext {
  api: Api;
}

/** The transaction state, whichever of its two documented shapes SPS answered with, plus `meta`. */
export type TransactionState = Schema<'TransactionState'> & { meta?: Schema<'Meta'> };

export interface TransactionOptions {
  /** Commit message (shown under AAA > Accounting); required when SPS has "require commit log" on. */
  message?: Schema<'TransactionCommit'>['message'];
}

/** Opens a transaction: `POST` with an empty body and `Content-Length: 0` (without it SPS answers 411). */
export async function openTransaction({ api }: TransactionContext): Promise<OperationData<'openTransaction'>> {
  return unwrap(api.POST('/api/transaction', { headers: { 'Content-Length': '0' } }));
}

export async function commit({ api }: TransactionContext, message?: string): Promise<OperationData<'commitTransaction'>> {
  if (message !== undefined && typeof message !== 'string') throw new TypeError('the commit message must be a string');
  const body: Schema<'TransactionCommit'> = message === undefined ? { status: 'commit' } : { status: 'commit', message };
  return unwrap(api.PUT('/api/transaction', { body }));
}

/** Discards the staged changes and releases the configuration lock. */
export async function rollback({ api }: TransactionContext): Promise<OperationData<'deleteTransaction'>> {
  return unwrap(api.DELETE('/api/transaction'));
}

export async function getTransaction({ api }: TransactionContext): Promise<TransactionState> {
  const answer = await unwrap(api.GET('/api/transaction'));
  // `TransactionResponse` carries the state in `body` (current) or `transaction` (SPS 6.x pages).
  const { body, transaction: legacy } = answer as Partial<Record<'body' | 'transaction', Schema<'TransactionState'>>>;
  const state = body ?? legacy;
  if (!state) throw new SpsError('GET /api/transaction answered without a transaction state');
  return { ...state, ...(answer.meta && { meta: answer.meta }) };
}

/** The changes staged in the open transaction. */
export async function listChanges({ api }: TransactionContext): Promise<Schema<'TransactionChange'>[]> {
  return (await unwrap(api.GET('/api/transaction/changes'))).changes;
}

/**
 * Opens a transaction, runs `work`, commits. On any error (in `work` or in the commit) it rolls back
 * and rethrows the original error; if the rollback fails too, that failure is attached to the
 * original error as `rollbackError`.
 */
export async function withTransaction<T>(
  context: TransactionContext,
  work: () => T | Promise<T>,
  { message }: TransactionOptions = {},
): Promise<T> {
  await openTransaction(context);
  try {
    if (message === undefined && (await getTransaction(context)).commit_message === 'required') {
      throw new SpsCommitMessageRequiredError();
    }
    const result = await work();
    await commit(context, message);
    return result;
  } catch (error) {
    try {
      await rollback(context);
    } catch (rollbackError) {
      throw attachCleanupFailure(error, 'rollbackError', rollbackError);
    }
    throw error;
  }
}
