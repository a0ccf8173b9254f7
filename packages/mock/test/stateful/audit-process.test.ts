/**
 * The session search of an `sps-mock --stateful` process of its own, in a time zone west of UTC: a search
 * that blocked its event loop, or read times in the host's time zone, shows here without stopping the tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSpsMock, type CliRun } from '../../../../test/support/sps-mock-cli.js';
import { call, logIn, users } from './support.js';

let run: CliRun;
let url: string;
let cookie: string;
beforeAll(async () => {
  run = runSpsMock(['--stateful', '--port', '0', '--users', `admin:${users.admin}`, '--sessions', '20000'], { ...process.env, TZ: 'America/New_York' });
  url = await run.url;
  cookie = await logIn(url);
});
afterAll(() => run.kill('SIGKILL')); // a blocked process ignores SIGTERM

const count = async (query: string) => {
  const answer = await call(url, cookie, 'GET', `/api/audit/sessions/_count?${query}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body as { count: number }).count;
};

describe('the session search of a mock process', () => {
  it('answers a q of many wildcards, and meanwhile other requests', async () => {
    // A backtracking RegExp took about 2^n steps for n runs of `*?` against a value it does not match.
    const q = `recording.session_id:${'*?'.repeat(30)}Z`;
    const counted = fetch(`${url}/api/audit/sessions/_count?q=${encodeURIComponent(q)}`, { headers: { Cookie: cookie }, signal: AbortSignal.timeout(20_000) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const info = await fetch(`${url}/api/info`, { signal: AbortSignal.timeout(20_000) });
    expect(info.status).toBe(200);
    expect(await (await counted).json()).toEqual({ count: 0 });
    expect(await count(`q=${encodeURIComponent(`recording.session_id:svc/*${'?'.repeat(10)}*\\:1?`)}`)).toBeGreaterThan(0);
  }, 60_000);

  it('reads start and end without an offset as UTC, whatever the time zone', async () => {
    for (const name of ['start', 'end']) {
      const utc = await count(`${name}=2024-12-01T01:00Z`);
      expect(utc).toBeGreaterThan(0);
      expect(await count(`${name}=2024-12-01T01:00`), `${name} without an offset`).toBe(utc);
      expect(await count(`${name}=2024-12-01`), `${name} a date`).toBe(await count(`${name}=2024-12-01T00:00:00.000Z`));
    }
  });

  it('reads an offset +HH and +HHMM as +HH:MM', async () => {
    for (const name of ['start', 'end']) {
      const utc = await count(`${name}=2024-12-01T01:00Z`);
      for (const offset of ['+01', '+0100', '+01:00']) expect(await count(`${name}=2024-12-01T02:00${encodeURIComponent(offset)}`), `${name} with ${offset}`).toBe(utc);
      for (const offset of ['-05', '-0500', '-05:00']) expect(await count(`${name}=2024-11-30T20:00${offset}`), `${name} with ${offset}`).toBe(utc);
    }
  });
});
