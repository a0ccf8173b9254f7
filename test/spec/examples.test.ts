import { describe, expect, it } from 'vitest';
import { createValidator, loadBundle, mediaTypeExamples, operations } from '@sps-openapi/kit';

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
    .map(({ path }) => new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`));
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
