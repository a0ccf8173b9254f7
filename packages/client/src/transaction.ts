/**
 * Configuration changes happen in a transaction: open (POST), change, commit (PUT) or roll back
 * (DELETE). `withTransaction` does all of it and rolls back on any error.
 */
import {
  SpsApiError,
  SpsCommitMessageRequiredError,
  SpsError,
  SpsInvalidJsonError,
  SpsNetworkError,
  SpsTimeoutError,
  cleanUpAfter,
} from './errors.js';
import { gatewayStatuses } from './transport.js';
import type { Api, OperationData, Schema } from './types.js';
import { apiError, readAnswer, unexpectedAnswer } from './unwrap.js';

export interface TransactionContext {
  api: Api;
  /** The client's helpers on other request methods: `tx`'s, on its guarded ones. */
  helpersOn: (api: Api) => object;
}

/** The transaction state, whichever of its two documented shapes SPS answered with, plus `meta`. */
export type TransactionState = Schema<'TransactionState'> & { meta?: Schema<'Meta'> };

export interface TransactionOptions {
  /** Commit message (shown under AAA > Accounting); required when SPS has "require commit log" on. */
  message?: Schema<'TransactionCommit'>['message'];
}

/** The helpers; `withTransaction` hands its work the client (`api`, with the helpers) as `tx`, on guarded request methods. */
export function transactionHelpers<Client extends Api>({ api, helpersOn }: TransactionContext) {
  /** Whether a `withTransaction` of this client is running. */
  let running = false;
  const helpers = {
    /**
     * Opens a transaction: `POST` with an empty body. `fetch` sends it with `Content-Length: 0` (without,
     * SPS answers 411); set by hand as well, the header went out twice, which undici's own dispatcher
     * (the one TLS options use) refuses.
     */
    async openTransaction(): Promise<OperationData<'openTransaction'>> {
      return readAnswer(api.POST('/api/transaction'));
    },

    /** Commits the open transaction: `PUT {status: "commit", message}`. */
    async commit(message?: string): Promise<OperationData<'commitTransaction'>> {
      if (message !== undefined && typeof message !== 'string') throw new TypeError('the commit message must be a string');
      // Without a message, JSON leaves `message: undefined` out.
      const body = { status: 'commit', message } as Schema<'TransactionCommit'>;
      return readAnswer(api.PUT('/api/transaction', { body }));
    },

    /** Discards the staged changes and releases the configuration lock. */
    async rollback(): Promise<OperationData<'deleteTransaction'>> {
      return readAnswer(api.DELETE('/api/transaction'));
    },

    /** The state of the transaction, from either documented answer shape. */
    async getTransaction(): Promise<TransactionState> {
      const result = await api.GET('/api/transaction');
      const answer = await readAnswer(result, { body: 'object?', transaction: 'object?' });
      // `TransactionResponse` carries the state in `body` (current) or `transaction` (SPS 6.x pages).
      const { body, transaction: legacy } = answer as Partial<Record<'body' | 'transaction', Schema<'TransactionState'>>>;
      const state = body ?? legacy;
      if (!state) throw unexpectedAnswer(result.response, 'without a transaction state (`body` or `transaction`)');
      return { ...state, ...(answer.meta && { meta: answer.meta }) };
    },

    /** The changes staged in the open transaction. */
    async listChanges(): Promise<Schema<'TransactionChange'>[]> {
      return (await readAnswer(api.GET('/api/transaction/changes'), { changes: 'list' })).changes;
    },

    /**
     * Opens a transaction, runs `work(tx)`, commits. `tx` is the client, except that its writes (PUT,
     * POST, DELETE, PATCH) reject with an `SpsApiError` on an error answer instead of answering `{ error }`.
     * On any error (in `work`, in the commit, or an open whose outcome is unknown) it rolls back and
     * rethrows the original error; if the rollback fails too, that failure is attached to it as `rollbackError`.
     */
    async withTransaction<T>(work: (tx: Client) => T | Promise<T>, options: TransactionOptions = {}): Promise<T> {
      // SPS keeps one transaction per session: a second one would commit or roll back the first one's changes.
      if (running) {
        throw new SpsError('withTransaction: this client is inside a transaction already; make the change in that one (or use a client with its own login)');
      }
      running = true;
      const ended = { value: false };
      try {
        return await transaction(work, options, ended);
      } finally {
        running = false;
        ended.value = true;
      }
    },
  };

  /** The transaction of one `withTransaction`; `ended` is set once it is over. */
  async function transaction<T>(work: (tx: Client) => T | Promise<T>, { message }: TransactionOptions, ended: { value: boolean }): Promise<T> {
    try {
      await helpers.openTransaction();
    } catch (error) {
      // SPS may have opened it and the answer got lost (or a gateway in front of it answered instead):
      // roll back rather than leave the lock held.
      if (error instanceof SpsNetworkError || error instanceof SpsTimeoutError || error instanceof SpsInvalidJsonError || (error instanceof SpsApiError && gatewayStatuses.has(error.status))) {
        await cleanUpAfter(error, 'rollbackError', helpers.rollback);
      }
      throw error;
    }
    try {
      if (message === undefined && (await helpers.getTransaction()).commit_message === 'required') {
        throw new SpsCommitMessageRequiredError();
      }
      const tx = rejectingErrorAnswers(api, ended);
      // Its withTransaction stays this one, which knows that it is running.
      const result = await work(Object.assign(tx, helpersOn(tx), { withTransaction: helpers.withTransaction }) as Client);
      await helpers.commit(message);
      return result;
    } catch (error) {
      return cleanUpAfter(error, 'rollbackError', helpers.rollback);
    }
  }

  return helpers;
}

const writes = ['PUT', 'POST', 'DELETE', 'PATCH'] as const;
type Method = (url: string, init?: unknown) => Promise<{ error?: unknown; response: Response }>;

/**
 * The client, with writes that reject on an error answer (inside a transaction, a failed change must not
 * be committed) and once the transaction has ended.
 */
function rejectingErrorAnswers<Client extends Api>(client: Client, ended: { value: boolean }): Client {
  const tx: Record<string, unknown> = { ...(client as object) };
  for (const method of writes) {
    const send = client[method] as unknown as Method;
    tx[method] = async (url: string, init?: unknown) => {
      // On SPS 6.9+ a write opens a transaction of its own, which nothing would commit or roll back.
      if (ended.value) throw new SpsError(`${method} ${url}: this tx belongs to a withTransaction that has ended; write through the client`);
      const result = await send(url, init);
      if (!result.response.ok) throw apiError(result);
      return result;
    };
  }
  tx.request = (method: string, url: string, init?: unknown) => (tx[method.toUpperCase()] as Method)(url, init);
  return tx as Client;
}
