import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createValidator, loadBundle, mediaTypeExamples, operations, pathPattern } from '@sps-openapi/kit';

const bundle = loadBundle();
const validatorFor = createValidator(bundle);
const examples = mediaTypeExamples(bundle);

describe('named examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example) => [example.label, example]))('%s validates against its schema', (_, example) => {
    const validate = validatorFor(example.schemaPointer);
    expect(validate(example.value), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
});

describe('example files (spec/components/README.md)', () => {
  const dir = fileURLToPath(new URL('../../spec/components/examples/', import.meta.url));
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml'));
  const descriptions = files.map((file) => [relative(dir, join(dir, file)), String((parse(readFileSync(join(dir, file), 'utf8')) as { description?: unknown }).description ?? '')] as const);

  it('say where each comes from: a vendor sample verbatim, completed from a cut one, or written for this project', () => {
    expect(files.length).toBeGreaterThan(100);
    const unsaid = descriptions.filter(([, text]) => !/verbatim/i.test(text) && !/^(Written|Completed) for this project/.test(text.trim()));
    expect(unsaid).toEqual([]);
  });
});

describe('default answers (the first named example, which the mock answers unless asked for another)', () => {
  it('GET /api/transaction answers the current shape: body with commit_message, meta with remaining_seconds', () => {
    const [first] = examples.filter((example) => example.label.startsWith('GET /api/transaction → 200 '));
    expect(first?.value).toMatchObject({
      body: { status: expect.any(String), commit_message: expect.any(String) },
      meta: { remaining_seconds: expect.any(Number) },
    });
  });
});

describe('links between the cluster answers (a client follows them through the validating proxy)', () => {
  const reads = operations(bundle)
    .filter(({ method }) => method === 'get')
    .map(({ path }) => pathPattern(path));
  const linksIn = (value: unknown): string[] =>
    typeof value !== 'object' || value === null
      ? []
      : Object.entries(value).flatMap(([name, inner]) => [
          ...(name === 'meta' && typeof inner === 'object' && inner !== null
            ? Object.values(inner).filter((link): link is string => typeof link === 'string' && link.startsWith('/api/'))
            : []),
          ...linksIn(inner),
        ]);
  const links = examples
    .filter(({ label }) => /^\w+ \/api\/cluster\/(status|nodes|promote)\b.* → 2/.test(label))
    .flatMap(({ label, value }) => [...new Set(linksIn(value))].map((link) => [label, link] as const));

  it('include the status link of a node', () => {
    expect(links.map(([, link]) => link)).toContain('/api/cluster/status/46f97a58-4028-467d-9a22-9cfe78ae3e1c');
  });

  it.each(links)('%s links %s, which a modelled GET answers', (_, link) => {
    expect(reads.some((read) => read.test(link))).toBe(true);
  });
});
