import { afterEach, describe, expect, it } from 'vitest';
import { bundleFile, findBase } from '../../../../scripts/lib/breaking/base.js';
import { tempRepo, type TempRepo } from '../../../support/temp-repo.js';

let repo: TempRepo;
afterEach(() => repo?.remove());

const bundle = (version: string) => `{"openapi":"3.1.0","info":{"title":"T","version":"${version}"},"paths":{}}\n`;

describe('findBase', () => {
  it('defaults to the last @sps-openapi/spec@* tag reachable from HEAD', async () => {
    repo = await tempRepo();
    await repo.commit({ [bundleFile]: bundle('0.1.0') });
    await repo.git('tag', '@sps-openapi/spec@0.1.0');
    const tagged = await repo.commit({ [bundleFile]: bundle('1.0.0') });
    await repo.git('tag', '@sps-openapi/spec@1.0.0');
    await repo.git('tag', '@sps-openapi/client@9.0.0');
    await repo.commit({ [bundleFile]: bundle('1.0.1') });
    await repo.commit({ 'README.md': 'x' });
    expect(await findBase(repo.root)).toMatchObject({ ref: '@sps-openapi/spec@1.0.0', commit: tagged, bundle: bundle('1.0.0') });
  });

  it('defaults to HEAD~1 when there is no such tag', async () => {
    repo = await tempRepo();
    const first = await repo.commit({ [bundleFile]: bundle('0.1.0') });
    await repo.git('tag', '@sps-openapi/client@0.1.0');
    await repo.commit({ [bundleFile]: bundle('0.2.0') });
    expect(await findBase(repo.root)).toMatchObject({ ref: 'HEAD~1', commit: first, bundle: bundle('0.1.0') });
  });

  it('has no base on the first commit, or before any commit', async () => {
    repo = await tempRepo();
    expect(await findBase(repo.root)).toEqual({ none: expect.stringContaining('HEAD~1 does not exist') });
    await repo.commit({ [bundleFile]: bundle('0.1.0') });
    expect(await findBase(repo.root)).toEqual({ none: expect.stringContaining('HEAD~1 does not exist') });
    expect(await findBase(repo.root, 'HEAD~1')).toEqual({ none: expect.stringContaining('HEAD~1 does not exist') });
  });

  it('has no base when the bundle does not exist at the base', async () => {
    repo = await tempRepo();
    await repo.commit({ 'README.md': 'x' });
    await repo.commit({ [bundleFile]: bundle('0.1.0') });
    expect(await findBase(repo.root)).toEqual({ none: `${bundleFile} does not exist at HEAD~1` });
  });

  it('takes --base as given, and refuses a ref that names no commit', async () => {
    repo = await tempRepo();
    const first = await repo.commit({ [bundleFile]: bundle('0.1.0') });
    await repo.commit({ [bundleFile]: bundle('0.2.0') });
    expect(await findBase(repo.root, 'HEAD')).toMatchObject({ ref: 'HEAD', bundle: bundle('0.2.0') });
    expect(await findBase(repo.root, first.slice(0, 10))).toMatchObject({ commit: first, bundle: bundle('0.1.0') });
    await expect(findBase(repo.root, 'mian')).rejects.toThrow('--base mian names no commit of this repository');
    await expect(findBase(repo.root, '--output=x')).rejects.toThrow(/names no commit/);
  });
});
