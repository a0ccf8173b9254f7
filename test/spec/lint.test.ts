import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintSpec } from '../../scripts/lib/lint.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}/openapi.yaml`, import.meta.url));

describe('linting the spec', () => {
  it('reports no problem in spec/', async () => {
    await expect(lintSpec()).resolves.toBeUndefined();
  });

  it('names the file and line of a broken $ref', async () => {
    await expect(lintSpec(fixture('broken-ref'))).rejects.toThrow(
      /test\/fixtures\/broken-ref\/openapi\.yaml:13:5[\s\S]*Can't resolve \$ref/,
    );
  });

  it('names the file and line of invalid YAML', async () => {
    await expect(lintSpec(fixture('invalid-yaml'))).rejects.toThrow(
      /test\/fixtures\/invalid-yaml\/openapi\.yaml[\s\S]*\(9:7\)/,
    );
  });
});
