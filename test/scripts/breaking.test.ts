import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonObject } from '@sps-openapi/kit';
import { help, main } from '../../scripts/breaking.js';
import { bundleFile } from '../../scripts/lib/breaking/base.js';
import { repoRoot } from '../../scripts/lib/paths.js';
import { operationsInlining } from '../support/inline-oracle.js';
import { bundlePath } from '@sps-openapi/kit';
import { tempRepo, type TempRepo } from '../support/temp-repo.js';

let repo: TempRepo;
afterEach(() => repo?.remove());

/** `pnpm breaking <args>` in `cwd`: the script as a child process, as CI runs it. */
function breaking(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      join(repoRoot, 'node_modules/.bin/tsx'),
      [join(repoRoot, 'scripts/breaking.ts'), ...args],
      { cwd, timeout: 60_000 },
      (_, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

const committed = await readFile(bundlePath, 'utf8');

/** The first schema of the bundle, in document order, with properties that three or more operations reach. */
function sharedSchema(bundle: JsonObject): { name: string; property: string; operations: string[] } {
  for (const [name, schema] of Object.entries((bundle.components as JsonObject).schemas as JsonObject)) {
    const [property] = Object.keys(((schema as JsonObject).properties ?? {}) as JsonObject);
    const operations = operationsInlining(bundle, `#/components/schemas/${name}`);
    if (property && operations.length >= 3) return { name, property, operations };
  }
  throw new Error('the bundle has no schema that three operations share');
}

describe('pnpm breaking', () => {
  it('on the bundle: passes against HEAD, and names every operation a removed property of a shared schema affects', async () => {
    repo = await tempRepo();
    await repo.commit({ [bundleFile]: committed });
    expect(await breaking(['--base', 'HEAD'], repo.root)).toMatchObject({ code: 0, stdout: expect.stringContaining('✔ No breaking change (0 not breaking).') });

    const bundle = JSON.parse(committed) as JsonObject;
    const { name, property, operations } = sharedSchema(bundle);
    delete (((bundle.components as JsonObject).schemas as JsonObject)[name] as { properties: JsonObject }).properties[property];
    await repo.commit({ [bundleFile]: `${JSON.stringify(bundle, null, 2)}\n` }, `Remove ${name}.${property}`);

    const { code, stdout } = await breaking(['--base', 'HEAD~1'], repo.root);
    expect(code).toBe(1);
    expect(stdout).toContain(`at #/components/schemas/${name}/properties/${property}\n    affects ${operations.length} operations:\n`);
    for (const operation of operations) {
      const [method = '', path] = operation.split(' ');
      expect(stdout).toContain(`\n      ${method.toUpperCase()} ${path} (`);
    }

    await repo.write({ '.changeset/remove.md': `---\n"@sps-openapi/spec": major\n---\n\nRemoved \`${property}\`.\n` });
    expect(await breaking([], repo.root)).toMatchObject({ code: 0, stdout: expect.stringContaining('accepted by .changeset/remove.md') });
  });

  it('passes when HEAD~1 does not exist', async () => {
    repo = await tempRepo();
    await repo.commit({ [bundleFile]: committed });
    expect(await breaking(['--base', 'HEAD~1'], repo.root)).toMatchObject({
      code: 0,
      stdout: '✔ Nothing to compare with: HEAD~1 does not exist (the first commit, or a shallow clone). Passing.\n',
    });
  });

  it('exits with 2 on a base that names no commit, and on a bad flag', async () => {
    repo = await tempRepo();
    await repo.commit({ [bundleFile]: committed });
    expect(await breaking(['--base', 'nope'], repo.root)).toMatchObject({ code: 2, stdout: '', stderr: '✘ --base nope names no commit of this repository\n' });
    const lines: string[] = [];
    expect(await main(['--bsae', 'HEAD'], repo.root, { out: (text) => lines.push(text), err: (text) => lines.push(text) })).toBe(2);
    expect(lines.join('\n')).toMatch(/^Unknown option '--bsae'[\s\S]*Usage: pnpm breaking/);
  });

  it('documents its options and exit codes in --help', async () => {
    const lines: string[] = [];
    expect(await main(['--help'], repoRoot, { out: (text) => lines.push(text), err: () => undefined })).toBe(0);
    expect(lines).toEqual([help]);
    expect(help).toMatch(/--base <git-ref>[\s\S]*Exit codes: 0[\s\S]*1 breaking changes that nothing accepts[\s\S]*2 a usage error/);
  });
});
