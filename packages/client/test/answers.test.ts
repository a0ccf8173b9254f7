/**
 * Success answers that are not what the description documents (a proxy in front of SPS, another SPS
 * version): every helper that reads such an answer rejects with an SpsUnexpectedAnswerError that names the
 * request and what is missing or wrong, never with a bare TypeError, nor resolves with nothing.
 */
import { SpsError, SpsRequestError, SpsUnexpectedAnswerError, type SpsClient } from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { caught } from './support/caught.js';
import { fakeSps, ok, type Handler, type Routes } from './support/fake-sps.js';

const key = '8f6f7b0f-bba1-4d86-babb-54868106d2e9';
const bundles = '/api/troubleshooting/support-bundle';
const groups = '/api/configuration/aaa/local_database/groups';

/** 200 with no body at all, as a proxy may answer. */
const empty: Handler = () => ({ status: 200 });
/** 200 with the JSON `null`. */
const jsonNull: Handler = () => ({ status: 200, text: 'null' });
const transactionOpen = ok({ key: 'transaction', body: { status: 'open', commit_message: 'optional' }, meta: {} });

interface Case {
  routes: Routes;
  call: (client: SpsClient) => Promise<unknown>;
  /** The request the error is about. */
  request: `${string} ${string}`;
  /** What the message says after `answered 200 `. */
  problem: string;
}

