import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../../scripts/lib/breaking/check.js';
import { report } from '../../../../scripts/lib/breaking/report.js';

const compared = (fields: Partial<Extract<Outcome, { base: unknown }>>): Outcome => ({
  base: { ref: 'HEAD~1', commit: '0123456789abcdef0123', why: 'the previous commit', version: '0.1.0' },
  version: '0.1.0',
  breaking: [],
  other: 2,
  acceptedBy: [],
  ...fields,
});

const removed = {
  rule: 'property-removed',
  message: 'Property `size` of `body` was removed.',
  pointer: '#/components/schemas/Item/properties/size',
  operations: ['GET /items (listItems)', 'GET /items/{id} (getItem)'],
};

describe('report', () => {
  it('says what was compared, and that nothing breaks', () => {
    expect(report(compared({}))).toBe(
      'Comparing packages/spec/openapi.json (working tree, spec 0.1.0) with HEAD~1 (0123456789ab, the previous commit; spec 0.1.0)\n\n' +
        '✔ No breaking change (2 not breaking).',
    );
  });

  it('prints each breaking change with every operation it affects, and how to accept it', () => {
    const text = report(compared({ breaking: [removed] }));
    expect(text).toContain(
      '✖ Property `size` of `body` was removed. (property-removed)\n' +
        '    at #/components/schemas/Item/properties/size\n' +
        '    affects 2 operations:\n' +
        '      GET /items (listItems)\n' +
        '      GET /items/{id} (getItem)\n',
    );
    expect(text).toMatch(/✖ 1 breaking change \(2 not breaking\)\.[\s\S]*changeset that releases @sps-openapi\/spec as major \(`pnpm changeset`\)/);
  });

  it('says what accepted the breaking changes', () => {
    expect(report(compared({ breaking: [removed, removed], acceptedBy: ['.changeset/drop-size.md'] }))).toMatch(
      /\n✔ 2 breaking changes \(2 not breaking\), accepted by \.changeset\/drop-size\.md\.$/,
    );
  });

  it('says why there is nothing to compare with', () => {
    expect(report({ none: 'HEAD~1 does not exist (the first commit, or a shallow clone)' })).toBe(
      '✔ Nothing to compare with: HEAD~1 does not exist (the first commit, or a shallow clone). Passing.',
    );
  });
});
