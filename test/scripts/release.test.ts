import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../scripts/lib/paths.js';
import { versionPackages } from '../../scripts/release.js';

const packages = ['spec', 'client', 'mock', 'docs'];
let root: string;
const read = (path: string) => readFile(join(root, path), 'utf8');
const version = async (name: string) => (JSON.parse(await read(`packages/${name}/package.json`)) as { version: string }).version;

// A copy of the workspace's manifests, changelogs, changeset config and spec root, with one pending changeset.
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'release-'));
  for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json', 'spec/openapi.yaml']) {
    await cp(join(repoRoot, file), join(root, file), { recursive: true });
  }
  for (const name of packages) {
    await mkdir(join(root, 'packages', name), { recursive: true });
    for (const file of ['package.json', 'CHANGELOG.md']) {
      await cp(join(repoRoot, 'packages', name, file), join(root, 'packages', name, file)).catch(() => undefined);
    }
  }
  await symlink(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  await writeFile(join(root, '.changeset/remove-a-field.md'), '---\n"@sps-openapi/spec": major\n---\n\nRemoved a response field.\n');
  await versionPackages(root);
}, 60_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe('versionPackages (the versioning step of `pnpm release`)', () => {
  it('bumps @sps-openapi/spec as the changeset says and consumes the changeset', async () => {
    expect(await version('spec')).toBe('1.0.0');
    expect(await readdir(join(root, '.changeset'))).toEqual(['config.json']);
  });

  it("writes the new version into spec/openapi.yaml's info.version", async () => {
    expect((parse(await read('spec/openapi.yaml')) as { info: { version: string } }).info.version).toBe('1.0.0');
  });

  it('adds the entry on top of the CHANGELOG.md, above the earlier versions', async () => {
    const changelog = await read('packages/spec/CHANGELOG.md');
    expect(changelog).toMatch(/^# @sps-openapi\/spec\n\n## 1\.0\.0\n\n### Major Changes\n\n- Removed a response field\.\n[\s\S]*\n## 0\.1\.0\n/);
  });

  it('gives @sps-openapi/mock, which depends on the spec, a patch release', async () => {
    expect(await version('mock')).toBe('0.1.1');
    expect(await read('packages/mock/CHANGELOG.md')).toContain('## 0.1.1\n\n### Patch Changes\n\n- Updated dependencies\n  - @sps-openapi/spec@1.0.0');
  });

  it('leaves the packages the changeset does not name alone, and never versions a private package', async () => {
    expect(await version('client')).toBe('0.1.0');
    expect(await version('docs')).toBe('0.1.0');
    await expect(read('packages/docs/CHANGELOG.md')).rejects.toThrow(/ENOENT/);
  });
});
