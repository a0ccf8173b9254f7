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
