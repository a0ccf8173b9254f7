/**
 * `/api/transaction` and `/api/transaction/changes`: open (POST, 411 without a length, 409 while another
 * session holds the lock), inspect, commit (PUT; a message when the commit log is required) and roll back
 * (DELETE) the caller's transaction.
 */
import type { JsonObject } from '../openapi/index.js';
import { documentedError, json, type Answer } from './answers.js';
import type { Configuration } from './configuration.js';
import type { Call, SpecModel } from './routes.js';
import type { Sessions } from './sessions.js';
import type { TransactionLock } from './transaction.js';

export interface TransactionContext {
  model: SpecModel;
  lock: TransactionLock;
  sessions: Sessions;
  configuration: Configuration;
  /** The "require commit log" accounting option: commits then need a `message`. */
  requireCommitMessage: boolean;
}

const links = { href: '/api/transaction', parent: '/api' };

export function transactionAnswer(context: TransactionContext, call: Call, hasLength: boolean): Answer {
  const { model, lock, sessions } = context;
  const { route, session } = call;
  const mine = lock.of(session);
  const commitMessage = context.requireCommitMessage ? 'required' : 'optional';
  switch (route.operationId) {
    case 'getTransaction': {
      const meta: JsonObject = { ...links, remaining_seconds: sessions.remainingSeconds(session), ...(mine && { changes: '/api/transaction/changes' }) };
      return json(200, { key: 'transaction', body: { status: mine ? 'open' : 'closed', commit_message: commitMessage }, meta });
    }
    case 'listTransactionChanges':
      return json(200, { changes: mine ? [...mine.changes.values()] : [], meta: { href: '/api/transaction/changes', parent: '/api/transaction', transaction: '/api/transaction' } });
    case 'openTransaction':
      if (!hasLength) return documentedError(model, route, 411);
      if (!lock.open(session)) return documentedError(model, route, 409, 'WebGuiOrRpcApiConfigInProgress');
      return json(200, { meta: links });
    case 'commitTransaction': {
      const { message } = call.body as { message?: string };
      if (mine && context.requireCommitMessage && !message?.trim()) {
        return documentedError(model, route, 400, 'IncompleteRequestBodyError', 'A commit message is required: the "require commit log" accounting option is on.', { missing_paths: ['message'] });
      }
      if (mine) {
        context.configuration.commit(mine);
        lock.close(mine, 'committed');
      }
      return json(200, { key: 'transaction', body: { status: 'closed', commit_message: commitMessage }, meta: links });
    }
    case 'deleteTransaction':
      if (mine) lock.close(mine, 'rolled back');
      return json(200, { meta: links });
    default:
      throw new Error(`no transaction handler for ${route.operationId}`);
  }
}
