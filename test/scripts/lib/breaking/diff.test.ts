import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '@sps-openapi/kit';
import { diffFiles } from '../../../../scripts/lib/breaking/diff.js';
import { changedSpec, tinySpec } from '../../../support/tiny-spec.js';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sps-diff-test-'));
  await writeFile(join(dir, 'base.json'), JSON.stringify(tinySpec()));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function diffTo(revision: JsonObject) {
  const file = join(dir, `revision-${n++}.json`);
  await writeFile(file, JSON.stringify(revision));
  return diffFiles(join(dir, 'base.json'), file);
}

/** The rules that rate the change from the tiny spec to `revision` as major. */
async function majorRules(revision: JsonObject): Promise<string[]> {
  return (await diffTo(revision)).flatMap(({ verdicts }) => verdicts.filter(({ impact }) => impact === 'major').map(({ ruleId }) => ruleId));
}

describe('diffFiles (redocly diff with diff-recommended)', () => {
  it.each<[string, (spec: any) => void, string]>([
    ['a removed response property', (spec) => delete spec.components.schemas.Item.properties.size, 'property-removed'],
    ['a new required request property', (spec) => spec.components.schemas.ItemCreate.required.push('kind'), 'required-properties-added'],
    ['a removed operation', (spec) => delete spec.paths['/items'].post, 'operation-removed'],
    [
      'a new required query parameter',
      (spec) => (spec.paths['/items'].get.parameters = [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }]),
      'parameter-became-required',
    ],
    ['a removed enum value of a request', (spec) => spec.components.schemas.ItemCreate.properties.kind.enum.pop(), 'enum-values-removed'],
    ['a new enum value of a response', (spec) => spec.components.schemas.Item.properties.state.enum.push('lost'), 'enum-values-added'],
  ])('rates %s as breaking', async (_, change, rule) => {
    expect(await majorRules(changedSpec(change))).toContain(rule);
  });

  it.each<[string, (spec: any) => void]>([
    ['no change', () => undefined],
    ['a new optional response property', (spec) => (spec.components.schemas.Item.properties.colour = { type: 'string' })],
    ['a new optional request property', (spec) => (spec.components.schemas.ItemCreate.properties.colour = { type: 'string' })],
    ['a removed enum value of a response', (spec) => spec.components.schemas.Item.properties.state.enum.pop()],
    ['a new operation', (spec) => (spec.paths['/items'].delete = { operationId: 'deleteItems', responses: { '204': { description: 'Gone' } } })],
  ])('rates %s as not breaking', async (_, change) => {
    expect(await majorRules(changedSpec(change))).toEqual([]);
  });

  // Why check.ts derives the affected operations itself.
  it('lists a change to a shared schema once, under the first path that reaches it', async () => {
    const changes = await diffTo(changedSpec((spec) => delete spec.components.schemas.Item.properties.size));
    expect(changes.map(({ path, base }) => [path, base?.pointer])).toEqual([
      ['#/paths/~1items/get/responses/200/content/application~1json/schema/properties/items/items/properties/size', '#/components/schemas/Item/properties/size'],
    ]);
  });
});
