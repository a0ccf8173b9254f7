import { createSpsClient } from '@sps-openapi/client';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createValidator, responseSchemaPointer } from '../support/openapi.js';

const validatorFor = createValidator();
const sessionId = 'a1f71d030e657634730b9e887cb59a5e56162860';
let client: ReturnType<typeof createSpsClient>;

beforeAll(() => {
  client = createSpsClient({ baseUrl: inject('mockUrl'), sessionId });
});

function expectValid(method: 'get' | 'post' | 'put' | 'delete', status: number, body: unknown) {
  const validate = validatorFor(responseSchemaPointer('/api/transaction', method, status));
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

describe('/api/transaction through the typed client against the mock', () => {
  it('GET answers the transaction status', async () => {
    const { data, response } = await client.GET('/api/transaction');
    expect(response.status).toBe(200);
    expectValid('get', 200, data);
    expect(data?.key).toBe('transaction');
  });

  it('GET serves each named example on request', async () => {
    const open = await client.GET('/api/transaction', { headers: { Prefer: 'example=open' } });
    expect(open.data).toMatchObject({ body: { status: 'open' } });
    const closed = await client.GET('/api/transaction', { headers: { Prefer: 'example=closed' } });
    expect(closed.data).toMatchObject({ transaction: { status: 'closed' } });
  });

  it('POST opens a transaction with an empty body', async () => {
    const { data, response } = await client.POST('/api/transaction', { headers: { 'Content-Length': '0' } });
    expect(response.status).toBe(200);
    expectValid('post', 200, data);
    expect(data?.meta.href).toBe('/api/transaction');
  });

  it('PUT commits with and without a message', async () => {
    for (const body of [{ status: 'commit' as const }, { status: 'commit' as const, message: 'Rotate DNS' }]) {
      const { data, response } = await client.PUT('/api/transaction', { body });
      expect(response.status).toBe(200);
      expectValid('put', 200, data);
    }
  });

  it('DELETE rolls back', async () => {
    const { data, response } = await client.DELETE('/api/transaction');
    expect(response.status).toBe(200);
    expectValid('delete', 200, data);
  });

  it('answers 401 with the error envelope when the session cookie is missing', async () => {
    const anonymous = createSpsClient({ baseUrl: inject('mockUrl') });
    const { error, response } = await anonymous.GET('/api/transaction');
    expect(response.status).toBe(401);
    expect(error).toBeDefined();
  });

  it('rejects a commit body that violates the schema with the documented 400 error envelope', async () => {
    const { error, response } = await client.PUT('/api/transaction', {
      // @ts-expect-error -- "rollback" is not a documented commit status
      body: { status: 'rollback' },
    });
    expect(response.status).toBe(400);
    expectValid('put', 400, error);
  });
});
