import { SpsApiError, SpsError } from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { fail, fakeSps, json, ok, type Handler, type Routes } from './support/fake-sps.js';

const password = 'correct-horse-battery-staple';
const passwordKey = '8526419625e4a7e1f03c9b';
const userKey = '103640099357f3b14f0529a';
const groupsPath = '/api/configuration/aaa/local_database/groups';
const created = (key: string, collection: string): Handler => json(201, { key, meta: { href: `${collection}/${key}`, parent: collection } });
const group = (key: string, name: string, members: unknown[] = []): Handler => ok({ key, body: { name, members }, meta: { href: `${groupsPath}/${key}` } });

/** An SPS with two groups, where a transaction is open, passwords and users can be created and groups changed. */
function sps(extra: Routes = {}) {
  return fakeSps({
    'POST /api/transaction': ok({ key: 'transaction', meta: { href: '/api/transaction' } }),
    'GET /api/transaction': ok({ key: 'transaction', body: { status: 'open', commit_message: 'optional' }, meta: {} }),
    'PUT /api/transaction': ok({ key: 'transaction', meta: {} }),
    'DELETE /api/transaction': ok({ key: 'transaction', meta: {} }),
    'POST /api/configuration/passwords': created(passwordKey, '/api/configuration/passwords'),
    'POST /api/configuration/aaa/local_database/users': created(userKey, '/api/configuration/aaa/local_database/users'),
    [`GET ${groupsPath}`]: ok({ items: [{ key: 'g1', meta: {} }, { key: 'g2', meta: {} }, { key: 'g3', meta: {} }] }),
    [`GET ${groupsPath}/g1`]: group('g1', 'auditors', ['jdoe', { key: 'u7', meta: { href: '/api/configuration/aaa/local_database/users/u7' } }]),
    [`GET ${groupsPath}/g2`]: group('g2', 'db-admins'),
    [`GET ${groupsPath}/g3`]: group('g3', 'http-write'),
    [`PUT ${groupsPath}/g1`]: ok({ key: 'g1', meta: {} }),
    [`PUT ${groupsPath}/g2`]: ok({ key: 'g2', meta: {} }),
    ...extra,
  });
}

const route = ({ method, path }: { method: string; path: string }) => `${method} ${path}`;

