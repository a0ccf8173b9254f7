import { describe, expect, it } from 'vitest';
import { createValidator, loadBundle, mediaTypeExamples } from '@sps-openapi/kit';

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
