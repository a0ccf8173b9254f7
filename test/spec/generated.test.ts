import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../scripts/lib/generate.js';
import { repoRoot } from '../../scripts/lib/paths.js';

const files = await generatedFiles();

describe('generated files', () => {
  it.each([...files.keys()].map((path) => [relative(repoRoot, path), path]))(
    '%s matches spec/ (run `pnpm build` after changing the spec)',
    async (_, path) => {
      const committed = await readFile(path, 'utf8');
      expect(committed).toContain('do not edit');
      expect(committed === files.get(path), 'the committed file has drifted from spec/').toBe(true);
    },
  );
});
