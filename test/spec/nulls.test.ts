/**
 * Nulls as SPS sends them (spec/README.md, "Nulls"): the response fields that admit `null` are exactly
 * those of test/fixtures/nulls.yaml, and each one, set to `null` in the first named response example that
 * has it, still validates — so a validating proxy in front of an appliance does not report a null that
 * SPS legitimately sends. Fields that must not be `null` still fail.
 */
import { createValidator, loadBundle } from '@sps-openapi/kit';
import { describe, expect, it } from 'vitest';
import { decidedNullableFields, nullableResponseFields, nullVariants, type NullVariant } from '../support/null-variants.js';

const bundle = loadBundle();
const validatorFor = createValidator(bundle);
const schemas = '#/components/schemas/';
const decided = decidedNullableFields();
const decidedFields = Object.values(decided).flat();
const fields = nullableResponseFields(bundle);
const variants = nullVariants(bundle, fields);

const label = ({ field, example, path }: NullVariant) =>
  `${field.replace(schemas, '')} = null in ${String(example.operation.operation.operationId)} ${example.status} ${example.name} at ${path.join('.')}`;

describe('response fields that admit null', () => {
  it('are the decided ones of test/fixtures/nulls.yaml, in its four classes', () => {
    expect(Object.keys(decided)).toEqual(['shown', 'not-happened', 'optional-setting', 'optional-text']);
    const undecided = fields.filter((field) => !decidedFields.includes(field));
    const lost = decidedFields.filter((field) => !fields.includes(field));
    expect(
      { undecided, lost },
      'A response field admits null without a decision (add it to test/fixtures/nulls.yaml under its class of spec/ERRATA.md), ' +
        'or a decided one no longer admits it',
    ).toEqual({ undecided: [], lost: [] });
  });

  it('each appear in a response example, where null is meant to pass', () => {
    const exemplified = new Set(variants.map(({ field }) => field));
    expect(fields.filter((field) => !exemplified.has(field))).toEqual([]);
  });

  it.each(variants.map((variant) => [label(variant), variant] as const))('%s validates', (_, { example, value }) => {
    const validate = validatorFor(example.schemaPointer);
    expect(validate(value), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
});

/** Fields SPS always fills, or whose unset value the sources document as something else than `null`. */
const neverNull: Record<string, string> = {
  'DnsSettings/properties/primary': 'the primary name server is always set',
  'Meta/properties/href': 'every resource has a path',
  'TransactionState/properties/status': '`closed` when no transaction is open',
  'FirmwareFetchJob/properties/status': 'a closed enum of job states',
  'ClusterNodeStatus/properties/fqdn': 'every node has a name',
  'AaaSettings/properties/authentication_banner': 'an empty string shows no banner',
  'StarlingJoinStatus/properties/internet_connection/properties/error': 'the string `N/A` when there is no error',
  'AuditPageMeta/allOf/1/properties/first': 'a basic-mode page always links the first page',
};

describe('response fields that must not be null', () => {
  const refused = nullVariants(
    bundle,
    Object.keys(neverNull).map((field) => `${schemas}${field}`),
    { anywhere: true },
  );

  it('each appear in a response example', () => {
    expect(refused.map(({ field }) => field.replace(schemas, ''))).toEqual(Object.keys(neverNull));
  });

  it.each(refused.map((variant) => [`${label(variant)} (${neverNull[variant.field.replace(schemas, '')]})`, variant] as const))(
    '%s is refused',
    (_, { example, value }) => {
      expect(validatorFor(example.schemaPointer)(value)).toBe(false);
    },
  );
});
