import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffFiles, type DiffChange } from '../../../../scripts/lib/breaking/diff.js';
import { changedSpec, tinySpec } from '../../../support/tiny-spec.js';

type Change = (spec: any) => void;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sps-diff-test-'));
  await writeFile(join(dir, 'base.json'), JSON.stringify(tinySpec()));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/**
 * The cases share `redocly diff` runs: a revision holds several independent changes at distinct places,
 * and each test reads the changes at its own place (Redocly reports each as it does alone). A removed
 * `POST /items` is diffed alone: it hides the changes to `ItemCreate`, which only that operation sends.
 */
const breaking: [what: string, change: Change, where: string, rule: string, revision: 'breaking' | 'operationRemoved'][] = [
  ['a removed response property', (spec) => delete spec.components.schemas.Item.properties.size, '#/components/schemas/Item/properties/size', 'property-removed', 'breaking'],
  ['a new required request property', (spec) => spec.components.schemas.ItemCreate.required.push('kind'), '#/components/schemas/ItemCreate/required', 'required-properties-added', 'breaking'],
  ['a removed operation', (spec) => delete spec.paths['/items'].post, '#/paths/~1items/post', 'operation-removed', 'operationRemoved'],
  [
    'a new required query parameter',
    (spec) => (spec.paths['/items'].get.parameters = [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }]),
    '#/paths/~1items/get/parameters',
    'parameter-became-required',
    'breaking',
  ],
  ['a removed enum value of a request', (spec) => spec.components.schemas.ItemCreate.properties.kind.enum.pop(), '#/components/schemas/ItemCreate/properties/kind/enum', 'enum-values-removed', 'breaking'],
  ['a new enum value of a response', (spec) => spec.components.schemas.Item.properties.state.enum.push('lost'), '#/components/schemas/Item/properties/state/enum', 'enum-values-added', 'breaking'],
];
const notBreaking: [what: string, change: Change, where: string][] = [
  ['a new optional response property', (spec) => (spec.components.schemas.Item.properties.colour = { type: 'string' }), '#/components/schemas/Item/properties/colour'],
  ['a new optional request property', (spec) => (spec.components.schemas.ItemCreate.properties.colour = { type: 'string' }), '#/components/schemas/ItemCreate/properties/colour'],
  ['a removed enum value of a response', (spec) => spec.components.schemas.Item.properties.state.enum.pop(), '#/components/schemas/Item/properties/state/enum'],
  ['a new operation', (spec) => (spec.paths['/items'].delete = { operationId: 'deleteItems', responses: { '204': { description: 'Gone' } } }), '#/paths/~1items/delete'],
];

const revisions: Record<string, Change[]> = {
  unchanged: [],
  breaking: breaking.filter((entry) => entry[4] === 'breaking').map(([, change]) => change),
  operationRemoved: breaking.filter((entry) => entry[4] === 'operationRemoved').map(([, change]) => change),
  notBreaking: notBreaking.map(([, change]) => change),
};

const diffs = new Map<string, Promise<DiffChange[]>>();
/** Redocly's changes from the tiny spec to the named revision, diffed once whichever test asks first. */
function diffTo(revision: string): Promise<DiffChange[]> {
  let changes = diffs.get(revision);
  if (!changes) {
    const file = join(dir, `${revision}.json`);
    changes = writeFile(file, JSON.stringify(changedSpec((spec) => revisions[revision]?.forEach((change) => change(spec))))).then(() =>
      diffFiles(join(dir, 'base.json'), file),
    );
    diffs.set(revision, changes);
  }
  return changes;
}

/** The changes whose place in the base or the revision is `where` or inside it. */
const at = (changes: DiffChange[], where: string) =>
  changes.filter(({ base, revision }) => [base?.pointer, revision?.pointer].some((pointer) => pointer === where || pointer?.startsWith(`${where}/`)));

/** The rules that rate `changes` as major. */
const majorRules = (changes: DiffChange[]) => changes.flatMap(({ verdicts }) => verdicts.filter(({ impact }) => impact === 'major').map(({ ruleId }) => ruleId));

describe('diffFiles (redocly diff with diff-recommended)', () => {
  it.each(breaking)('rates %s as breaking', async (_, _change, where, rule, revision) => {
    expect(majorRules(at(await diffTo(revision), where))).toContain(rule);
  });

  it('rates no change as not breaking', async () => {
    expect(majorRules(await diffTo('unchanged'))).toEqual([]);
  });

  it.each(notBreaking)('rates %s as not breaking', async (_, _change, where) => {
    const changes = await diffTo('notBreaking');
    expect(at(changes, where)).not.toEqual([]);
    expect(majorRules(changes)).toEqual([]);
  });

  // Why check.ts derives the affected operations itself.
  it('lists a change to a shared schema once, under the first path that reaches it', async () => {
    const changes = at(await diffTo('breaking'), '#/components/schemas/Item/properties/size');
    expect(changes.map(({ path, base }) => [path, base?.pointer])).toEqual([
      ['#/paths/~1items/get/responses/200/content/application~1json/schema/properties/items/items/properties/size', '#/components/schemas/Item/properties/size'],
    ]);
  });
});
