import { beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../src/openapi/index.js';
import { Configuration, type ConfigurationLimits } from '../../src/stateful/configuration.js';
import { Sessions } from '../../src/stateful/sessions.js';
import { TransactionLock } from '../../src/stateful/transaction.js';
import { bundle, call, logIn, model, statefulMock } from './support.js';

const sps = statefulMock();
const connections = '/api/configuration/ssh/connections';
const dns = '/api/configuration/network/dns';
const localUsers = '/api/configuration/aaa/local_database/users';

describe('the configuration', () => {
  it('starts from the examples: singletons, and the members the listings name', async () => {
    const cookie = await logIn(sps.url);
    expect(((await call(sps.url, cookie, 'GET', '/api/configuration/network/dns')).body as { body: unknown }).body).toEqual({ primary: '192.168.56.1', secondary: null });
    const listing = (await call(sps.url, cookie, 'GET', '/api/configuration/network/nics')).body as { items: { key: string }[] };
    for (const { key } of listing.items) expect((await call(sps.url, cookie, 'GET', `/api/configuration/network/nics/${key}`)).body).toMatchObject({ key });
  });

  it('gives every member it starts with a name of its own, also where the listing names more members than there are examples', async () => {
    const cookie = await logIn(sps.url);
    const reads = new Set(operations(bundle).filter(({ method }) => method === 'get').map(({ path }) => path));
    const collections = [...reads].filter((path) => path.startsWith('/api/configuration/') && reads.has(`${path}/{key}`));
    expect(collections).toEqual(expect.arrayContaining(['/api/configuration/aaa/local_database/groups', '/api/configuration/ssh/channel_policies']));
    for (const collection of collections) {
      const { items } = (await call(sps.url, cookie, 'GET', collection)).body as { items: { meta: { href: string } }[] };
      const names: unknown[] = [];
      for (const { meta } of items) names.push(((await call(sps.url, cookie, 'GET', meta.href)).body as { body?: { name?: unknown } }).body?.name);
      const named = names.filter((name) => name !== undefined);
      expect(new Set(named).size, `${collection}: ${named.join(', ')}`).toBe(named.length);
    }
  });

  it('stages changes for the session that made them; others see them after the commit', async () => {
    const [mine, theirs] = [await logIn(sps.url), await logIn(sps.url, 'auditor')];
    const created = (await call(sps.url, mine, 'POST', connections, { name: 'to-servers', active: true })).body as { key: string; meta: { href: string } };
    expect(created.meta.href).toBe(`${connections}/${created.key}`);
    const keys = async (cookie: string) => ((await call(sps.url, cookie, 'GET', connections)).body as { items: { key: string }[] }).items.map(({ key }) => key);
    expect(await keys(mine)).toContain(created.key);
    expect(await keys(theirs)).not.toContain(created.key);
    expect((await call(sps.url, theirs, 'GET', `${connections}/${created.key}`)).status).toBe(404);
    await call(sps.url, mine, 'PUT', '/api/transaction', { status: 'commit' });
    expect(await keys(theirs)).toContain(created.key);
    expect(((await call(sps.url, theirs, 'GET', `${connections}/${created.key}`)).body as { body: unknown }).body).toEqual({ name: 'to-servers', active: true });
  });

  it('answers references as objects where the answer wants them, and keys in a change log', async () => {
    const cookie = await logIn(sps.url);
    const policy = (await call(sps.url, cookie, 'POST', '/api/configuration/ssh/channel_policies', { name: 'shell-only', rules: [] })).body as { key: string };
    const connection = (await call(sps.url, cookie, 'POST', connections, { name: 'with-policy', policies: { channel_policy: policy.key } })).body as { key: string };
    await call(sps.url, cookie, 'PUT', '/api/transaction', { status: 'commit' });
    const read = (await call(sps.url, cookie, 'GET', `${connections}/${connection.key}`)).body as { body: { policies: unknown } };
    expect(read.body.policies).toEqual({ channel_policy: { key: policy.key, meta: { href: `/api/configuration/ssh/channel_policies/${policy.key}` } } });
  });

  it('never answers a write-once secret back', async () => {
    const cookie = await logIn(sps.url);
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEsecret\n-----END RSA PRIVATE KEY-----';
    const created = await call(sps.url, cookie, 'POST', '/api/configuration/private_keys', pem);
    expect(created.status).toBe(201);
    const key = (created.body as { key: string }).key;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    const read = await call(sps.url, cookie, 'GET', `/api/configuration/private_keys/${key}`);
    const changes = await call(sps.url, cookie, 'GET', '/api/transaction/changes');
    for (const answer of [read, changes]) expect(JSON.stringify(answer.body)).not.toContain('MIIEsecret');
    await call(sps.url, cookie, 'DELETE', '/api/transaction');
  });

  it('never answers a password back, also one sent under a field name the description does not declare', async () => {
    const cookie = await logIn(sps.url);
    try {
      const created = await call(sps.url, cookie, 'POST', '/api/configuration/passwords', { sha256: 'deadbeef', password: 'hunter2-secret' });
      expect(created.status).toBe(201);
      const key = (created.body as { key: string }).key;
      const read = await call(sps.url, cookie, 'GET', `/api/configuration/passwords/${key}`);
      expect(read.status).toBe(200);
      const changes = await call(sps.url, cookie, 'GET', '/api/transaction/changes');
      expect((changes.body as { changes: { path: string }[] }).changes).toContainEqual(expect.objectContaining({ type: 'create', path: `/api/configuration/passwords/${key}` }));
      for (const answer of [created, read, changes]) {
        for (const secret of ['"password"', 'hunter2-secret', '"sha256"', 'deadbeef']) expect(JSON.stringify(answer.body)).not.toContain(secret);
      }
    } finally {
      await call(sps.url, cookie, 'DELETE', '/api/transaction');
    }
  });

  it('answers back the fields an object documented in part takes besides those it names', async () => {
    const cookie = await logIn(sps.url);
    try {
      const created = (await call(sps.url, cookie, 'POST', localUsers, { name: 'carol', shell: '/bin/sh', password: null })).body as { key: string };
      expect(((await call(sps.url, cookie, 'GET', `${localUsers}/${created.key}`)).body as { body: unknown }).body).toEqual({ name: 'carol', shell: '/bin/sh', password: null });
    } finally {
      await call(sps.url, cookie, 'DELETE', '/api/transaction');
    }
  });

  it('answers 404 for a member that does not exist; a PUT to it creates nothing and neither takes the lock', async () => {
    const [cookie, colleague] = [await logIn(sps.url), await logIn(sps.url, 'auditor')];
    expect((await call(sps.url, cookie, 'PUT', `${connections}/nope`, { name: 'x' })).status).toBe(404);
    expect((await call(sps.url, cookie, 'DELETE', `${connections}/nope`)).status).toBe(404);
    expect(((await call(sps.url, cookie, 'GET', '/api/transaction')).body as { body: { status: string } }).body.status).toBe('closed');
    expect((await call(sps.url, colleague, 'POST', '/api/transaction')).status).toBe(200);
    await call(sps.url, colleague, 'DELETE', '/api/transaction');
  });
});


/** A configuration with these limits, driven in-process by one session. */
function bounded(limits: ConfigurationLimits) {
  const sessions = new Sessions(60_000, Date.now, 10, () => {});
  const lock = new TransactionLock(sessions, () => {});
  const configuration = new Configuration(model, lock, limits);
  const session = sessions.start('admin');
  const write = (operationId: string, path: string, body?: unknown) => configuration.answer({ route: model.route(operationId), path, params: {}, body, session, preferredType: ([type]) => type });
  const commit = () => {
    configuration.commit(lock.of(session)!);
    lock.close(lock.of(session)!, 'committed');
  };
  /** How many local users can still be created before the bound refuses one (staged, not committed). */
  const room = () => {
    let created = 0;
    while (write('createLocalUser', localUsers, { name: `room-${created}` }).status === 201) created++;
    return created;
  };
  return { write, commit, room };
}

describe('the bound on stored request bodies', () => {
  /** How many objects the configuration starts with: what a bound of 1,000 leaves room for tells. */
  let startingObjects = 0;
  beforeAll(() => {
    startingObjects = 1000 - bounded({ maxObjects: 1000, maxBytes: 2 ** 30 }).room();
  });

  it('counts what the configuration holds now: a body replaced or deleted no longer counts', () => {
    const { write, commit } = bounded({ maxObjects: 10_000, maxBytes: 1000 });
    const filler = 'x'.repeat(400);

    for (let i = 0; i < 5; i++) expect(write('updateDnsSettings', dns, { primary: `${i}${filler}`, secondary: null }).status).toBe(200);
    commit();
    for (let i = 0; i < 5; i++) {
      expect(write('updateDnsSettings', dns, { primary: `${i}${filler}`, secondary: null }).status).toBe(200);
      commit();
    }
    for (let i = 0; i < 5; i++) {
      const created = write('createLocalUser', localUsers, { name: `temporary${i}`, filler });
      expect(created.status).toBe(201);
      expect(write('deleteLocalUser', `${localUsers}/${(created.json as { key: string }).key}`).status).toBe(200);
      if (i % 2) commit();
    }
    commit();

    // About 430 bytes of DNS settings are stored: room for one more such body, not two.
    expect(write('createLocalUser', localUsers, { name: 'kept', filler }).status).toBe(201);
    expect(write('createLocalUser', localUsers, { name: 'too-many', filler })).toMatchObject({ status: 400, json: { error: { type: 'SemanticError', message: expect.stringContaining('holds at most') } } });
  });

  it('counts an object replaced inside the open transaction once', () => {
    expect(startingObjects).toBeGreaterThan(10);
    const { write, room } = bounded({ maxObjects: startingObjects + 2, maxBytes: 2 ** 30 });
    for (const primary of ['192.0.2.1', '192.0.2.2']) expect(write('updateDnsSettings', dns, { primary, secondary: null }).status).toBe(200);
    expect(write('updateLocalUser', `${localUsers}/103640099357f3b14f0529a`, { name: 'jdoe', password: null }).status).toBe(200);
    expect(room()).toBe(2);
  });

  it('does not count an object deleted inside the open transaction', () => {
    const { write, room } = bounded({ maxObjects: startingObjects + 2, maxBytes: 2 ** 30 });
    expect(write('deleteLocalUser', `${localUsers}/46785097158061f46c63d0`).status).toBe(200);
    expect(room()).toBe(3);
  });
});

describe('local user names', () => {
  it('are unique: a create or rename to a name another user has (committed or staged) gets 400 SemanticError', async () => {
    const cookie = await logIn(sps.url);
    const users = async () => {
      const { items } = (await call(sps.url, cookie, 'GET', localUsers)).body as { items: { key: string }[] };
      return Promise.all(items.map(async ({ key }) => ({ key, name: ((await call(sps.url, cookie, 'GET', `${localUsers}/${key}`)).body as { body: { name: string } }).body.name })));
    };
    const [first, second] = await users();
    const refused = { status: 400, body: { error: { type: 'SemanticError', message: expect.stringContaining('already') } } };

    expect(await call(sps.url, cookie, 'POST', localUsers, { name: first!.name })).toMatchObject(refused);
    const alice = (await call(sps.url, cookie, 'POST', localUsers, { name: 'alice' })).body as { key: string };
    expect(await call(sps.url, cookie, 'POST', localUsers, { name: 'alice' })).toMatchObject(refused);
    expect(await call(sps.url, cookie, 'PUT', `${localUsers}/${second!.key}`, { name: 'alice' })).toMatchObject(refused);
    expect(await call(sps.url, cookie, 'PUT', `${localUsers}/${second!.key}`, { name: first!.name })).toMatchObject(refused);
    expect(await users()).toEqual(expect.arrayContaining([first, second, { key: alice.key, name: 'alice' }]));

    // A user keeps its own name; a name freed in the transaction (renamed, deleted) can be taken.
    expect((await call(sps.url, cookie, 'PUT', `${localUsers}/${first!.key}`, { name: first!.name })).status).toBe(200);
    expect((await call(sps.url, cookie, 'PUT', `${localUsers}/${first!.key}`, { name: 'renamed' })).status).toBe(200);
    expect((await call(sps.url, cookie, 'PUT', `${localUsers}/${second!.key}`, { name: first!.name })).status).toBe(200);
    expect((await call(sps.url, cookie, 'DELETE', `${localUsers}/${alice.key}`)).status).toBe(200);
    expect((await call(sps.url, cookie, 'POST', localUsers, { name: 'alice' })).status).toBe(201);
    const names = (await users()).map(({ name }) => name);
    expect(new Set(names).size).toBe(names.length);
    await call(sps.url, cookie, 'DELETE', '/api/transaction');
  });

  it('are one when their Unicode NFC forms are; case counts', async () => {
    const cookie = await logIn(sps.url);
    const [composed, decomposed] = ['Zo\u00eb', 'Zoe\u0308'];
    const refused = { status: 400, body: { error: { type: 'SemanticError', message: expect.stringContaining('already') } } };
    const create = async (name: string) => {
      const answer = await call(sps.url, cookie, 'POST', localUsers, { name });
      expect(answer.status, name).toBe(201);
      return (answer.body as { key: string }).key;
    };
    try {
      const created = await create(composed);
      expect(await call(sps.url, cookie, 'POST', localUsers, { name: decomposed })).toMatchObject(refused);
      const other = await create('zo\u00eb');
      await create('ZO\u00cb');
      expect(await call(sps.url, cookie, 'PUT', `${localUsers}/${other}`, { name: decomposed })).toMatchObject(refused);
      // A user may be renamed to another form of its own name.
      expect((await call(sps.url, cookie, 'PUT', `${localUsers}/${created}`, { name: decomposed })).status).toBe(200);
    } finally {
      await call(sps.url, cookie, 'DELETE', '/api/transaction');
    }
  });
});

describe('the state option', () => {
  const replaced = statefulMock({
    state: {
      '/api/configuration/network/dns': { key: 'dns', body: { primary: '203.0.113.53', secondary: null }, meta: { href: '/api/configuration/network/dns' } },
      '/api/configuration/aaa/local_database/groups/-100': null,
      [`${localUsers}/u1`]: { key: 'u1', meta: { href: `${localUsers}/u1` }, body: { name: 'loaded', password: null } },
    },
  });

  it('replaces the examples the configuration starts from, and removes members', async () => {
    const cookie = await logIn(replaced.url);
    expect(((await call(replaced.url, cookie, 'GET', '/api/configuration/network/dns')).body as { body: { primary: string } }).body.primary).toBe('203.0.113.53');
    expect((await call(replaced.url, cookie, 'GET', '/api/configuration/aaa/local_database/groups/-100')).status).toBe(404);
  });

  it('adds members that are reachable at their path and keep their own name', async () => {
    const cookie = await logIn(replaced.url);
    expect((await call(replaced.url, cookie, 'GET', localUsers)).body).toMatchObject({ items: expect.arrayContaining([{ key: 'u1', meta: { href: `${localUsers}/u1` } }]) });
    expect((await call(replaced.url, cookie, 'PUT', `${localUsers}/u1`, { name: 'loaded', password: null })).status).toBe(200);
    expect((await call(replaced.url, cookie, 'DELETE', `${localUsers}/u1`)).status).toBe(200);
    await call(replaced.url, cookie, 'DELETE', '/api/transaction');
  });
});

describe('the key of a new member', () => {
  it('is made up by the mock whatever `key` the body sends, so the member is reachable at its href', async () => {
    const cookie = await logIn(sps.url);
    for (const [i, key] of ['x/y', 'with space', 'a?b#c', '..'].entries()) {
      const created = await call(sps.url, cookie, 'POST', localUsers, { name: `stuck-${i}`, key });
      expect(created.status).toBe(201);
      const { key: made, meta } = created.body as { key: string; meta: { href: string } };
      expect(made).toMatch(/^[0-9a-f]{24}$/);
      expect(meta.href).toBe(`${localUsers}/${made}`);
      expect((await call(sps.url, cookie, 'GET', meta.href)).body).toMatchObject({ key: made, body: { name: `stuck-${i}` } });
      expect((await call(sps.url, cookie, 'DELETE', meta.href)).status).toBe(200);
      expect((await call(sps.url, cookie, 'POST', localUsers, { name: `stuck-${i}` })).status).toBe(201);
    }
    await call(sps.url, cookie, 'DELETE', '/api/transaction');
  });

  it("is the joining node's node_id where the request names the member, refused unless it is one plain path segment", () => {
    const { write } = bounded({ maxObjects: 10_000, maxBytes: 2 ** 30 });
    const node = { address: '192.0.2.31', psk: 'a-pre-shared-key', roles: [] };
    const nodeId = '6a1f0c2e-7d4b-4e8a-9c3f-2b1d0e9f8a7c';
    expect(write('addClusterNode', '/api/cluster/nodes', { ...node, node_id: nodeId }).json).toMatchObject({ key: nodeId, meta: { href: `/api/cluster/nodes/${nodeId}` } });
    for (const nodeId of ['x/y', 'a b', '..', '']) {
      expect(write('addClusterNode', '/api/cluster/nodes', { ...node, node_id: nodeId }), nodeId).toMatchObject({ status: 400, json: { error: { type: 'SemanticError' } } });
    }
  });
});
