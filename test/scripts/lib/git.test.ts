import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { git } from '../../../scripts/lib/git.js';
import { tempRepo, type TempRepo } from '../../support/temp-repo.js';

let repo: TempRepo;
afterEach(() => repo?.remove());

describe('git', () => {
  it("resolves with git's output, or undefined when git answers with an error", async () => {
    repo = await tempRepo();
    const commit = await repo.commit({ 'a.txt': 'A\n' });
    expect(await git(['rev-parse', 'HEAD'], repo.root)).toBe(`${commit}\n`);
    expect(await git(['show', 'HEAD:a.txt'], repo.root)).toBe('A\n');
    expect(await git(['show', 'HEAD:missing.txt'], repo.root)).toBeUndefined();
  });

  it('rejects when git cannot run at all', async () => {
    repo = await tempRepo();
    await expect(git(['status'], join(repo.root, 'no-such-folder'))).rejects.toThrow(/ENOENT/);
  });
});
