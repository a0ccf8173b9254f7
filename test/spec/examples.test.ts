import { describe, expect, it } from 'vitest';
import { createValidator, mediaTypeExamples } from '../support/openapi.js';

const validatorFor = createValidator();
const examples = mediaTypeExamples();

describe('named examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example) => [example.label, example]))('%s validates against its schema', (_, example) => {
    const validate = validatorFor(example.schemaPointer);
    expect(validate(example.value), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
});
