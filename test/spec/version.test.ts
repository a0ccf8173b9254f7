import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadBundle } from '@sps-openapi/kit';

const bundle = loadBundle();

const packageVersion = (JSON.parse(await readFile('packages/spec/package.json', 'utf8')) as { version: string }).version;

describe('info.version', () => {
  it("of spec/openapi.yaml is @sps-openapi/spec's version (`pnpm release` writes it)", async () => {
    const source = parse(await readFile('spec/openapi.yaml', 'utf8')) as { info: { version: unknown } };
    expect(source.info.version).toBe(packageVersion);
  });

  it("of the bundle is @sps-openapi/spec's version", () => {
    expect((bundle.info as { version: unknown }).version).toBe(packageVersion);
  });
});
