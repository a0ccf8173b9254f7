import type { JsonObject } from '@sps-openapi/kit';

/**
 * A small OpenAPI 3.1 document for the breaking-change gate. `Item` is shared: `GET /items` reaches it
 * through `ItemList`, `GET /items/{id}` through the shared response `ItemAnswer` and an `allOf`, and
 * `PUT /items/{id}` through that response too; `POST /items` sends `ItemCreate`; `GET /health` reaches
 * nothing of it.
 */
export function tinySpec(): JsonObject {
  const ok = (schema: JsonObject) => ({ description: 'OK', content: { 'application/json': { schema } } });
  return {
    openapi: '3.1.0',
    info: { title: 'Tiny', version: '0.1.0' },
    paths: {
      '/items': {
        get: { operationId: 'listItems', responses: { '200': ok({ $ref: '#/components/schemas/ItemList' }) } },
        post: {
          operationId: 'createItem',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ItemCreate' } } } },
          responses: { '201': { description: 'Created' } },
        },
      },
      '/items/{id}': {
        parameters: [{ $ref: '#/components/parameters/Id' }],
        get: { operationId: 'getItem', responses: { '200': { $ref: '#/components/responses/ItemAnswer' } } },
        put: {
          operationId: 'updateItem',
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } } },
          responses: { '200': { $ref: '#/components/responses/ItemAnswer' } },
        },
      },
      '/health': {
        get: { operationId: 'getHealth', responses: { '200': ok({ type: 'object', properties: { ok: { type: 'boolean' } } }) } },
      },
    },
    components: {
      parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'string' } } },
      responses: {
        ItemAnswer: { description: 'One item', content: { 'application/json': { schema: { allOf: [{ $ref: '#/components/schemas/Envelope' }, { properties: { body: { $ref: '#/components/schemas/Item' } } }] } } } },
      },
      schemas: {
        Envelope: { type: 'object', properties: { key: { type: 'string' } } },
        Item: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            size: { type: 'integer' },
            state: { type: 'string', enum: ['new', 'done'] },
            parts: { type: 'array', items: { $ref: '#/components/schemas/Item' } },
          },
        },
        ItemList: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Item' } } } },
        ItemCreate: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, kind: { type: 'string', enum: ['small', 'large'] } },
        },
      },
    },
  };
}

/** A deep copy of the tiny spec, changed by `change`. */
export function changedSpec(change: (spec: any) => void): JsonObject {
  const spec = tinySpec();
  change(spec);
  return spec;
}
