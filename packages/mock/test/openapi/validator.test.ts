import { describe, expect, it } from 'vitest';
import { createValidator } from '../../src/openapi/validator.js';

describe('createValidator', () => {
  const document = {
    components: {
      schemas: {
        Dns: {
          type: 'object',
          required: ['primary'],
          properties: { primary: { type: 'string', format: 'ipv4' }, secondary: { $ref: '#/components/schemas/Address' } },
          additionalProperties: false,
        },
        Address: { type: ['string', 'null'], format: 'ipv4' },
      },
    },
  };
  const validatorFor = createValidator(document);

  it('validates against a schema of the document by JSON pointer, $refs and formats included', () => {
    const validate = validatorFor('#/components/schemas/Dns');
    expect(validate({ primary: '192.0.2.1', secondary: null })).toBe(true);
    expect(validate({ primary: '192.0.2' })).toBe(false);
    expect(validate({ primary: '192.0.2.1', secondary: 'dns.example' })).toBe(false);
    expect(validate({ primary: '192.0.2.1', tertiary: '192.0.2.3' })).toBe(false);
  });

  it('lists every problem, not just the first', () => {
    const validate = validatorFor('#/components/schemas/Dns');
    validate({ secondary: 1, extra: true });
    expect(validate.errors?.map((error) => error.keyword).sort()).toEqual(['additionalProperties', 'required', 'type']);
  });

  it('compiles each schema once', () => {
    expect(validatorFor('#/components/schemas/Address')).toBe(validatorFor('#/components/schemas/Address'));
  });
});
