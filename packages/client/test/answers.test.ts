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

  it('a support bundle whose poll is of the wrong shape is still deleted on SPS', async () => {
    const sps = fakeSps(cases['createSupportBundle: a poll answers null']!.routes);
    await caught(sps.client().createSupportBundle({ to: new WritableStream() }));
    expect(sps.sent(`DELETE ${bundles}/${key}`)).toHaveLength(1);
  });
});