describe('createLocalUser', () => {
  it('stores the password, creates the user with its key and adds the name to each group, in the transaction', async () => {
    const server = sps();
    const user = await server.client().withTransaction(
      (tx) => tx.createLocalUser({ name: 'alice', password, groups: ['db-admins', 'auditors'] }),
      { message: 'Add alice' },
    );
    expect(user.key).toBe(userKey);
    expect(server.requests.map(route)).toEqual([
      'POST /api/transaction',
      `GET ${groupsPath}`,
      `GET ${groupsPath}/g1`,
      `GET ${groupsPath}/g2`,
      'POST /api/configuration/passwords',
      'POST /api/configuration/aaa/local_database/users',
      `PUT ${groupsPath}/g2`,
      `PUT ${groupsPath}/g1`,
      'PUT /api/transaction',
    ]);
    expect(server.sent('POST /api/configuration/passwords')[0]!.json).toEqual({ plain: password });
    expect(server.sent('POST /api/configuration/aaa/local_database/users')[0]!.json).toEqual({ name: 'alice', password: passwordKey });
    expect(server.sent(`PUT ${groupsPath}/g2`)[0]!.json).toEqual({ name: 'db-admins', members: ['alice'] });
    // The members as read (a reference included) go back unchanged, with the new name at the end.
    expect(server.sent(`PUT ${groupsPath}/g1`)[0]!.json).toEqual({
      name: 'auditors',
      members: ['jdoe', { key: 'u7', meta: { href: '/api/configuration/aaa/local_database/users/u7' } }, 'alice'],
    });
  });

  it('without groups, reads and changes no group', async () => {
    const server = sps();
    await server.client().withTransaction((tx) => tx.createLocalUser({ name: 'alice', password }), { message: 'Add alice' });
    expect(server.requests.map(route).filter((sent) => sent.includes('groups'))).toEqual([]);
  });

  it('leaves a group alone that already lists the name', async () => {
    const server = sps({ [`GET ${groupsPath}/g2`]: group('g2', 'db-admins', ['alice']) });
    await server.client().withTransaction((tx) => tx.createLocalUser({ name: 'alice', password, groups: ['db-admins'] }), { message: 'Add alice' });
    expect(server.sent(`PUT ${groupsPath}/g2`)).toEqual([]);
  });

  it('refuses, before any change, a group name no local group has', async () => {
    const server = sps();
    const client = server.client();
    await client.openTransaction();
    const error = await client.createLocalUser({ name: 'alice', password, groups: ['auditors', 'nobody'] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsError);
    expect(error).toMatchObject({ message: 'createLocalUser: no local group is named "nobody". Nothing was changed' });
    expect(server.requests.filter(({ method }) => method !== 'GET').map(route)).toEqual(['POST /api/transaction']);
  });

  it('refuses when no transaction is open, and sends no change', async () => {
    const server = sps({ 'GET /api/transaction': ok({ key: 'transaction', body: { status: 'closed' }, meta: {} }) });
    const error = await server.client().createLocalUser({ name: 'alice', password }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsError);
    expect((error as Error).message).toMatch(/needs an open transaction: call tx\.createLocalUser\(\) inside withTransaction\(\)/);
    expect(server.requests.map(route)).toEqual(['GET /api/transaction']);
  });

  it('works in a transaction this client did not open (a reused session), once SPS says it is open', async () => {
    const server = sps();
    await server.client().createLocalUser({ name: 'alice', password });
    expect(server.requests.map(route)).toEqual(['GET /api/transaction', 'POST /api/configuration/passwords', 'POST /api/configuration/aaa/local_database/users']);
  });

  it('never repeats the password, even when SPS quotes it in its error', async () => {
    const server = sps({
      'POST /api/configuration/passwords': fail(400, 'SemanticError', `Password '${password}' is too weak`, { value: password, checks: [password] }),
    });
    const error = await server.client()
      .withTransaction((tx) => tx.createLocalUser({ name: 'alice', password }), { message: 'Add alice' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).toMatchObject({ status: 400, type: 'SemanticError', message: expect.stringContaining("Password '[password]' is too weak") });
    const everything = JSON.stringify({ message: (error as Error).message, stack: (error as Error).stack, details: (error as SpsApiError).details });
    expect(everything).not.toContain(password);
    // The transaction was rolled back and no user was created.
    expect(server.requests.map(route).slice(-2)).toEqual(['POST /api/configuration/passwords', 'DELETE /api/transaction']);
  });

  it('rejects a refused step with its SpsApiError, and withTransaction rolls the earlier ones back', async () => {
    const server = sps({ [`PUT ${groupsPath}/g2`]: fail(409, 'WebGuiOrRpcApiConfigInProgress') });
    const error = await server.client()
      .withTransaction((tx) => tx.createLocalUser({ name: 'alice', password, groups: ['db-admins'] }), { message: 'Add alice' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 409, method: 'PUT', path: `${groupsPath}/g2` });
    expect(server.sent('DELETE /api/transaction')).toHaveLength(1);
    expect(server.sent('PUT /api/transaction')).toHaveLength(0);
  });

  it.each([
    [{ name: '', password }, /name must be/],
    [{ name: 'alice', password: '' }, /password must be/],
    [{ name: 'alice', password: 42 }, /password must be/],
    [{ name: 'alice', password, groups: 'db-admins' }, /groups must be/],
    [{ name: 'alice', password, groups: [''] }, /groups must be/],
  ])('refuses %j before sending anything', async (input, message) => {
    const server = sps();
    const error = await server.client().createLocalUser(input as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(message);
    expect(server.requests).toEqual([]);
  });
});
