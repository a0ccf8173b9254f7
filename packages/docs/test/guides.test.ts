/** The guides as rendered for the site: the errata guide embeds spec/ERRATA.md, the errors guide lists every error type. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { startMock } from '@sps-openapi/mock';
import { loadBundle, operations, resolve, type JsonObject } from '@sps-openapi/kit';
import { describe, expect, it } from 'vitest';
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
    const start = markdown.indexOf(`## ${heading}\n`);
    expect(start).toBeGreaterThan(-1);
    const section = markdown.slice(start, markdown.indexOf('\n## ', start + 1));
    return [...section.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((match) => match[1]!);
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
