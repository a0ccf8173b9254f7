import {
  createSpsClient,
  isConfigLocked,
  SpsApiError,
  SpsCommitMessageRequiredError,
  SpsError,
  SpsInvalidJsonError,
  SpsNetworkError,
  SpsTimeoutError,
  unwrap,
} from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { breakOffBody, dropConnection, fail, fakeSps, fakeSpsPerTest, ok, slow, type Routes } from './support/fake-sps.js';

const serveOnSocket = fakeSpsPerTest();

const state = (status: 'open' | 'closed', commitMessage = 'optional') =>
  ok({ key: 'transaction', body: { status, commit_message: commitMessage }, meta: { href: '/api/transaction', parent: '/api', remaining_seconds: 1180 } });

/** An SPS with an open-able transaction and a DNS singleton; `overrides` replace routes. */
const routes = (overrides: Routes = {}): Routes => ({
  'POST /api/transaction': ok({ meta: { href: '/api/transaction', parent: '/api' } }),
  'GET /api/transaction': state('open'),
  'PUT /api/transaction': ok({ key: 'transaction', body: { status: 'closed' }, meta: {} }),
  'DELETE /api/transaction': ok({ meta: { href: '/api/transaction', parent: '/api' } }),
  'PUT /api/configuration/network/dns': (request) => ({ status: 200, json: { key: 'dns', body: request.json, meta: {} } }),
  ...overrides,
});
const serve = (overrides?: Routes) => fakeSps(routes(overrides));

const routesOf = (server: { requests: { method: string; path: string }[] }) => server.requests.map((request) => `${request.method} ${request.path}`);
const dns = { primary: '192.0.2.53', secondary: null };

