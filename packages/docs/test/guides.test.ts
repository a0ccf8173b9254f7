/**
 * The guides as rendered for the site: the errata guide embeds spec/ERRATA.md, the errors guide lists every
 * error type, and the testing guide's workflow, the grant-access guide's curl scripts and TypeScript and the
 * search guide's curl calls run against the mock SPS.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { startMock } from '@sps-openapi/mock';
import { createValidator, loadBundle, operations, resolve, responseSchemaPointer, type JsonObject } from '@sps-openapi/kit';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { codeBlocks, markdownSection } from '../../../test/support/markdown.js';
import { linkTargets } from '../src/build.js';
import { guides, guidesDir, renderGuide } from '../src/guides.js';

const errataPath = fileURLToPath(new URL('../../../spec/ERRATA.md', import.meta.url));
const bundle = loadBundle();

/** The HTML of a guide's article, as the build renders it. */
async function rendered(slug: string): Promise<string> {
  const guide = guides.find((candidate) => candidate.slug === slug)!;
  return (await renderGuide(guide, linkTargets(bundle), { errata: errataPath })).html;
}

/** The visible text of an HTML page, whitespace collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** Markdown inline text as it reads once rendered: no backticks, bold or link syntax. */
const plain = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`|\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const curlToMock = fileURLToPath(new URL('./support/curl-to-mock.sh', import.meta.url));

/**
 * Runs a guide's script in bash, in `dir`, with the real curl and jq, sent to the mock at `mockUrl` instead
 * of sps.example.net (and without --cacert); a 4xx/5xx fails it. Answers what it printed, and every call
 * as `METHOD path` with its arguments (joined by spaces). Asynchronous, so that the mock may run in this
 * process.
 */
async function runGuideScript(script: string, { mockUrl, dir, env, timeoutMs }: { mockUrl: string; dir: string; env: NodeJS.ProcessEnv; timeoutMs: number }) {
  for (const tool of ['curl', 'jq']) {
    try {
      execFileSync('bash', ['-c', `command -v ${tool}`], { stdio: 'pipe' });
    } catch {
      throw new Error(`${tool} is needed to run the guide's curl scripts (Debian: apt-get install ${tool})`);
    }
  }
  const calls = join(dir, 'calls.jsonl');
  writeFileSync(calls, '');
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)('bash', ['-c', `source ${JSON.stringify(curlToMock)}\n${script}`], {
      cwd: dir,
      env: { ...process.env, ...env, MOCK_URL: mockUrl, CALLS: calls },
      timeout: timeoutMs,
      maxBuffer: 64 * 2 ** 20,
    }));
  } catch (error) {
    const { stdout: printed, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`the script failed after ${readFileSync(calls, 'utf8')}\n${stderr ?? ''}\n${printed ?? ''}`);
  }
  const made = readFileSync(calls, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [call, args] = line.split('\t');
      return { call: call!, args: args! };
    });
  return { stdout, calls: made };
}

