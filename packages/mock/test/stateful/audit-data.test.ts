import { describe, expect, it } from 'vitest';
import { createValidator, loadBundle } from '../../src/openapi/index.js';
import { recordedSessions } from '../../src/stateful/audit-data.js';

describe('recordedSessions()', () => {
  const sessions = recordedSessions(500);

  it('makes the same sessions every time, ordered by start, the newest 1 % active', () => {
    expect(recordedSessions(500)).toEqual(sessions);
    const starts = sessions.map(({ body }) => Date.parse(body.start_time as string));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(sessions.filter(({ body }) => body.active).length).toBe(5);
    expect(new Set(sessions.map(({ key }) => key)).size).toBe(500);
  });

  it('matches the AuditSession schema, with varied users, protocols and verdicts', () => {
    const validate = createValidator(loadBundle())('#/components/schemas/AuditSession');
    for (const { body } of sessions) expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(new Set(sessions.map(({ body }) => body.protocol)).size).toBeGreaterThan(4);
    expect(new Set(sessions.map(({ body }) => (body.user as { name: string }).name)).size).toBeGreaterThan(10);
    expect(new Set(sessions.map(({ body }) => body.verdict))).toEqual(new Set(['ACCEPT', 'AUTH_FAIL']));
  });
});
