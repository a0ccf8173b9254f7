import {
  createSpsClient,
  SpsApiError,
  SpsError,
  unwrap,
} from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { fail, fakeSpsPerTest, json, ok, type FakeSps, type Routes } from './support/fake-sps.js';

const start = fakeSpsPerTest();

const state = (status: 'open' | 'closed', commitMessage = 'optional') =>
  ok({ key: 'transaction', body: { status, commit_message: commitMessage }, meta: { href: '/api/transaction', parent: '/api', remaining_seconds: 1180 } });

/** An SPS with an open-able transaction and a DNS singleton; `overrides` replace routes. */
function serve(overrides: Routes = {}) {
  return start({
    'POST /api/transaction': ok({ meta: { href: '/api/transaction', parent: '/api' } }),
    'GET /api/transaction': state('open'),
    'PUT /api/transaction': ok({ key: 'transaction', body: { status: 'closed' }, meta: {} }),
    'DELETE /api/transaction': ok({ meta: { href: '/api/transaction', parent: '/api' } }),
    'PUT /api/configuration/network/dns': (request, response) => json(response, 200, { key: 'dns', body: request.json, meta: {} }),
    ...overrides,
  });
}

const routesOf = (server: FakeSps) => server.requests.map((request) => `${request.method} ${request.path}`);
const dns = { primary: '192.0.2.53', secondary: null };

describe('withTransaction', () => {
  it('opens with an empty body and Content-Length: 0, runs the work, commits with the message', async () => {
    const server = await serve();
    const client = createSpsClient({ baseUrl: server.url });
    const result = await client.withTransaction(
      async (tx) => (await unwrap(tx.PUT('/api/configuration/network/dns', { body: dns }))).key,
      { message: 'Rotate DNS servers' },
    );
    expect(result).toBe('dns');
    expect(routesOf(server)).toEqual(['POST /api/transaction', 'PUT /api/configuration/network/dns', 'PUT /api/transaction']);
    const [open] = server.sent('POST /api/transaction');
    expect(open!.headers['content-length']).toBe('0');
    expect(open!.body.length).toBe(0);
    expect(server.sent('PUT /api/transaction')[0]!.json).toEqual({ status: 'commit', message: 'Rotate DNS servers' });
  });

  it('without a message, checks first that SPS does not require one, and commits without one', async () => {
    const server = await serve();
    await createSpsClient({ baseUrl: server.url }).withTransaction((tx) => tx.PUT('/api/configuration/network/dns', { body: dns }));
    expect(routesOf(server)).toEqual([
      'POST /api/transaction',
      'GET /api/transaction',
      'PUT /api/configuration/network/dns',
      'PUT /api/transaction',
    ]);
    expect(server.sent('PUT /api/transaction')[0]!.json).toEqual({ status: 'commit' });
  });

  it('a rollback that fails too is attached to the original error, which is still the one thrown', async () => {
    const server = await serve({ 'DELETE /api/transaction': fail(500, 'InternalError', 'Rollback broke') });
    const boom = new Error('step failed');
    const error = await createSpsClient({ baseUrl: server.url })
      .withTransaction(() => {
        throw boom;
      }, { message: 'm' })
      .catch((caught: unknown) => caught);
    expect(error).toBe(boom);
    expect((error as { rollbackError?: unknown }).rollbackError).toBeInstanceOf(SpsApiError);
    expect((error as { rollbackError: SpsApiError }).rollbackError).toMatchObject({ status: 500, method: 'DELETE' });
  });

  it('a thrown non-object is kept as the cause when the rollback fails', async () => {
    const server = await serve({ 'DELETE /api/transaction': fail(500, 'InternalError') });
    const error = await createSpsClient({ baseUrl: server.url })
      .withTransaction(() => Promise.reject('plain string'), { message: 'm' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsError);
    expect(error).toMatchObject({ cause: 'plain string', rollbackError: { status: 500 } });
  });

});

describe('transaction calls', () => {
  it('getTransaction reads both documented shapes', async () => {
    const current = await serve();
    expect(await createSpsClient({ baseUrl: current.url }).getTransaction()).toEqual({
      status: 'open',
      commit_message: 'optional',
      meta: { href: '/api/transaction', parent: '/api', remaining_seconds: 1180 },
    });
    await current.close();
    const legacy = await serve({ 'GET /api/transaction': ok({ key: 'transaction', transaction: { status: 'closed' }, meta: {} }) });
    expect(await createSpsClient({ baseUrl: legacy.url }).getTransaction()).toEqual({ status: 'closed', meta: {} });
  });

  it('commit and rollback send what SPS documents', async () => {
    const server = await serve();
    const client = createSpsClient({ baseUrl: server.url });
    await client.openTransaction();
    await client.commit();
    await client.rollback();
    expect(routesOf(server)).toEqual(['POST /api/transaction', 'PUT /api/transaction', 'DELETE /api/transaction']);
    expect(server.sent('PUT /api/transaction')[0]!.json).toEqual({ status: 'commit' });
    expect(server.sent('DELETE /api/transaction')[0]!.body.length).toBe(0);
  });
});
