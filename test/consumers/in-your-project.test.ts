/**
 * The CI snippets of the "Use it in your project" guide, executed: the shell of the GitHub Actions step
 * and of the GitLab CI job (taken from the parsed YAML) and the validating proxy's script run in bash, in
 * a project where npm installed the packed packages, with `npm test` calling the client. They start the
 * packed mock or proxy, wait for it, run the tests and stop it — also when the tests fail.
 */
import { readdir, readFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { makeTestCertificates } from '../../packages/client/test/support/certificates.js';
import { acceptsConnections } from '../../packages/mock/src/port.js';
import { codeBlocks } from '../support/markdown.js';
import { repoRoot } from './support/packages.js';
import { freePort, preparedConsumer, runToEnd, stopAll, userEnvironment } from './support/prepared.js';

const guide = await readFile(join(repoRoot, 'packages/docs/guides/in-your-project.md'), 'utf8');
const blocks = (language: string) => codeBlocks(guide, language);

type GithubWorkflow = { jobs: Record<string, { steps?: { run?: string }[] }> };
type GitlabCi = Record<string, { script?: string[] }>;
const documents = blocks('yaml').map((text) => parse(text) as Record<string, unknown>);
const githubStep = documents
  .filter((document): document is GithubWorkflow => 'jobs' in document)
  .flatMap((document) => Object.values(document.jobs))
  .flatMap((job) => job.steps ?? [])
  .find((step) => step.run?.includes('sps-mock'))?.run;
const gitlabScript = documents
  .filter((document): document is GitlabCi => !('jobs' in document))
  .flatMap((document) => Object.values(document))
  .flatMap((job) => job.script ?? [])
  .find((line) => line.includes('sps-mock'));
const proxyScript = blocks('sh').find((code) => code.includes('sps-mock proxy'));

/** `npm test` of the CI project: logs in with the client and reads the DNS settings, at SPS_URL. */
const testScript = `
import { createSpsClient, unwrap } from '@sps-openapi/client';
const sps = createSpsClient({ baseUrl: process.env.SPS_URL });
await sps.login({ username: 'admin', password: 'staging-secret' });
const dns = await unwrap(sps.GET('/api/configuration/network/dns'));
console.log('tests ran: primary DNS', dns.body.primary);
if (process.env.MAKE_TESTS_FAIL) process.exit(1);
`;

let ci: string;
let certificates: ReturnType<typeof makeTestCertificates>;

beforeAll(async () => {
  const { project } = await preparedConsumer();
  // A project of its own (package.json with a test script) on the installed packages.
  ci = join(project, '..', 'ci-project');
  await mkdir(ci);
  await symlink(join(project, 'node_modules'), join(ci, 'node_modules'), 'dir');
  await writeFile(join(ci, 'package.json'), JSON.stringify({ name: 'ci-project', private: true, type: 'module', scripts: { test: 'node sps.test.mjs' } }));
  await writeFile(join(ci, 'sps.test.mjs'), testScript);
  certificates = makeTestCertificates();
  await writeFile(join(ci, 'sps-ca.pem'), certificates.ca);
}, 400_000);

const servers: Server[] = [];
const snippetPorts = new Set<number>();
afterAll(async () => {
  for (const server of servers) server.close();
  await stopAll();
  await stopLeftovers();
});

/**
 * A snippet that failed to stop its mock leaves it in a process group of its own, out of `stopAll`'s
 * reach: end any sps-mock that still runs with a port of ours, by its process ID.
 */
async function stopLeftovers() {
  for (const pid of (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry))) {
    const argv = await readFile(`/proc/${pid}/cmdline`, 'utf8').then((text) => text.split('\0'), (): string[] => []);
    const port = Number(argv[argv.indexOf('--port') + 1]);
    if (argv.some((arg) => arg.endsWith('sps-mock')) && snippetPorts.has(port)) process.kill(Number(pid), 'SIGKILL');
  }
}