const cases: Record<string, Case> = {
  'fetchFirmware: the start answers without key': {
    routes: { 'POST /api/firmware/fetch': ok({ meta: { href: '/api/firmware/fetch' } }) },
    call: (client) => client.fetchFirmware({ url: 'https://example.com/sps.iso', sha256: 'a'.repeat(64) }),
    request: 'POST /api/firmware/fetch',
    problem: 'without `key`',
  },
  'fetchFirmware: a poll answers without body': {
    routes: { 'POST /api/firmware/fetch': ok({ key, meta: {} }), [`GET /api/firmware/fetch/${key}`]: ok({ key, meta: {} }) },
    call: (client) => client.fetchFirmware({ url: 'https://example.com/sps.iso', sha256: 'a'.repeat(64) }),
    request: `GET /api/firmware/fetch/${key}`,
    problem: 'without `body.status`',
  },
  'createSupportBundle: the start answers an empty body': {
    routes: { [`POST ${bundles}`]: empty },
    call: (client) => client.createSupportBundle({ to: new WritableStream() }),
    request: `POST ${bundles}`,
    problem: 'with an empty body, not a JSON object',
  },
  'createSupportBundle: a poll answers null': {
    routes: { [`POST ${bundles}`]: ok({ key, meta: {} }), [`GET ${bundles}/${key}`]: jsonNull, [`DELETE ${bundles}/${key}`]: ok() },
    call: (client) => client.createSupportBundle({ to: new WritableStream() }),
    request: `GET ${bundles}/${key}`,
    problem: 'with null, not a JSON object',
  },
  'searchSessions: items is not a list': {
    routes: { 'GET /api/audit/sessions': ok({ items: 'none', meta: {} }) },
    call: (client) => client.searchSessions()[Symbol.asyncIterator]().next(),
    request: 'GET /api/audit/sessions',
    problem: 'with `items` that is a string, not a list of objects',
  },
  'searchSessions: an item is null': {
    routes: { 'GET /api/audit/sessions': ok({ items: [{ key: 's1', meta: {} }, null], meta: {} }) },
    call: (client) => client.searchSessions()[Symbol.asyncIterator]().next(),
    request: 'GET /api/audit/sessions',
    problem: 'with `items[1]` that is null, not an object',
  },
  'searchSessions: a page without meta': {
    routes: { 'GET /api/audit/sessions': ok({ items: [] }) },
    call: (client) => client.searchSessions()[Symbol.asyncIterator]().next(),
    request: 'GET /api/audit/sessions',
    problem: 'without `meta`',
  },
  'searchSessions: meta.next is not a link': {
    routes: { 'GET /api/audit/sessions': ok({ items: [{ key: 's1', meta: {} }], meta: { next: 2 } }) },
    call: async (client) => {
      for await (const _ of client.searchSessions());
    },
    request: 'GET /api/audit/sessions',
    problem: 'with `meta.next` that is a number, not a string',
  },
  'searchSessions: the snapshot answers without its ID': {
    routes: { 'GET /api/audit/sessions/_snapshot': ok({ body: {}, meta: {} }) },
    call: (client) => client.searchSessions({}, { snapshot: true })[Symbol.asyncIterator]().next(),
    request: 'GET /api/audit/sessions/_snapshot',
    problem: 'without `body.snapshot`',
  },
  'countSessions: no count': {
    routes: { 'GET /api/audit/sessions/_count': ok({ meta: {} }) },
    call: (client) => client.countSessions(),
    request: 'GET /api/audit/sessions/_count',
    problem: 'without `count`',
  },
  'getSession: an empty body': {
    routes: { 'GET /api/audit/sessions/s1': empty },
    call: (client) => client.getSession('s1'),
    request: 'GET /api/audit/sessions/s1',
    problem: 'with an empty body, not a JSON object',
  },
  'listSessionChannels: a channel is null': {
    routes: { 'GET /api/audit/sessions/s1/channels': ok({ items: [null], meta: {} }) },
    call: (client) => client.listSessionChannels('s1'),
    request: 'GET /api/audit/sessions/s1/channels',
    problem: 'with `items[0]` that is null, not an object',
  },
  'createLocalUser: the group listing has no items': {
    routes: { 'GET /api/transaction': transactionOpen, [`GET ${groups}`]: ok({ meta: {} }) },
    call: (client) => client.createLocalUser({ name: 'alice', password: 'pw', groups: ['auditors'] }),
    request: `GET ${groups}`,
    problem: 'without `items`',
  },
  'createLocalUser: a group without members': {
    routes: {
      'GET /api/transaction': transactionOpen,
      [`GET ${groups}`]: ok({ items: [{ key: 'g1', meta: {} }], meta: {} }),
      [`GET ${groups}/g1`]: ok({ key: 'g1', body: { name: 'auditors' }, meta: {} }),
    },
    call: (client) => client.createLocalUser({ name: 'alice', password: 'pw', groups: ['auditors'] }),
    request: `GET ${groups}/g1`,
    problem: 'without `body.members`',
  },
  'createLocalUser: the stored password has no key': {
    routes: { 'GET /api/transaction': transactionOpen, 'POST /api/configuration/passwords': ok({ meta: {} }) },
    call: (client) => client.createLocalUser({ name: 'alice', password: 'pw' }),
    request: 'POST /api/configuration/passwords',
    problem: 'without `key`',
  },
  'getTransaction: null': {
    routes: { 'GET /api/transaction': jsonNull },
    call: (client) => client.getTransaction(),
    request: 'GET /api/transaction',
    problem: 'with null, not a JSON object',
  },
  'getTransaction: no state': {
    routes: { 'GET /api/transaction': ok({ meta: {} }) },
    call: (client) => client.getTransaction(),
    request: 'GET /api/transaction',
    problem: 'without a transaction state (`body` or `transaction`)',
  },
  'listChanges: no changes': {
    routes: { 'GET /api/transaction/changes': ok({ meta: {} }) },
    call: (client) => client.listChanges(),
    request: 'GET /api/transaction/changes',
    problem: 'without `changes`',
  },
  'listSlots: a list': {
    routes: { 'GET /api/firmware/slots': ok([]) },
    call: (client) => client.listSlots(),
    request: 'GET /api/firmware/slots',
    problem: 'with a list, not a JSON object',
  },
  'follow: an empty body': {
    routes: { 'GET /api/firmware/slots/2': empty },
    call: (client) => client.follow('/api/firmware/slots/2'),
    request: 'GET /api/firmware/slots/2',
    problem: 'with an empty body, not a JSON object',
  },
  'listLoginMethods: null': {
    routes: { 'GET /api/authentication/login_methods': jsonNull },
    call: (client) => client.listLoginMethods(),
    request: 'GET /api/authentication/login_methods',
    problem: 'with null, not a JSON object',
  },  // A key that is "", "." or ".." would name the parent resource in the next request's path.
  'fetchFirmware: the start answers the key ..': {
    routes: { 'POST /api/firmware/fetch': ok({ key: '..', meta: {} }) },
    call: (client) => client.fetchFirmware({ url: 'https://example.com/sps.iso', sha256: 'a'.repeat(64) }),
    request: 'POST /api/firmware/fetch',
    problem: 'with `key` that is a string, not a key',
  },
  'createSupportBundle: the start answers the key .': {
    routes: { [`POST ${bundles}`]: ok({ key: '.', meta: {} }) },
    call: (client) => client.createSupportBundle({ to: new WritableStream() }),
    request: `POST ${bundles}`,
    problem: 'with `key` that is a string, not a key',
  },
  'createLocalUser: a listed group without key': {
    routes: { 'GET /api/transaction': transactionOpen, [`GET ${groups}`]: ok({ items: [{}], meta: {} }) },
    call: (client) => client.createLocalUser({ name: 'alice', password: 'pw', groups: ['auditors'] }),
    request: `GET ${groups}`,
    problem: 'with `items[0]` that is an object, not a keyed object',
  },
  'createLocalUser: a listed group with the key ..': {
    routes: { 'GET /api/transaction': transactionOpen, [`GET ${groups}`]: ok({ items: [{ key: '..' }], meta: {} }) },
    call: (client) => client.createLocalUser({ name: 'alice', password: 'pw', groups: ['auditors'] }),
    request: `GET ${groups}`,
    problem: 'with `items[0]` that is an object, not a keyed object',
  },
  // Helpers that resolve with the answer, or read it.
  'login: an empty body': {
    routes: { 'GET /api/authentication': () => ({ status: 200, headers: { 'Set-Cookie': 'session_id=abc' } }) },
    call: (client) => client.login({ username: 'admin', password: 'pw' }),
    request: 'GET /api/authentication',
    problem: 'with an empty body, not a JSON object',
  },
  'openTransaction: null': {
    routes: { 'POST /api/transaction': jsonNull },
    call: (client) => client.openTransaction(),
    request: 'POST /api/transaction',
    problem: 'with null, not a JSON object',
  },
  'commit: a list': {
    routes: { 'PUT /api/transaction': ok([1]) },
    call: (client) => client.commit('m'),
    request: 'PUT /api/transaction',
    problem: 'with a list, not a JSON object',
  },
  'rollback: a string': {
    routes: { 'DELETE /api/transaction': ok('str') },
    call: (client) => client.rollback(),
    request: 'DELETE /api/transaction',
    problem: 'with a string, not a JSON object',
  },
  'testFirmware: an empty body': {
    routes: { 'POST /api/firmware/test': empty },
    call: (client) => client.testFirmware(1),
    request: 'POST /api/firmware/test',
    problem: 'with an empty body, not a JSON object',
  },
  'upgradeFirmware: null': {
    routes: { 'POST /api/firmware/upgrade': jsonNull },
    call: (client) => client.upgradeFirmware(1),
    request: 'POST /api/firmware/upgrade',
    problem: 'with null, not a JSON object',
  },
  'uploadFirmware: a number': {
    routes: { 'POST /api/upload/firmware': ok(5) },
    call: (client) => client.uploadFirmware(new Blob(['iso'])),
    request: 'POST /api/upload/firmware',
    problem: 'with a number, not a JSON object',
  },
  'createLocalUser: the user answer is null': {
    routes: {
      'GET /api/transaction': transactionOpen,
      'POST /api/configuration/passwords': ok({ key: 'p1', meta: {} }),
      'POST /api/configuration/aaa/local_database/users': jsonNull,
    },
    call: (client) => client.createLocalUser({ name: 'alice', password: 'pw' }),
    request: 'POST /api/configuration/aaa/local_database/users',
    problem: 'with null, not a JSON object',
  },
  'getTransaction: a body that is not an object': {
    routes: { 'GET /api/transaction': ok({ body: 5, meta: {} }) },
    call: (client) => client.getTransaction(),
    request: 'GET /api/transaction',
    problem: 'with `body` that is a number, not an object',
  },
  'getTransaction: a transaction that is not an object': {
    routes: { 'GET /api/transaction': ok({ transaction: 'x', meta: {} }) },
    call: (client) => client.getTransaction(),
    request: 'GET /api/transaction',
    problem: 'with `transaction` that is a string, not an object',
  },
};

