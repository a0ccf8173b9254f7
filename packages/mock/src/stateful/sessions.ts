/**
 * Login sessions as SPS keeps them: a random 40-hex-digit `session_id` per login, ended after a time of
 * inactivity. Bounded: past `max` sessions the one idle longest is ended to make room.
 */
import { randomBytes } from 'node:crypto';

export interface Session {
  id: string;
  user: string;
  /** When it ends unless it is used again (ms since the epoch). */
  expires: number;
}

export class Sessions {
  /** In order of last use: the first one is the one idle longest. */
  readonly #sessions = new Map<string, Session>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
    private readonly max: number,
    /** Called when a session ends (expired, or evicted to make room), e.g. to discard its transaction. */
    private readonly onEnd: (session: Session, why: 'expired' | 'evicted') => void,
  ) {}

  start(user: string): Session {
    this.sweep();
    if (this.#sessions.size >= this.max) {
      const [oldest] = this.#sessions.values();
      this.end(oldest!, 'evicted');
    }
    const session: Session = { id: randomBytes(20).toString('hex'), user, expires: this.now() + this.ttlMs };
    this.#sessions.set(session.id, session);
    return session;
  }

  /** The live session with this id, its inactivity timer restarted; `undefined` when there is none (any more). */
  use(id: string | undefined): Session | undefined {
    const session = this.peek(id);
    if (!session) return undefined;
    session.expires = this.now() + this.ttlMs;
    this.#sessions.delete(session.id);
    this.#sessions.set(session.id, session);
    return session;
  }

  /** The live session with this id, without counting this as activity. */
  peek(id: string | undefined): Session | undefined {
    const session = id === undefined ? undefined : this.#sessions.get(id);
    if (!session) return undefined;
    if (session.expires <= this.now()) {
      this.end(session, 'expired');
      return undefined;
    }
    return session;
  }

  /** Seconds left before `session` ends, as `meta.remaining_seconds` says. */
  remainingSeconds(session: Session): number {
    return Math.max(0, Math.floor((session.expires - this.now()) / 1000));
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** Ends the expired sessions (the idle ones come first, so this stops at the first live one). */
  sweep(): void {
    for (const session of this.#sessions.values()) {
      if (session.expires > this.now()) break;
      this.end(session, 'expired');
    }
  }

  private end(session: Session, why: 'expired' | 'evicted') {
    this.#sessions.delete(session.id);
    this.onEnd(session, why);
  }
}

/** The `session_id` of a `Cookie` header. */
export function sessionIdOf(cookieHeader: string | null | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [name, ...value] = part.split('=');
    if (name?.trim() === 'session_id') return value.join('=').trim();
  }
  return undefined;
}