/** Waits (at most 10 s) until nothing listens on the port any more. */
async function released(port: number): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (!(await acceptsConnections(port))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * Runs a snippet as the CI would (bash, -e, pipefail), or with `errexit: false` as a plain script would,
 * with its port 4010 replaced by a free one.
 */
async function runSnippet(script: string, env: NodeJS.ProcessEnv = {}, { errexit = true } = {}) {
  const port = await freePort();
  snippetPorts.add(port);
  expect(script).toContain('4010');
  const options = errexit ? ['-eo', 'pipefail'] : [];
  const result = await runToEnd('bash', ['--noprofile', '--norc', ...options, '-c', script.replaceAll('4010', String(port))], {
    cwd: ci,
    env: userEnvironment(env),
    timeoutMs: 120_000,
  });
  return { ...result, port };
}

// Each snippet runs its own processes: all of them run at once.
describe.concurrent('"Use it in your project"', () => {
  describe('the mock in CI', () => {
    it('has a GitHub Actions step and a GitLab CI job with the same script, which starts `npx sps-mock`', () => {
      expect(githubStep).toMatch(/^npx sps-mock --port 4010 &$/m);
      expect(gitlabScript).toBe(githubStep);
    });

    it("the GitHub Actions step starts the packed mock, waits for it, runs the tests against it and stops it", async () => {
      const { code, output, port } = await runSnippet(githubStep!);
      expect(output).toContain('Mock SPS listening on http://127.0.0.1:');
      expect(output).toMatch(/tests ran: primary DNS \S+/);
      expect(code, output).toBe(0);
      expect(await released(port), 'the mock still listens after the job').toBe(true);
    }, 120_000);

    it('the GitLab CI job stops the mock also when the tests fail, and fails', async () => {
      const { code, output, port } = await runSnippet(gitlabScript!, { MAKE_TESTS_FAIL: '1' });
      expect(output).toMatch(/tests ran: primary DNS \S+/);
      expect(code, output).not.toBe(0);
      expect(await released(port), 'the mock still listens after the job').toBe(true);
    }, 120_000);
  });

  describe('the validating proxy in front of a staging appliance', () => {
    /**
     * A stand-in for the staging appliance: HTTPS with a certificate of the test CA (sps-ca.pem), relaying
     * to a mock (the run's shared one: test/setup/mock.ts); with `breakDns`, its DNS settings answer breaks
     * the contract.
     */
    async function stagingAppliance(upstream: string, breakDns: boolean): Promise<string> {
      const server = createHttpsServer({ cert: certificates.serverCert, key: certificates.serverKey }, (incoming, outgoing) => {
        if (breakDns && incoming.url === '/api/configuration/network/dns') {
          outgoing.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ key: 'dns', body: { primary: 53 } }));
          return;
        }
        const forward = httpRequest(new URL(incoming.url ?? '/', upstream), { method: incoming.method, headers: incoming.headers }, (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        });
        forward.once('error', () => outgoing.destroy());
        incoming.pipe(forward);
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `https://127.0.0.1:${(server.address() as { port: number }).port}`;
    }

    it('has the script', () => {
      expect(proxyScript).toMatch(/sps-mock proxy "\$SPS_STAGING_URL" --ca sps-ca\.pem --port 4010 &/);
    });

    it.each([
      { appliance: 'keeps to the contract', breakDns: false, exitCode: 0, exits: 'code 0', verdict: '✔ no contract violations seen' },
      { appliance: 'breaks the contract', breakDns: true, exitCode: 1, exits: 'code 1', verdict: '✖ GET /api/configuration/network/dns → 200' },
    ])('when the appliance $appliance, the job runs the tests through the proxy and exits with $exits (without set -e too)', async ({ breakDns, exitCode, verdict }) => {
      const staging = await stagingAppliance(inject('mockUrl'), breakDns);
      // Without errexit: the script itself must turn the proxy's verdict into the job's exit code.
      const { code, output, port } = await runSnippet(proxyScript!, { SPS_STAGING_URL: staging }, { errexit: false });
      expect(output).toContain(`Validating proxy listening on http://127.0.0.1:${port}, forwarding to ${staging}`);
      expect(output).toContain('tests ran: primary DNS');
      expect(output).toContain(verdict);
      expect(code, output).toBe(exitCode);
      expect(await released(port), 'the proxy still listens after the job').toBe(true);
    }, 120_000);
  });
});
