import { expect } from 'vitest';

/** What `promise` rejects with; a test fails when it resolves instead. */
export const caught = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error,
  );
