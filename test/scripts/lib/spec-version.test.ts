import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { specPackageJson, specSource, syncSpecVersion, withInfoVersion } from '../../../scripts/lib/spec-version.js';

const source = `openapi: 3.1.0
# the version follows @sps-openapi/spec
info:
  title: T
  version: 0.1.0 # written by pnpm release
  description: |
    version: 0.1.0 stays here
paths: {}
`;

describe('withInfoVersion', () => {
  it('replaces info.version and leaves every other byte alone', () => {
    expect(withInfoVersion(source, '1.0.0')).toBe(source.replace('version: 0.1.0 #', 'version: 1.0.0 #'));
  });

  it('keeps a pre-release version a string', () => {
    expect(parse(withInfoVersion(source, '2.0.0-beta.1')).info.version).toBe('2.0.0-beta.1');
    expect(parse(withInfoVersion(source, '1.0')).info.version).toBe('1.0');
  });

  it('says so when there is no info.version', () => {
    expect(() => withInfoVersion('openapi: 3.1.0\ninfo:\n  title: T\n', '1.0.0')).toThrow(/no info.version/);
    expect(() => withInfoVersion('info: [', '1.0.0')).toThrow(/not valid YAML/);
  });
});

describe('syncSpecVersion', () => {
  it("writes @sps-openapi/spec's version into spec/openapi.yaml", async () => {
    const root = await mkdtemp(join(tmpdir(), 'spec-version-'));
    try {
      await mkdir(join(root, 'spec'));
      await mkdir(join(root, 'packages/spec'), { recursive: true });
      await writeFile(join(root, specSource), source);
      await writeFile(join(root, specPackageJson), JSON.stringify({ name: '@sps-openapi/spec', version: '0.2.0' }));
      expect(await syncSpecVersion(root)).toEqual({ from: '0.1.0', to: '0.2.0' });
      expect(parse(await readFile(join(root, specSource), 'utf8')).info.version).toBe('0.2.0');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