describe('errata guide', () => {
  it('renders every section and every entry of spec/ERRATA.md', async () => {
    const errata = await readFile(errataPath, 'utf8');
    const text = textOf(await rendered('errata'));
    const headings = [...errata.matchAll(/^#{2,4} (.+)$/gm)].map((match) => plain(match[1]!));
    const entries = [...errata.matchAll(/\*\*(.+?)\*\*/g)].map((match) => plain(match[1]!));
    expect(headings.length).toBeGreaterThan(5);
    expect(entries.length).toBeGreaterThan(20);
    for (const phrase of [...headings, ...entries]) expect(text.includes(phrase), phrase).toBe(true);
  });

  it('is rendered from spec/ERRATA.md, not from a copy among the guides', async () => {
    const errata = await readFile(errataPath, 'utf8');
    const firstEntry = plain(/\*\*(.+?)\*\*/.exec(errata)![1]!);
    for (const file of await readdir(guidesDir)) {
      expect(plain(await readFile(join(guidesDir, file), 'utf8'))).not.toContain(firstEntry);
    }
  });
});

describe('errors guide', () => {
  /** Every error type the description documents (in examples or in error response descriptions), with its statuses. */
  function documentedErrorTypes(): Map<string, Set<string>> {
    const types = new Map<string, Set<string>>();
    const add = (type: string, status: string) => types.set(type, (types.get(type) ?? new Set()).add(status));
    for (const { operation } of operations(bundle)) {
      for (const [status, reference] of Object.entries(operation.responses as JsonObject)) {
        if (/^[23]/.test(status)) continue;
        const response = resolve(bundle, reference);
        for (const name of String(response.description ?? '').matchAll(/`([A-Z][a-z]+(?:[A-Z][a-z]*)+|[A-Z][a-z]{3,})`/g)) add(name[1]!, status);
        for (const media of Object.values((response.content ?? {}) as Record<string, JsonObject>)) {
          for (const example of Object.values((media.examples ?? {}) as JsonObject)) {
            const value = resolve(bundle, example).value as JsonObject;
            const type = (value?.error as JsonObject | undefined)?.type;
            if (typeof type === 'string') add(type, status);
          }
        }
      }
    }
    return types;
  }

  it('has a row for every documented error type, with its status', async () => {
    const html = await rendered('errors');
    const table = html.slice(html.indexOf('id="every-documented-error-type"'));
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((match) => match[1]!);
    const types = documentedErrorTypes();
    expect(types.size).toBeGreaterThanOrEqual(12);
    for (const [type, statuses] of types) {
      const row = rows.find((cells) => cells.includes(`<code>${type}</code>`));
      expect(row, `no row for ${type}`).toBeDefined();
      const status = textOf(/<td>([\s\S]*?)<\/td>/.exec(row!)![1]!).trim();
      for (const documented of statuses) {
        expect(status, type).toContain(documented === 'default' ? 'not documented' : documented);
      }
    }
  });
});

describe('renderGuide', () => {
  it('names the guide and the link when a link leads nowhere', async () => {
    const targets = { ...linkTargets(bundle), operation: () => undefined };
    const guide = guides.find((candidate) => candidate.slug === 'transactions')!;
    await expect(renderGuide(guide, targets, { errata: errataPath })).rejects.toThrow(/transactions\.md: link to an unknown operation: ref:/);
  });
});

describe('testing guide: "Test a whole workflow"', () => {
  /** The code blocks of one section of a guide, by language. */
  async function blocks(slug: string, heading: string, language: string): Promise<string[]> {
    const markdown = await readFile(join(guidesDir, guides.find((guide) => guide.slug === slug)!.file), 'utf8');
    return codeBlocks(markdownSection(markdown, heading), language);
  }

  it('renders with its snippets', async () => {
    const text = textOf(await rendered('testing'));
    expect(text).toContain('Test a whole workflow');
    expect(text).toContain('sps-mock --stateful');
  });

  it('its curl session runs against the stateful mock and reads the committed change back', async () => {
    const [start, session] = await blocks('testing', 'Test a whole workflow', 'sh');
    expect(start).toContain('sps-mock --stateful --port 4011 --users admin:secret,colleague:secret2');
    const mock = await startMock({ stateful: true, users: { admin: 'secret', colleague: 'secret2' } });
    const dir = await mkdtemp(join(tmpdir(), 'sps-guide-'));
    try {
      const script = session!.replace('mock=http://127.0.0.1:4011', `mock=${mock.url}`);
      expect(script).not.toBe(session);
      const { stdout } = await promisify(execFile)('bash', ['-e', '-c', script], { cwd: dir, timeout: 20_000 });
      // curl prints each JSON answer without a line break after it.
      const answers = stdout.trim().replace(/\}\s*\{/g, '}\n{').split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(answers.at(-1)).toMatchObject({ key: 'dns', body: { primary: '192.0.2.53', secondary: null } });
      expect(answers).toContainEqual(expect.objectContaining({ changes: [expect.objectContaining({ type: 'replace', path: '/api/configuration/network/dns' })] }));
    } finally {
      await mock.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('its TypeScript program runs: the commit is read back, the colleague met the lock', async () => {
    const [program] = await blocks('testing', 'Test a whole workflow', 'ts');
    // Inside this package, so that its imports resolve like a consumer's; vitest compiles it on import.
    const dir = await mkdtemp(join(fileURLToPath(new URL('.', import.meta.url)), '.guide-'));
    try {
      const file = join(dir, 'workflow.ts');
      await writeFile(file, program!);
      await expect(import(pathToFileURL(file).href)).resolves.toBeDefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('grant-access guide against the mock SPS', () => {
  const markdown = readFileSync(join(guidesDir, 'grant-access.md'), 'utf8');
  const blocks = (language: 'sh' | 'ts') => codeBlocks(markdown, language);
  const sessionId = 'a1f71d030e657634730b9e887cb59a5e56162860';
  const password = 'not-a-real-password-4711';
  const dir = mkdtempSync(join(tmpdir(), 'sps-docs-guide-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The calls of the walk-through, in curl and in TypeScript alike: everything in one transaction. */
  const walkThrough = [
    'POST /api/transaction',
    'POST /api/configuration/passwords',
    'POST /api/configuration/aaa/local_database/users',
    'POST /api/configuration/aaa/local_database/groups',
    'POST /api/configuration/ssh/channel_policies',
    'POST /api/configuration/ssh/connections',
    'GET /api/transaction/changes',
    'PUT /api/transaction',
  ];
  const runScript = async (script: string) =>
    (await runGuideScript(script, { mockUrl: inject('mockUrl'), dir, env: { SPS_SESSION_ID: sessionId, ALICE_PASSWORD: password }, timeoutMs: 60_000 })).calls;

  it('has two curl scripts and one TypeScript example', () => {
    expect([blocks('sh').length, blocks('ts').length]).toEqual([2, 1]);
  });

  it('the curl walk-through creates every object in one transaction, and the password is on no command line', async () => {
    const calls = await runScript(blocks('sh')[0]!);
    expect(calls.map(({ call }) => call)).toEqual(walkThrough);
    expect(JSON.stringify(calls)).not.toContain(password);
  });

  it('the curl script for an existing group reads it and puts it back with the new member', async () => {
    const calls = await runScript(blocks('sh')[1]!);
    const group = '/api/configuration/aaa/local_database/groups/ca2dc85730ca082ee6b5c8';
    expect(calls.map(({ call }) => call)).toEqual(['POST /api/transaction', `GET ${group}`, `PUT ${group}`, 'PUT /api/transaction']);
  });

  it('the TypeScript example makes the same calls through the client', async () => {
    const client = createRequire(import.meta.url).resolve('@sps-openapi/client');
    const sent: string[] = [];
    const preamble = [
      `import { createSpsClient } from ${JSON.stringify(client)};`,
      `const sps = createSpsClient({ baseUrl: ${JSON.stringify(inject('mockUrl'))}, sessionId: ${JSON.stringify(sessionId)},`,
      `  fetch: (request, init) => ((globalThis as any).guideRequests.push(request.method + ' ' + new URL(request.url).pathname), fetch(request, init)) });`,
    ].join('\n');
    const file = join(dir, 'grant-access.ts');
    writeFileSync(file, `${preamble}\n${blocks('ts')[0]!.replaceAll("'@sps-openapi/client'", JSON.stringify(client))}\nexport {};\n`);
    const output: unknown[][] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void output.push(args));
    vi.stubEnv('ALICE_PASSWORD', password);
    Object.assign(globalThis, { guideRequests: sent });
    try {
      await import(pathToFileURL(file).href);
    } finally {
      log.mockRestore();
      vi.unstubAllEnvs();
    }
    expect(sent).toEqual(walkThrough);
    expect(output.at(-1)?.[0]).toBe('connection policy');
  });
});

describe('search guide against the stateful mock', () => {
  const markdown = readFileSync(join(guidesDir, 'search.md'), 'utf8');
  const blocks = (language: 'sh' | 'json') => codeBlocks(markdown, language);
  const trailKey = 'rUhhQZ3jYsY1NDWYp9DEpq';

  it('its answer of a search matches the schema of the documented 200', () => {
    const search = operations(bundle).find(({ operation }) => operation.operationId === 'searchSessions')!;
    const validate = createValidator(bundle)(responseSchemaPointer(bundle, search, 200));
    const [answer] = blocks('json');
    expect(validate(JSON.parse(answer!)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('every curl call runs (the snapshot loop to its end), each answered with a 2xx', async () => {
    const scripts = blocks('sh');
    expect(scripts).toHaveLength(4);
    expect(scripts[3]).toContain(trailKey);
    const mock = await startMock({ stateful: true, users: { admin: 'secret' }, sessions: 1200 });
    const dir = await mkdtemp(join(tmpdir(), 'sps-guide-search-'));
    try {
      const login = await fetch(`${mock.url}/api/authentication`, { headers: { Authorization: `Basic ${Buffer.from('admin:secret').toString('base64')}` } });
      const sessionId = /session_id=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1]!;
      const cookie = { Cookie: `session_id=${sessionId}` };
      const [first] = ((await (await fetch(`${mock.url}/api/audit/sessions?limit=1`, { headers: cookie })).json()) as { items: { key: string }[] }).items;
      const outputs: string[] = [];
      const made: string[] = [];
      for (const script of scripts) {
        // The trail is downloaded for a session the mock recorded, in place of the guide's example key.
        const run = await runGuideScript(script.replaceAll(trailKey, first!.key), { mockUrl: mock.url, dir, env: { SPS_SESSION_ID: sessionId }, timeoutMs: 30_000 });
        outputs.push(run.stdout);
        made.push(...run.calls.map(({ call }) => call));
      }
      expect(made).toEqual([
        'GET /api/audit/sessions',
        'GET /api/audit/sessions/_snapshot',
        'GET /api/audit/sessions?snapshot=…&fields=*',
        'GET /api/audit/sessions?…',
        'GET /api/audit/sessions?…',
        'GET /api/audit/sessions/_count',
        `GET /api/audit/sessions/${first!.key}/audit_trail`,
      ].map((call) => expect.stringMatching(new RegExp(`^${call.replace(/[?*]/g, '\\$&').replace('…', '.+')}$`))));
      // The snapshot loop printed every recorded session once.
      expect(outputs[1]!.trim().split('\n')).toHaveLength(1200);
      expect(JSON.parse(outputs[2]!)).toEqual({ count: expect.any(Number) });
      expect(readFileSync(join(dir, `${first!.key}.zat`)).length).toBeGreaterThan(0);
    } finally {
      await mock.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
