import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runSpsMock, type CliRun } from '../../../test/support/sps-mock-cli.js';
import { parseCommandLine } from '../src/cli.js';
import { acceptsConnections } from '../src/port.js';
import { portInUse } from './port-in-use.js';
import { smallSpec } from './small-spec.js';

const cookie = { Cookie: 'session_id=a1f71d030e657634730b9e887cb59a5e56162860' };
const runs: CliRun[] = [];
const spsMock = (...args: string[]) => {
  const run = runSpsMock(args);
  runs.push(run);
  return run;
};
afterEach(() => {
  for (const run of runs.splice(0)) run.kill('SIGKILL');
});
/** The pid of the Prism that `run` started (Linux). */
const prismOf = (run: CliRun) => {
  const pid = Number(readFileSync(`/proc/${run.pid}/task/${run.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
  if (!(pid > 0)) throw new Error(`sps-mock (${run.pid}) runs no Prism`);
  return pid;
};
/** Whether `pid` runs: an orphan that exited may stay a zombie (state Z) until its new parent reaps it. */
const isRunning = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

describe('parseCommandLine()', () => {
  it('defaults to the mock on 127.0.0.1:4010 with examples', () => {
    expect(parseCommandLine([])).toEqual({ kind: 'mock', port: 4010, host: '127.0.0.1', dynamic: false, errors: false });
  });

  it('reads the mock flags', () => {
    expect(parseCommandLine(['--port', '4011', '--host', '0.0.0.0', '--dynamic', '--errors'])).toEqual({
      kind: 'mock', port: 4011, host: '0.0.0.0', dynamic: true, errors: true,
    });
    expect(parseCommandLine(['--spec', 'mine.yaml'])).toMatchObject({ kind: 'mock', spec: 'mine.yaml' });
    expect(parseCommandLine(['proxy', 'https://sps.example.net', '--spec', 'mine.yaml'])).toMatchObject({ kind: 'proxy', spec: 'mine.yaml' });
  });

  it('reads the proxy command', () => {
    expect(parseCommandLine(['proxy', 'https://sps.example.net', '--errors', '--ca', 'ca.pem', '--port=0'])).toEqual({
      kind: 'proxy', upstream: 'https://sps.example.net', port: 0, host: '127.0.0.1', errors: true, ca: 'ca.pem',
    });
  });

  it('reads --cors for the mock and the proxy', () => {
    expect(parseCommandLine(['--cors', 'http://localhost:3000/'])).toMatchObject({ kind: 'mock', cors: 'http://localhost:3000' });
    expect(parseCommandLine(['proxy', 'https://sps.example.net', '--cors=https://tools.example.net'])).toMatchObject({ kind: 'proxy', cors: 'https://tools.example.net' });
  });

  it('reads the stateful mode and its flags', () => {
    expect(parseCommandLine(['--stateful'])).toEqual({ kind: 'stateful', port: 4010, host: '127.0.0.1', requireCommitMessage: false });
    expect(
      parseCommandLine([
        '--stateful', '--port', '0', '--users', 'admin:secret,auditor:pw', '--session-ttl', '1', '--sessions', '50', '--state', 's.json',
        '--require-commit-message', '--x509-user', 'robot', '--download-seconds', '0.5', '--cors', 'http://localhost:3000',
      ]),
    ).toEqual({
      kind: 'stateful', port: 0, host: '127.0.0.1', users: { admin: 'secret', auditor: 'pw' }, sessionTtlSeconds: 1, sessions: 50, state: 's.json',
      requireCommitMessage: true, x509User: 'robot', firmwareDownloadSeconds: 0.5, cors: 'http://localhost:3000',
    });
  });

  it.each([
    [['--stateful', '--dynamic'], '--dynamic does not apply to --stateful'],
    [['--stateful', '--spec', 'mine.yaml'], '--spec does not apply to --stateful'],
    [['--stateful', 'proxy', 'https://a'], '--stateful does not go with a command ("proxy")'],
    [['--stateful', '--users', 'admin', 'S3cret'], /^--stateful takes no other argument \(--users takes name:password pairs joined by commas, without spaces\)$/],
    [['--stateful', '--sessions', '1.5'], '--sessions must be a whole number from 0 to 1,000,000, got "1.5"'],
    [['--stateful', '--sessions', '2000000'], '--sessions must be a whole number from 0 to 1,000,000, got "2000000"'],
    [['--stateful', '--session-ttl', 'soon'], '--session-ttl must be a number of at least 1, got "soon"'],
    [['--stateful', '--session-ttl', '0'], '--session-ttl must be a number of at least 1, got "0"'],
    [['--stateful', '--users', 'admin'], '--users must be name:password pairs'],
    [['--stateful', '--users', 'a:b,a:c'], '--users names a twice'],
    [['--users', 'admin:secret'], '--users only applies to "sps-mock --stateful"'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(message);
  });

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [['--port'], "Option '--port <value>' argument missing"],
    [['--port', 'abc'], '--port must be a port number from 0 to 65535, got "abc"'],
    [['--port', '65536'], '--port must be a port number from 0 to 65535, got "65536"'],
    [['--port=-1'], '--port must be a port number from 0 to 65535, got "-1"'],
    [['--dynamic=yes'], "Option '--dynamic' does not take an argument"],
    [['serve'], 'unknown command "serve"'],
    [['proxy'], '"sps-mock proxy" needs exactly one <upstream-url>'],
    [['proxy', 'https://a', 'https://b'], '"sps-mock proxy" needs exactly one <upstream-url>'],
    [['proxy', 'https://a', '--dynamic'], '--dynamic does not apply to the proxy'],
    [['--ca', 'ca.pem'], '--ca only applies to "sps-mock proxy"'],
    [['--cors', '*'], '--cors must be one origin such as http://localhost:3000 (scheme, host and port only), got "*"'],
    [['--cors'], "Option '--cors <value>' argument missing"],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});

describe('sps-mock', () => {
  const blockedPort = portInUse();

  it('--help prints the usage and exits 0', async () => {
    const run = spsMock('--help');
    expect(await run.exit).toBe(0);
    expect(run.stdout()).toContain('sps-mock proxy <upstream-url>');
  });

  it('a bad flag is a usage error: exit 2, the problem on stderr', async () => {
    const run = spsMock('--port', 'abc');
    expect(await run.exit).toBe(2);
    expect(run.stderr()).toContain('sps-mock: --port must be a port number from 0 to 65535, got "abc"');
    expect(run.stderr()).toContain('sps-mock --help');
  });

  it('a port in use is reported plainly (exit 1)', async () => {
    const run = spsMock('--port', String(blockedPort()));
    expect(await run.exit).toBe(1);
    expect(run.stderr().trim()).toBe(`sps-mock: port ${blockedPort()} on 127.0.0.1 is already in use; pick another one`);
  });

  it('an address that is not this machine\'s is reported plainly (exit 1)', async () => {
    const run = spsMock('--host', '192.0.2.1');
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toContain('sps-mock: cannot listen on 192.0.2.1: it is not an address of this machine');
  });

  it('prints its URL when ready, serves the examples, and exits 0 on SIGTERM', async () => {
    const run = spsMock('--port', '0');
    const url = await run.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${url}/api/transaction`, { headers: { ...cookie, Prefer: 'example=closed' } });
    expect(await response.json()).toMatchObject({ transaction: { status: 'closed' } });
    run.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('--stateful prints its URL and users (never a password given with --users), serves logins, and exits 0 on SIGTERM', async () => {
    const run = spsMock('--stateful', '--port', '0', '--users', 'admin:Sup3r-Secret!');
    const url = await run.url;
    expect(run.stdout()).toContain('Users: admin');
    expect(run.stdout()).not.toContain('Sup3r-Secret!');
    const wrong = await fetch(`${url}/api/authentication`, { headers: { Authorization: `Basic ${Buffer.from('admin:nope').toString('base64')}` } });
    expect(wrong.status).toBe(401);
    const login = await fetch(`${url}/api/authentication`, { headers: { Authorization: `Basic ${Buffer.from('admin:Sup3r-Secret!').toString('base64')}` } });
    expect(login.status).toBe(200);
    run.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.stderr()).toContain('admin logged in');
    expect(run.stderr()).not.toContain('Sup3r-Secret!');
  });

  it('--stateful without --users prints the made-up password of admin', async () => {
    const run = spsMock('--stateful', '--port', '0');
    const url = await run.url;
    const password = /Log in as admin, password (\S+)/.exec(run.stdout())?.[1];
    expect(password).toBeDefined();
    const login = await fetch(`${url}/api/authentication`, { headers: { Authorization: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}` } });
    expect(login.status).toBe(200);
    run.kill('SIGTERM');
    expect(await run.exit).toBe(0);
  });

  // The two-operation description (--spec) is enough for what these two are about: Prism's process.
  it('stops and exits 1 when its Prism dies', async () => {
    const run = spsMock('--port', '0', '--spec', smallSpec);
    const url = await run.url;
    // It serves the description given: /api/info is in it, the DNS settings are not.
    expect((await fetch(`${url}/api/info`)).status).toBe(200);
    expect((await fetch(`${url}/api/configuration/network/dns`, { headers: cookie })).status).toBe(404);
    process.kill(prismOf(run), 'SIGKILL');
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toContain('sps-mock: Prism stopped unexpectedly');
    await expect(fetch(url)).rejects.toThrow();
  });

  it('leaves no Prism behind when it is killed outright', async () => {
    const run = spsMock('--port', '0', '--spec', smallSpec);
    const { port } = new URL(await run.url);
    const prismPid = prismOf(run);
    run.kill('SIGKILL');
    await run.exit;
    await expect.poll(() => isRunning(prismPid), { timeout: 5000 }).toBe(false);
    // Only connect: a request would make an orphaned Prism log, hit the closed pipe and die anyway.
    await expect.poll(() => acceptsConnections(Number(port)), { timeout: 5000 }).toBe(false);
  });
});