describe('withTransaction', () => {
  it('opens with an empty body and Content-Length: 0, runs the work, commits with the message', async () => {
    const server = await serveOnSocket(routes()); // Content-Length as it reaches the wire
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
    const server = serve();
    await server.client().withTransaction((tx) => tx.PUT('/api/configuration/network/dns', { body: dns }));
    expect(routesOf(server)).toEqual(['POST /api/transaction', 'GET /api/transaction', 'PUT /api/configuration/network/dns', 'PUT /api/transaction']);
    expect(server.sent('PUT /api/transaction')[0]!.json).toEqual({ status: 'commit' });
  });

  it('refuses to start the work when SPS requires a commit message and none was given, and rolls back', async () => {
    const server = serve({ 'GET /api/transaction': state('open', 'required') });
    let ran = false;
    const error = await server
      .client()
      .withTransaction(() => {
        ran = true;
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsCommitMessageRequiredError);
    expect(ran).toBe(false);
    expect(routesOf(server)).toEqual(['POST /api/transaction', 'GET /api/transaction', 'DELETE /api/transaction']);
  });

  it('rolls back after a failing step and rethrows the very same error', async () => {
    const server = serve();
    const boom = new Error('step 2 failed');
    const error = await server
      .client()
      .withTransaction(async (tx) => {
        await tx.PUT('/api/configuration/network/dns', { body: dns });
        throw boom;
      }, { message: 'm' })
      .catch((caught: unknown) => caught);
    expect(error).toBe(boom);
    expect(error).not.toHaveProperty('rollbackError');
    expect(routesOf(server)).toEqual(['POST /api/transaction', 'PUT /api/configuration/network/dns', 'DELETE /api/transaction']);
  });

  it('rolls back when SPS rejects a change', async () => {
    const server = serve({ 'PUT /api/configuration/network/dns': fail(400, 'SemanticError', 'Secondary DNS unreachable') });
    const error = await server
      .client()
      .withTransaction((tx) => unwrap(tx.PUT('/api/configuration/network/dns', { body: dns })), { message: 'm' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'SpsApiError', status: 400, type: 'SemanticError' });
    expect(server.sent('DELETE /api/transaction')).toHaveLength(1);
    expect(server.sent('PUT /api/transaction')).toHaveLength(0);
  });

  it('rolls back when the commit fails (e.g. a message SPS requires was missing)', async () => {
    const server = serve({ 'PUT /api/transaction': fail(400, 'SemanticError', 'Commit message required') });
    const error = await server
      .client()
      .withTransaction(() => 'done', { message: '' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 400, method: 'PUT', path: '/api/transaction' });
    expect(routesOf(server)).toEqual(['POST /api/transaction', 'PUT /api/transaction', 'DELETE /api/transaction']);
  });

  it('a rollback that fails too is attached to the original error, which is still the one thrown', async () => {
    const server = serve({ 'DELETE /api/transaction': fail(500, 'InternalError', 'Rollback broke') });
    const boom = new Error('step failed');
    const error = await server
      .client()
      .withTransaction(() => {
        throw boom;
      }, { message: 'm' })
      .catch((caught: unknown) => caught);
    expect(error).toBe(boom);
    expect((error as { rollbackError?: unknown }).rollbackError).toBeInstanceOf(SpsApiError);
    expect((error as { rollbackError: SpsApiError }).rollbackError).toMatchObject({ status: 500, method: 'DELETE' });
  });

  it('a thrown non-object is kept as the cause when the rollback fails', async () => {
    const server = serve({ 'DELETE /api/transaction': fail(500, 'InternalError') });
    const error = await server
      .client()
      .withTransaction(() => Promise.reject('plain string'), { message: 'm' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsError);
    expect(error).toMatchObject({ cause: 'plain string', rollbackError: { status: 500 } });
  });

  it('does not run the work, nor roll back, when another interface holds the lock (409)', async () => {
    const server = serve({ 'POST /api/transaction': fail(409, 'WebGuiOrRpcApiConfigInProgress') });
    let ran = false;
    const error = await server
      .client()
      .withTransaction(() => {
        ran = true;
      })
      .catch((caught: unknown) => caught);
    expect(isConfigLocked(error)).toBe(true);
    expect(ran).toBe(false);
    expect(routesOf(server)).toEqual(['POST /api/transaction']);
  });
});

describe('withTransaction when the open has an unknown outcome', () => {
  const expectRolledBack = async (server: { requests: { method: string; path: string }[] }, error: unknown, kind: unknown) => {
    expect(error).toBeInstanceOf(kind as typeof Error);
    expect(error).not.toHaveProperty('rollbackError');
    expect(routesOf(server)).toEqual(['POST /api/transaction', 'DELETE /api/transaction']);
  };
  const run = (client: ReturnType<typeof createSpsClient>) => {
    let ran = false;
    const done = client
      .withTransaction(() => {
        ran = true;
      }, { message: 'm' })
      .catch((caught: unknown) => caught);
    return done.then((error) => ({ error, ran }));
  };

  it('rolls back when the connection drops before the answer (SPS may have opened it)', async () => {
    const server = await serveOnSocket(routes({ 'POST /api/transaction': dropConnection }));
    const { error, ran } = await run(createSpsClient({ baseUrl: server.url }));
    expect(ran).toBe(false);
    await expectRolledBack(server, error, SpsNetworkError);
  });

  it('rolls back when the answer breaks off mid-body', async () => {
    const server = await serveOnSocket(routes({ 'POST /api/transaction': breakOffBody(200, '{"meta": {"href": "/api/tr') }));
    const { error } = await run(createSpsClient({ baseUrl: server.url }));
    await expectRolledBack(server, error, SpsNetworkError);
  });

  it('rolls back when the answer is truncated JSON', async () => {
    const server = serve({ 'POST /api/transaction': () => ({ status: 200, text: '{"meta": {"href": "/api/tr' }) });
    const { error } = await run(server.client());
    await expectRolledBack(server, error, SpsInvalidJsonError);
  });

  it('rolls back when the open times out', async () => {
    // The rollback has the same timeout: long enough for a busy machine, far below the open's delay.
    const server = serve({ 'POST /api/transaction': slow(10_000) });
    const { error } = await run(server.client({ timeoutMs: 1000 }));
    await expectRolledBack(server, error, SpsTimeoutError);
  });

  it.each([502, 503, 504])('rolls back when a gateway answers the open with %s', async (status) => {
    const server = serve({ 'POST /api/transaction': fail(status, 'Gateway') });
    const { error, ran } = await run(server.client({ retry: false }));
    expect(ran).toBe(false);
    await expectRolledBack(server, error, SpsApiError);
    expect(error).toMatchObject({ status });
  });

  it('attaches a failed rollback to the open error', async () => {
    const server = serve({ 'POST /api/transaction': () => ({ status: 200, text: '{' }), 'DELETE /api/transaction': fail(400, 'NoTransaction') });
    const { error } = await run(server.client());
    expect(error).toBeInstanceOf(SpsInvalidJsonError);
    expect(error).toMatchObject({ rollbackError: { status: 400, method: 'DELETE' } });
  });
});

describe('withTransaction with error answers in the non-throwing style', () => {
  const rejecting = fail(400, 'SemanticError', 'Secondary DNS unreachable');

  it('a write answered with an error rejects inside the work, so nothing is committed', async () => {
    const server = serve({ 'PUT /api/configuration/network/dns': rejecting, 'PUT /api/configuration/management/soap': ok() });
    const error = await server
      .client()
      .withTransaction(async (tx) => {
        await tx.PUT('/api/configuration/network/dns', { body: dns }); // no unwrap, no check of { error }
        await tx.PUT('/api/configuration/management/soap', { body: { enabled: false } });
      }, { message: 'm' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).toMatchObject({ status: 400, type: 'SemanticError', method: 'PUT', path: '/api/configuration/network/dns' });
    expect(routesOf(server)).toEqual(['POST /api/transaction', 'PUT /api/configuration/network/dns', 'DELETE /api/transaction']);
  });

  it('POST, DELETE, PATCH and request() reject the same way', async () => {
    const server = serve({
      'POST /api/firmware/test': rejecting,
      'DELETE /api/firmware/slots/3': rejecting,
      'PUT /api/configuration/network/dns': rejecting,
    });
    const client = server.client();
    const attempts = [
      (tx: typeof client) => tx.POST('/api/firmware/test', { body: { slot_id: 3 } }),
      (tx: typeof client) => tx.DELETE('/api/firmware/slots/{slot_id}', { params: { path: { slot_id: '3' } } }),
      (tx: typeof client) => tx.request('put', '/api/configuration/network/dns', { body: dns }),
    ];
    for (const attempt of attempts) {
      const error = await client.withTransaction(attempt, { message: 'm' }).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ name: 'SpsApiError', status: 400 });
    }
    expect(server.sent('DELETE /api/transaction')).toHaveLength(3);
    expect(server.sent('PUT /api/transaction')).toHaveLength(0);
  });

  it('an error the work catches itself is its own decision: the commit goes ahead', async () => {
    const server = serve({ 'PUT /api/configuration/network/dns': rejecting });
    const result = await server.client().withTransaction(
      (tx) => tx.PUT('/api/configuration/network/dns', { body: dns }).catch((error: unknown) => (error as SpsApiError).type),
      { message: 'm' },
    );
    expect(result).toBe('SemanticError');
    expect(server.sent('PUT /api/transaction')).toHaveLength(1);
  });

  it('reads keep the { error } style, and the client outside the work is unchanged', async () => {
    const server = serve({ 'GET /api/configuration/network/dns': fail(404, 'NotFound'), 'PUT /api/configuration/network/dns': rejecting });
    const client = server.client();
    const status = await client.withTransaction(async (tx) => (await tx.GET('/api/configuration/network/dns')).response.status, { message: 'm' });
    expect(status).toBe(404);
    expect((await client.PUT('/api/configuration/network/dns', { body: dns })).error).toMatchObject({ error: { type: 'SemanticError' } });
  });
});

describe('withTransaction used the wrong way', () => {
  it('refuses a second withTransaction while one runs (SPS has one transaction per session); the first rolls back', async () => {
    const server = serve();
    const client = server.client();
    const inner = client.withTransaction(async (tx) => tx.withTransaction(async () => 'nested', { message: 'inner' }), { message: 'outer' });
    await expect(inner).rejects.toThrow(new SpsError('withTransaction: this client is inside a transaction already; make the change in that one (or use a client with its own login)'));
    expect(routesOf(server)).toEqual(['POST /api/transaction', 'DELETE /api/transaction']);
    // Over, it can run again.
    await expect(client.withTransaction(async () => 'again', { message: 'm' })).resolves.toBe('again');
  });

  it('refuses a write through a tx kept after its withTransaction ended (SPS 6.9+ would open a transaction nothing ends)', async () => {
    const server = serve();
    let kept: ReturnType<typeof server.client> | undefined;
    await server.client().withTransaction(async (tx) => void (kept = tx), { message: 'm' });
    const sent = routesOf(server).length;
    await expect(kept!.PUT('/api/configuration/network/dns', { body: dns })).rejects.toThrow(
      new SpsError('PUT /api/configuration/network/dns: this tx belongs to a withTransaction that has ended; write through the client'),
    );
    expect(routesOf(server)).toHaveLength(sent);
  });

  it('refuses the writes of its helpers too, and keeps a nested withTransaction refused', async () => {
    const server = serve({ 'POST /api/firmware/test': ok({ meta: {} }) });
    const client = server.client();
    let kept: typeof client | undefined;
    await client.withTransaction(async (tx) => {
      kept = tx;
      await expect(tx.withTransaction(() => undefined)).rejects.toThrow(/inside a transaction already/);
    }, { message: 'm' });
    const sent = routesOf(server).length;
    for (const write of [() => kept!.openTransaction(), () => kept!.testFirmware(1), () => kept!.commit('m'), () => kept!.rollback()]) {
      await expect(write()).rejects.toThrow(/this tx belongs to a withTransaction that has ended/);
    }
    expect(routesOf(server)).toHaveLength(sent);
  });
});

describe('transaction calls', () => {
  it('getTransaction reads both documented shapes', async () => {
    expect(await serve().client().getTransaction()).toEqual({
      status: 'open',
      commit_message: 'optional',
      meta: { href: '/api/transaction', parent: '/api', remaining_seconds: 1180 },
    });
    const legacy = serve({ 'GET /api/transaction': ok({ key: 'transaction', transaction: { status: 'closed' }, meta: {} }) });
    expect(await legacy.client().getTransaction()).toEqual({ status: 'closed', meta: {} });
  });

  it('listChanges answers the staged changes', async () => {
    const change = { type: 'replace', path: '/api/configuration/network/dns', old_value: {}, new_value: dns };
    const server = serve({ 'GET /api/transaction/changes': ok({ changes: [change], meta: {} }) });
    expect(await server.client().listChanges()).toEqual([change]);
  });

  it('commit and rollback send what SPS documents', async () => {
    const server = serve();
    const client = server.client();
    await client.openTransaction();
    await client.commit();
    await client.rollback();
    expect(routesOf(server)).toEqual(['POST /api/transaction', 'PUT /api/transaction', 'DELETE /api/transaction']);
    expect(server.sent('PUT /api/transaction')[0]!.json).toEqual({ status: 'commit' });
    expect(server.sent('DELETE /api/transaction')[0]!.body.length).toBe(0);
  });
});
