/**
 * The configuration lock and its staged changes: one transaction at a time, held by one login session,
 * as an edit in the web interface holds it. It ends with a commit, a rollback, or when its session
 * ends (expiry, eviction); then its staged changes are discarded.
 */
import type { Json, JsonObject } from '../openapi/index.js';
import type { Session, Sessions } from './sessions.js';

/** One entry of the change log. Its values are the object's body as GET answers it, so no secret shows here either. */
export interface Change {
  type: 'create' | 'delete' | 'replace';
  path: string;
  old_value?: Json;
  new_value?: Json;
}

export class Transaction {
  /** Changed objects by path (`null`: deleted), as GET answers them. */
  readonly staged = new Map<string, JsonObject | null>();
  /** The member keys of every collection changed, in order. */
  readonly keys = new Map<string, string[]>();
  /** One entry per changed object: its first old and its latest new value. */
  readonly changes = new Map<string, Change>();
  /** Bytes of the request body of each object written (`0`: deleted), for the memory bound. */
  readonly sizes = new Map<string, number>();
  /** How many bytes the staged changes add to what the committed configuration holds (negative when they free some). */
  bytes = 0;

  constructor(readonly owner: Session) {}

  record(type: Change['type'], path: string, oldValue: Json | undefined, newValue: Json | undefined): void {
    const earlier = this.changes.get(path);
    const value = (name: 'old_value' | 'new_value', v: Json | undefined) => (v !== undefined && v !== null && typeof v !== 'number' && typeof v !== 'boolean' ? { [name]: v } : {});
    if (earlier?.type === 'create' && type === 'delete') {
      this.changes.delete(path);
      return;
    }
    const first = earlier ? earlier.old_value : oldValue;
    const kind = earlier?.type === 'create' ? 'create' : type;
    this.changes.set(path, { type: kind, path, ...(kind === 'create' ? {} : value('old_value', first)), ...(type === 'delete' ? {} : value('new_value', newValue)) });
  }
}

export class TransactionLock {
  #current: Transaction | undefined;

  constructor(
    private readonly sessions: Sessions,
    private readonly log: (line: string) => void,
  ) {}

  /** The open transaction, if its session is still alive (an expired one is discarded on the way). */
  get current(): Transaction | undefined {
    if (this.#current && !this.sessions.peek(this.#current.owner.id)) this.discard('its session ended');
    return this.#current;
  }

  /** The transaction `session` holds, if any. */
  of(session: Session): Transaction | undefined {
    const current = this.current;
    return current?.owner.id === session.id ? current : undefined;
  }

  /** Opens a transaction for `session` (or keeps the one it holds); `undefined` when another session holds the lock. */
  open(session: Session): Transaction | undefined {
    const current = this.current;
    if (current) return current.owner.id === session.id ? current : undefined;
    this.#current = new Transaction(session);
    this.log(`transaction opened by ${session.user}`);
    return this.#current;
  }

  close(transaction: Transaction, how: 'committed' | 'rolled back'): void {
    if (this.#current !== transaction) return;
    this.#current = undefined;
    this.log(`transaction ${how} by ${transaction.owner.user} (${transaction.changes.size} change${transaction.changes.size === 1 ? '' : 's'})`);
  }

  /** Discards the open transaction, e.g. when its session ended. */
  discard(why: string): void {
    if (!this.#current) return;
    this.log(`transaction of ${this.#current.owner.user} discarded: ${why}`);
    this.#current = undefined;
  }

  /** Ends the transaction of a session that ended. */
  sessionEnded(session: Session): void {
    if (this.#current?.owner.id === session.id) this.discard('its session ended');
  }
}
