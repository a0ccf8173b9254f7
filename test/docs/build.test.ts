/** What the docs build generates, checked on the files it writes (no browser). */
import { readFile, readdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { augmentForDocs, buildDocs, guidesDir, linkTargets, PageRenderer, undocumentedBodies } from '@sps-openapi/docs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, locate, operations, type JsonObject } from '../support/openapi.js';

const errataPath = fileURLToPath(new URL('../../spec/ERRATA.md', import.meta.url));
let site: string;

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'sps-docs-build-'));
  await buildDocs({ outDir: site });
});

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

const page = (path: string) => readFile(join(site, path), 'utf8');

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
    const text = textOf(await page('guides/errata.html'));
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
    for (const { operation } of operations()) {
      for (const [status, reference] of Object.entries(operation.responses as JsonObject)) {
        if (/^[23]/.test(status)) continue;
        const [response] = locate(reference, '');
        for (const name of String(response.description ?? '').matchAll(/`([A-Z][a-z]+(?:[A-Z][a-z]*)+|[A-Z][a-z]{3,})`/g)) add(name[1]!, status);
        for (const media of Object.values((response.content ?? {}) as Record<string, JsonObject>)) {
          for (const example of Object.values((media.examples ?? {}) as JsonObject)) {
            const value = locate<JsonObject>(example, '')[0].value as JsonObject;
            const type = (value?.error as JsonObject | undefined)?.type;
            if (typeof type === 'string') add(type, status);
          }
        }
      }
    }
    return types;
  }

  it('has a row for every documented error type, with its status', async () => {
    const html = await page('guides/errors.html');
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

describe('links of the guides', () => {
  const targets = linkTargets(bundle);

  it('turns code spans that name an operation into links to the reference', () => {
    const html = new PageRenderer(targets).render('`POST /api/transaction`, `commitTransaction`, `GET /api/nowhere`, `session_id`');
    expect(html).toContain('<a class="operation" href="../reference/#/transactions/opentransaction"><code>POST /api/transaction</code></a>');
    expect(html).toContain('<a class="operation" href="../reference/#/transactions/committransaction"><code>commitTransaction</code></a>');
    expect(html).toContain('<code>GET /api/nowhere</code>');
    expect(html).not.toContain('nowhere"');
    expect(html).toContain('<code>session_id</code>');
  });

  it('resolves ref: and .md links, and refuses ones that lead nowhere', () => {
    const html = new PageRenderer(targets).render('[open](ref:openTransaction) and [errors](errors.md#what-to-retry)');
    expect(html).toContain('href="../reference/#/transactions/opentransaction"');
    expect(html).toContain('href="errors.html#what-to-retry"');
    expect(() => new PageRenderer(targets).render('[x](ref:noSuchOperation) and [y](nowhere.md)')).toThrow(
      /unknown operation: ref:noSuchOperation\nlink to an unknown guide: nowhere\.md/,
    );
  });

  it('gives headings unique ids and lists them', () => {
    const renderer = new PageRenderer(targets);
    const html = renderer.render('# Title\n\n## The 409 lock\n\n## The 409 lock\n', { dropTitle: true });
    expect(html).not.toContain('Title');
    expect(renderer.headings.map((heading) => heading.id)).toEqual(['the-409-lock', 'the-409-lock-2']);
  });
});

describe('reference document', () => {
  const before = JSON.stringify(bundle);
  const augmented = augmentForDocs(bundle);

  it('adds a curl and a TypeScript sample to every operation, without touching the bundle', () => {
    expect(JSON.stringify(bundle)).toBe(before);
    const samples = operations(augmented).map(({ operation }) => (operation['x-codeSamples'] as JsonObject[]).map((sample) => sample.label));
    expect(samples).toHaveLength(operations().length);
    for (const labels of samples) expect(labels).toEqual(['curl', 'TypeScript']);
  });

  it('puts a visible note on operations whose bodies are undocumented, and only there', () => {
    const described = (operationId: string) =>
      String(operations(augmented).find(({ operation }) => operation.operationId === operationId)!.operation.description);
    // The flag on the response envelope, on its `body` only, and nowhere.
    expect(described('updateDnsSettings')).toMatch(/^> \*\*Undocumented body\.\*\* .* the 200 and 201 response body/);
    expect(described('getNetworkNaming')).toMatch(/^> \*\*Undocumented body\.\*\* .* the 200 response body/);
    expect(described('getDnsSettings')).not.toContain('Undocumented body');
    const noted = operations(augmented).filter(({ operation }) => String(operation.description).includes('Undocumented body'));
    expect(noted.map(({ operation }) => operation.operationId)).toEqual(
      operations()
        .filter(({ operation }) => undocumentedBodies(bundle, operation).length > 0)
        .map(({ operation }) => operation.operationId),
    );
    expect(noted.length).toBeGreaterThanOrEqual(10);
  });
});