describe('a success answer of the wrong shape', () => {
  it.each(Object.entries(cases))('%s: an SpsUnexpectedAnswerError naming the request and what is wrong', async (_, { routes, call, request, problem }) => {
    const error = await caught(call(fakeSps(routes).client({ retry: false })));
    expect(error).toBeInstanceOf(SpsUnexpectedAnswerError);
    const [method, path] = request.split(' ');
    expect(error).toMatchObject({ method, path, status: 200, message: `${request} answered 200 ${problem}` });
  });

  it('is an SpsRequestError, and an SpsInvalidJsonError is one of it', async () => {
    const sps = fakeSps({ 'GET /api/firmware/slots': () => ({ status: 200, text: '<html>', headers: { 'Content-Type': 'text/html' } }) });
    const error = await caught(sps.client().listSlots());
    expect(error).toBeInstanceOf(SpsUnexpectedAnswerError);
    expect(error).toBeInstanceOf(SpsRequestError);
    expect(error).toBeInstanceOf(SpsError);
    expect(error).toMatchObject({ name: 'SpsInvalidJsonError', contentType: 'text/html' });
  });

  it('a key of the wrong shape is not put into a path, nor is a transaction committed on a state of the wrong shape', async () => {
    for (const name of ['fetchFirmware: the start answers the key ..', 'createSupportBundle: the start answers the key .', 'createLocalUser: a listed group with the key ..']) {
      const sps = fakeSps(cases[name]!.routes);
      await caught(cases[name]!.call(sps.client()));
      expect(sps.requests.filter(({ method }) => method !== 'GET' && method !== 'POST'), name).toEqual([]);
      expect(sps.requests.filter(({ path }) => path.startsWith(`${groups}/`) || path.startsWith('/api/firmware/fetch/')), name).toEqual([]);
    }
    const sps = fakeSps({ ...cases['getTransaction: a body that is not an object']!.routes, 'POST /api/transaction': ok(), 'DELETE /api/transaction': ok() });
    await caught(sps.client().withTransaction(() => undefined));
    expect(sps.sent('PUT /api/transaction')).toHaveLength(0);
  });

  it('a value outside an enum that nests deeper than the stack is named, not quoted (no RangeError)', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const sps = fakeSps({ 'POST /api/firmware/fetch': ok({ key, meta: {} }), [`GET /api/firmware/fetch/${key}`]: () => ({ status: 200, text: `{"body":{"status":${deep}}}` }) });
    const error = await caught(sps.client().fetchFirmware({ url: 'https://example.com/sps.iso', sha256: 'a'.repeat(64) }));
    expect(error).toBeInstanceOf(SpsUnexpectedAnswerError);
    expect((error as Error).message).toContain('with `body.status` a list, none of');
  });

  it('listSessionChannels leaves out a channel body that is not an object', async () => {
    const sps = fakeSps({ 'GET /api/audit/sessions/s1/channels': ok({ items: [{ key: 'c1', body: 'abc' }], meta: {} }) });
    expect(await sps.client().listSessionChannels('s1')).toEqual([{ key: 'c1' }]);
  });

  it('a support bundle whose poll is of the wrong shape is still deleted on SPS', async () => {
    const sps = fakeSps(cases['createSupportBundle: a poll answers null']!.routes);
    await caught(sps.client().createSupportBundle({ to: new WritableStream() }));
    expect(sps.sent(`DELETE ${bundles}/${key}`)).toHaveLength(1);
  });
});
