/**
 * @sps-openapi/mock as a user meets it: installed with npm from its tarball, run under plain Node.js
 * (no tsx, no TypeScript): `startMock()` and `startProxy()` from `node --input-type=module -e`, and the
 * `sps-mock` command in each of its modes.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Prepared } from './support/packages.js';
import { preparedConsumer, runToEnd, start, stopAll } from './support/prepared.js';

const cookie = 'session_id=a1f71d030e657634730b9e887cb59a5e56162860';

let prepared: Prepared;
beforeAll(async () => {
  prepared = await preparedConsumer();
}, 330_000);
afterAll(stopAll);

/** The installed command itself (what npx runs), so that a signal reaches sps-mock and its exit code is its own. */
const spsMock = (...args: string[]) => start(join(prepared.project, 'node_modules', '.bin', 'sps-mock'), args, { cwd: prepared.project, timeoutMs: 60_000 });

// Each test waits on its own child processes: all of them run at once.
describe.concurrent('the mock installed with npm', () => {
  describe('the API under plain Node.js', () => {
    it('`node --input-type=module -e` starts the mock and a proxy in front of it, fetches through both, stops them', async () => {
      const script = `
        import { startMock, startProxy } from '@sps-openapi/mock';
        const headers = { Cookie: ${JSON.stringify(cookie)} };
        const mock = await startMock();
        const direct = await fetch(mock.url + '/api/transaction', { headers });
        // Malformed JSON is answered at once with a 400: the pinned Prism versions, not the latest ones, which hang.
        // The timeout also bounds reading the body: read it now, not after the proxy has started.
        const malformedResponse = await fetch(mock.url + '/api/transaction', {
          method: 'PUT', headers: { ...headers, 'Content-Type': 'application/json' }, body: '{"status":', signal: AbortSignal.timeout(10_000),
        });
        const malformed = [malformedResponse.status, await malformedResponse.text()];
        const proxy = await startProxy({ upstream: mock.url });
        const proxied = await fetch(proxy.url + '/api/configuration/network/dns', { headers });
        await proxy.stop();
        await mock.stop();
        console.log(JSON.stringify({
          direct: [direct.status, (await direct.json()).key],
          malformed,
          proxied: [proxied.status, (await proxied.json()).key],
          violations: proxy.violations,
        }));
      `;
      const { code, output } = await runToEnd(process.execPath, ['--input-type=module', '-e', script], { cwd: prepared.project, timeoutMs: 60_000 });
      expect(code, output).toBe(0);
      const result = JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, unknown>;
      expect(result).toEqual({
        direct: [200, 'transaction'],
        malformed: [400, expect.stringContaining('invalid_json')],
        proxied: [200, 'dns'],
        violations: [],
      });
    }, 90_000);

    it('resolves Prism and the spec from the installed packages, never from the workspace', async () => {
      const script = `
        import { createRequire } from 'node:module';
        const require = createRequire(import.meta.resolve('@sps-openapi/mock'));
        console.log(JSON.stringify([import.meta.resolve('@sps-openapi/mock'), require.resolve('@stoplight/prism-cli/dist/index.js'), require.resolve('@sps-openapi/spec/openapi.json')]));
      `;
      const { code, output } = await runToEnd(process.execPath, ['--input-type=module', '-e', script], { cwd: prepared.project, timeoutMs: 30_000 });
      expect(code, output).toBe(0);
      for (const path of JSON.parse(output) as string[]) expect(path.replace(/^file:\/\//, '')).toContain(join(prepared.project, 'node_modules'));
    });
  });

  describe('the sps-mock command', () => {
    it('--help prints the usage; a bad flag exits with 2', async () => {
      const help = await runToEnd('npx', ['sps-mock', '--help'], { cwd: prepared.project, timeoutMs: 30_000 });
      expect(help.output).toContain('sps-mock proxy <upstream-url>');
      expect(help.code).toBe(0);
      const bad = await runToEnd('npx', ['sps-mock', '--bogus'], { cwd: prepared.project, timeoutMs: 30_000 });
      expect(bad.output).toContain("sps-mock: Unknown option '--bogus'");
      expect(bad.code).toBe(2);
    }, 60_000);

    it('serves generated data with --dynamic (the examples: client.test.ts); SIGTERM stops it with 0', async () => {
      const mock = spsMock('--port', '0', '--dynamic');
      const [, url] = await mock.waitFor(/Mock SPS listening on (http:\/\/\S+) \(generated data\)/);
      const answer = await fetch(`${url}/api/configuration/network/dns`, { headers: { Cookie: cookie } });
      expect(answer.status).toBe(200);
      expect(((await answer.json()) as { body: object }).body).toHaveProperty('primary');
      expect(await mock.stop()).toBe(0);
    }, 90_000);

    it('--stateful: log in, change DNS in a transaction, commit, read it back; a wrong password is refused; SIGTERM stops it with 0', async () => {
      const mock = spsMock('--stateful', '--port', '0', '--users', 'admin:secret');
      const [, url] = await mock.waitFor(/Stateful mock SPS listening on (http:\/\/\S+)/);
      const basic = (password: string) => ({ Authorization: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}` });

      const refused = await fetch(`${url}/api/authentication`, { headers: basic('wrong') });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('set-cookie')).toBeNull();
      expect(((await refused.json()) as { error: { type: string } }).error.type).toBe('AuthenticationFailure');

      const login = await fetch(`${url}/api/authentication`, { headers: basic('secret') });
      expect(login.status).toBe(200);
      await login.arrayBuffer();
      const session = /session_id=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
      expect(session).toMatch(/^[0-9a-f]{16,}$/);
      const headers = { Cookie: `session_id=${session}`, 'Content-Type': 'application/json' };
      const call = async (method: string, path: string, body?: unknown) => {
        const answer = await fetch(`${url}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
        return { status: answer.status, json: (await answer.json()) as { body?: Record<string, unknown> } };
      };

      expect((await call('POST', '/api/transaction')).status).toBe(200);
      expect((await call('PUT', '/api/configuration/network/dns', { primary: '192.0.2.53', secondary: null })).status).toBe(200);
      expect((await call('PUT', '/api/transaction', { status: 'commit' })).status).toBe(200);
      const dns = await call('GET', '/api/configuration/network/dns');
      expect(dns).toMatchObject({ status: 200, json: { body: { primary: '192.0.2.53', secondary: null } } });

      expect(await mock.stop()).toBe(0);
      expect(mock.output()).not.toContain('secret');
    }, 90_000);

    it('`sps-mock proxy` validates what passes through it and exits 0 without a violation', async () => {
      const upstream = spsMock('--port', '0');
      const [, upstreamUrl] = await upstream.waitFor(/listening on (http:\/\/\S+)/);
      const proxy = spsMock('proxy', upstreamUrl!, '--port', '0');
      const [, proxyUrl] = await proxy.waitFor(/Validating proxy listening on (http:\/\/\S+),/);
      const answer = await fetch(`${proxyUrl}/api/transaction`, { headers: { Cookie: cookie } });
      expect(answer.status).toBe(200);
      await answer.arrayBuffer();
      expect(await proxy.stop()).toBe(0);
      expect(proxy.output()).toContain('✔ no contract violations seen');
      expect(await upstream.stop()).toBe(0);
    }, 90_000);
  });
});
