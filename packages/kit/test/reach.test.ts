import { describe, expect, it } from 'vitest';
import { inlinedComponents } from '../../../test/support/inline-oracle.js';
import { changedSpec, tinySpec } from '../../../test/support/tiny-spec.js';
import { loadBundle, type JsonObject } from '../src/index.js';
import { operationsAffectedBy, reachableRefs } from '../src/reach.js';

const bundle = loadBundle();

const spec = tinySpec();
const ids = (document: JsonObject, pointer: string) => operationsAffectedBy(document, pointer).map(({ operation }) => operation.operationId);

describe('reachableRefs', () => {
  it("follows the targets' own $refs, and stops on a cycle", () => {
    expect([...reachableRefs(spec, { $ref: '#/components/responses/ItemAnswer' })].sort()).toEqual([
      '#/components/responses/ItemAnswer',
      '#/components/schemas/Envelope',
      '#/components/schemas/Item',
    ]);
  });
});

describe('operationsAffectedBy', () => {
  it('finds every operation that reaches a shared schema, through other schemas, shared responses and allOf', () => {
    expect(ids(spec, '#/components/schemas/Item/properties/size')).toEqual(['listItems', 'getItem', 'updateItem']);
    expect(ids(spec, '#/components/schemas/Envelope')).toEqual(['getItem', 'updateItem']);
  });

  it('finds the operations of a path item through its shared parameters', () => {
    expect(ids(spec, '#/components/parameters/Id/schema')).toEqual(['getItem', 'updateItem']);
  });

  it('takes a place inside an operation as that operation only, and a path item as all of its operations', () => {
    expect(ids(spec, '#/paths/~1items~1{id}/put/requestBody/content/application~1json/schema/properties/name')).toEqual(['updateItem']);
    expect(ids(spec, '#/paths/~1items~1{id}')).toEqual(['getItem', 'updateItem']);
    expect(ids(spec, '#/paths/~1items~1{id}/parameters/0')).toEqual(['getItem', 'updateItem']);
  });

  it('takes a change outside paths and components as one to every operation', () => {
    expect(ids(spec, '#/servers/0')).toHaveLength(5);
  });

  it('finds an operation that reaches the place only through a cycle of schemas', () => {
    const cyclic = changedSpec((spec) => {
      spec.components.schemas.Node = { properties: { tree: { $ref: '#/components/schemas/Tree' } } };
      spec.components.schemas.Tree = { properties: { node: { $ref: '#/components/schemas/Node' }, key: { $ref: '#/components/schemas/Envelope' } } };
      spec.paths['/health'].get.responses['200'].content['application/json'].schema = { $ref: '#/components/schemas/Node' };
    });
    expect(ids(cyclic, '#/components/schemas/Envelope/properties/key')).toEqual(['getItem', 'updateItem', 'getHealth']);
    expect(ids(cyclic, '#/components/schemas/Tree')).toEqual(['getHealth']);
  });

  it('finds nothing for a component no operation uses', () => {
    expect(ids({ ...spec, components: { ...(spec.components as JsonObject), schemas: { Unused: {} } } }, '#/components/schemas/Unused')).toEqual([]);
  });
});

describe('operationsAffectedBy on the bundle (checked against inlining every $ref)', () => {
  const schemas = Object.keys((bundle.components as JsonObject).schemas as JsonObject);
  const inlined = inlinedComponents(bundle);
  it.each(schemas)('names exactly the operations whose inlined description contains %s', (name) => {
    const target = `#/components/schemas/${name}`;
    const expected = [...inlined].filter(([, components]) => components.has(target)).map(([operation]) => operation);
    const found = operationsAffectedBy(bundle, `${target}/properties/x`).map(({ method, path }) => `${method} ${path}`);
    expect(found).toEqual(expected);
  });
});
