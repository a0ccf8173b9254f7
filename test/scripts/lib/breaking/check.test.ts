import { afterEach, describe, expect, it } from 'vitest';
import type { JsonObject } from '@sps-openapi/kit';
import { bundleFile } from '../../../../scripts/lib/breaking/base.js';
import { checkBreaking, exitCode, type Outcome } from '../../../../scripts/lib/breaking/check.js';
import { tempRepo, type TempRepo } from '../../../support/temp-repo.js';
import { changedSpec, tinySpec } from '../../../support/tiny-spec.js';

let repo: TempRepo;
afterEach(() => repo?.remove());

const json = (spec: JsonObject) => `${JSON.stringify(spec, null, 2)}\n`;
const withoutSize = (spec: any) => delete spec.components.schemas.Item.properties.size;
const majorChangeset = '---\n"@sps-openapi/spec": major\n---\n\nItems no longer carry `size`.\n';

/** A repository whose last commit changes the tiny spec's bundle by `change`. */
async function repoWith(change: (spec: any) => void): Promise<TempRepo> {
  repo = await tempRepo();
  await repo.commit({ [bundleFile]: json(tinySpec()) });
  await repo.commit({ [bundleFile]: json(changedSpec(change)) });
  return repo;
}

const compared = (outcome: Outcome) => {
  if ('none' in outcome) throw new Error(`no base: ${outcome.none}`);
  return outcome;
};

describe('checkBreaking', () => {
  it('names every operation a change to a shared schema affects, not only the first path', async () => {
    await repoWith(withoutSize);
    const outcome = compared(await checkBreaking(repo.root));
    expect(outcome.breaking).toEqual([
      {
        rule: 'property-removed',
        message: expect.stringContaining('`size`'),
        pointer: '#/components/schemas/Item/properties/size',
        operations: ['GET /items (listItems)', 'GET /items/{id} (getItem)', 'PUT /items/{id} (updateItem)'],
      },
    ]);
    expect(outcome.base).toMatchObject({ ref: 'HEAD~1', version: '0.1.0' });
    expect(outcome.acceptedBy).toEqual([]);
    expect(exitCode(outcome)).toBe(1);
  });

  it('names the operations of a path item that is gone, from the base document', async () => {
    await repoWith((spec) => delete spec.paths['/items/{id}']);
    const outcome = compared(await checkBreaking(repo.root));
    expect(outcome.breaking.map(({ rule, operations }) => [rule, operations])).toEqual([
      ['path-removed', ['GET /items/{id} (getItem)', 'PUT /items/{id} (updateItem)']],
    ]);
  });

  it('counts the changes that are not breaking and passes them', async () => {
    await repoWith((spec) => (spec.components.schemas.Item.properties.colour = { type: 'string' }));
    const outcome = compared(await checkBreaking(repo.root));
    expect(outcome).toMatchObject({ breaking: [], other: 1 });
    expect(exitCode(outcome)).toBe(0);
  });

  it('accepts breaking changes when a pending changeset releases @sps-openapi/spec as major', async () => {
    await repoWith(withoutSize);
    await repo.write({ '.changeset/drop-size.md': majorChangeset.replace('major', 'minor') });
    expect(exitCode(await checkBreaking(repo.root))).toBe(1);
    await repo.write({ '.changeset/drop-size.md': majorChangeset });
    const outcome = compared(await checkBreaking(repo.root));
    expect(outcome.acceptedBy).toEqual(['.changeset/drop-size.md']);
    expect(exitCode(outcome)).toBe(0);
  });

  it("accepts breaking changes when the spec's major version is already higher than at the base", async () => {
    await repoWith((spec) => {
      withoutSize(spec);
      spec.info.version = '1.0.0';
    });
    const outcome = compared(await checkBreaking(repo.root));
    expect(outcome.acceptedBy).toEqual(['the major release already made: @sps-openapi/spec 0.1.0 → 1.0.0']);
    expect(exitCode(outcome)).toBe(0);
  });

  it('compares the working tree, committed or not', async () => {
    repo = await tempRepo();
    await repo.commit({ [bundleFile]: json(tinySpec()) });
    await repo.write({ [bundleFile]: json(changedSpec(withoutSize)) });
    expect(compared(await checkBreaking(repo.root, 'HEAD')).breaking).toHaveLength(1);
  });

  it('passes the same bundle at both ends, with no change at all', async () => {
    repo = await tempRepo();
    await repo.commit({ [bundleFile]: json(tinySpec()) });
    await repo.commit({ 'README.md': 'The bundle stays.\n' });
    const outcome = compared(await checkBreaking(repo.root));
    expect(outcome).toMatchObject({ base: { ref: 'HEAD~1', version: '0.1.0' }, version: '0.1.0', breaking: [], other: 0, acceptedBy: [] });
    expect(exitCode(outcome)).toBe(0);
  });

  it('passes with no base, and says why', async () => {
    repo = await tempRepo();
    await repo.commit({ [bundleFile]: json(tinySpec()) });
    const outcome = await checkBreaking(repo.root);
    expect(outcome).toEqual({ none: expect.stringContaining('HEAD~1 does not exist') });
    expect(exitCode(outcome)).toBe(0);
  });

  it('says what is wrong with a missing or broken bundle', async () => {
    repo = await tempRepo();
    await repo.commit({ [bundleFile]: '{"openapi": ' });
    await repo.commit({ [bundleFile]: json(tinySpec()) });
    await expect(checkBreaking(repo.root)).rejects.toThrow(`${bundleFile} at HEAD~1 is not JSON`);
    await repo.commit({ [bundleFile]: null });
    await expect(checkBreaking(repo.root)).rejects.toThrow(`${bundleFile} is missing: run \`pnpm build\` first`);
  });
});
