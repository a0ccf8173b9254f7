import { describe, expect, it } from 'vitest';
import { sessionIdOf, Sessions, type Session } from '../../src/stateful/sessions.js';

function sessions(max = 3) {
  let now = 1_000_000;
  const ended: string[] = [];
  const store = new Sessions(60_000, () => now, max, (session: Session, why) => ended.push(`${session.user} ${why}`));
  return { store, ended, advance: (ms: number) => (now += ms) };
}

describe('Sessions', () => {
  it('starts sessions with random 40-hex-digit IDs', () => {
    const { store } = sessions();
    const [a, b] = [store.start('admin'), store.start('admin')];
    expect(a.id).toMatch(/^[0-9a-f]{40}$/);
    expect(a.id).not.toBe(b.id);
  });

  it('ends a session after the time of inactivity; each use restarts the timer', () => {
    const { store, ended, advance } = sessions();
    const session = store.start('admin');
    advance(59_000);
    expect(store.use(session.id)).toBe(session);
    expect(store.remainingSeconds(session)).toBe(60);
    advance(59_999);
    expect(store.remainingSeconds(session)).toBe(0);
    expect(store.peek(session.id)).toBe(session);
    advance(1);
    expect(store.use(session.id)).toBeUndefined();
    expect(ended).toEqual(['admin expired']);
  });

  it('keeps at most max sessions, ending the one idle longest', () => {
    const { store, ended } = sessions(2);
    const first = store.start('first');
    const second = store.start('second');
    store.use(first.id);
    store.start('third');
    expect(ended).toEqual(['second evicted']);
    expect(store.peek(second.id)).toBeUndefined();
    expect(store.peek(first.id)).toBe(first);
    expect(store.size).toBe(2);
  });

  it('knows no unknown or missing ID', () => {
    const { store } = sessions();
    expect(store.use('0'.repeat(40))).toBeUndefined();
    expect(store.use(undefined)).toBeUndefined();
  });
});

describe('sessionIdOf()', () => {
  it.each([
    ['session_id=abc', 'abc'],
    ['lang=en; session_id=abc; other=1', 'abc'],
    ['session_ids=abc', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %j', (header, id) => {
    expect(sessionIdOf(header)).toBe(id);
  });
});
