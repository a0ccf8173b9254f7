/**
 * The client's workflows against the stateful mock SPS (`sps-mock --stateful`), which keeps what they
 * change: login, transactions (commit, rollback, the lock of a second client), re-login after the session
 * expired, firmware downloads that progress, session search across a snapshot. The in-process fakes of
 * the other test files keep what only a fake can show (exact requests, failing rollbacks, dropped
 * connections).
 */
import { startMock, type RunningStatefulMock, type StatefulOptions } from '@sps-openapi/mock';
import {
  createSpsClient,
  isAuthenticationFailure,
  isConfigLocked,
  SpsApiError,
  SpsCommitMessageRequiredError,
  unwrap,
  type SpsClient,
} from '@sps-openapi/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { caught } from './support/caught.js';

const admin = { username: 'admin', password: 'Sup3r-Secret!' };
const operator = { username: 'operator', password: 'An0ther-Secret' };
const dns = '/api/configuration/network/dns';

/** A stateful mock for one describe block. */
function statefulMock(options: StatefulOptions = {}) {
  const running: { mock?: RunningStatefulMock } = {};
  beforeAll(async () => {
    running.mock = await startMock({ stateful: true, users: { [admin.username]: admin.password, [operator.username]: operator.password }, ...options });
  });
  afterAll(() => running.mock?.stop());
  return {
    client: async (as = admin, more: { relogin?: boolean } = {}): Promise<SpsClient> => {
      const sps = createSpsClient({ baseUrl: running.mock!.url, retry: false, ...more });
      await sps.login(as);
      return sps;
    },
    get url() {
      return running.mock!.url;
    },
  };
}

const primaryOf = async (sps: SpsClient) => (await unwrap(sps.GET(dns))).body.primary;

describe('transactions', () => {
  const sps = statefulMock();

  it('login → read → withTransaction → commit → read back, also from another session', async () => {
    const client = await sps.client();
    const before = await primaryOf(client);
    const key = await client.withTransaction(
      async (tx) => {
        await unwrap(tx.PUT(dns, { body: { primary: '192.0.2.53', secondary: '192.0.2.54' } }));
        expect(await primaryOf(tx)).toBe('192.0.2.53');
        expect((await tx.listChanges()).map(({ type, path }) => `${type} ${path}`)).toEqual([`replace ${dns}`]);
        return (await tx.getTransaction()).status;
      },
      { message: 'Rotate DNS servers (change 4711)' },
    );
    expect(key).toBe('open');
    expect(before).not.toBe('192.0.2.53');
    expect(await primaryOf(client)).toBe('192.0.2.53');
    expect(await primaryOf(await sps.client(operator))).toBe('192.0.2.53');
    expect((await client.getTransaction()).status).toBe('closed');
  });

  it('a second client gets the 409 lock before its work runs; the first one still commits', async () => {
    const first = await sps.client();
    const second = await sps.client(operator);
    await first.openTransaction();
    let ran = false;
    const error = await second
      .withTransaction(() => {
        ran = true;
      })
      .catch((caught: unknown) => caught);
    expect(isConfigLocked(error)).toBe(true);
    expect(ran).toBe(false);
    await unwrap(first.PUT(dns, { body: { primary: '192.0.2.60', secondary: null } }));
    await first.commit('Change 4712');
    expect(await primaryOf(second)).toBe('192.0.2.60');
  });

  it('rolls back after a failing step: the change is gone and the lock is free', async () => {
    const client = await sps.client();
    const before = await primaryOf(client);
    const boom = new Error('step 2 failed');
    const error = await client
      .withTransaction(async (tx) => {
        await unwrap(tx.PUT(dns, { body: { primary: '198.51.100.1', secondary: null } }));
        throw boom;
      }, { message: 'never committed' })
      .catch((caught: unknown) => caught);
    expect(error).toBe(boom);
    expect(error).not.toHaveProperty('rollbackError');
    expect(await primaryOf(client)).toBe(before);
    expect((await client.getTransaction()).status).toBe('closed');
    await (await sps.client(operator)).withTransaction(() => undefined, { message: 'the lock is free' });
  });

  it('rolls back when SPS rejects a change', async () => {
    const client = await sps.client();
    const error = await client
      // @ts-expect-error -- a typo SPS rejects
      .withTransaction((tx) => unwrap(tx.PUT(dns, { body: { primary: '192.0.2.1', secondry: null } })), { message: 'typo' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).toMatchObject({ status: 400, type: 'InvalidRequestBody', method: 'PUT', path: dns });
    expect((await client.getTransaction()).status).toBe('closed');
  });
});

describe('a required commit message', () => {
  const sps = statefulMock({ requireCommitMessage: true });

  it('withTransaction without a message refuses to start the work, and rolls back', async () => {
    const client = await sps.client();
    let ran = false;
    const error = await client
      .withTransaction(() => {
        ran = true;
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsCommitMessageRequiredError);
    expect(ran).toBe(false);
    expect((await client.getTransaction()).status).toBe('closed');
  });

  it('a commit SPS refuses (an empty message) is rolled back', async () => {
    const client = await sps.client();
    const before = await primaryOf(client);
    const error = await client
      .withTransaction((tx) => unwrap(tx.PUT(dns, { body: { primary: '192.0.2.77', secondary: null } })), { message: '' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 400, type: 'IncompleteRequestBodyError', method: 'PUT', path: '/api/transaction' });
    expect(await primaryOf(client)).toBe(before);
  });
});

describe('sessions', () => {
  const sps = statefulMock({ sessionTtlSeconds: 1 });

  it('a wrong password is an AuthenticationFailure and leaves no session', async () => {
    const client = createSpsClient({ baseUrl: sps.url, retry: false });
    const error = await client.login({ ...admin, password: 'wrong' }).catch((caught: unknown) => caught);
    expect(isAuthenticationFailure(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, path: '/api/authentication' });
    expect((await client.GET('/api/transaction')).response.status).toBe(401);
  });

  it('logs in again after the session expired (1 s TTL) and resends the request', async () => {
    const client = await sps.client(admin, { relogin: true });
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect((await client.getTransaction()).status).toBe('closed');
    await new Promise((resolve) => setTimeout(resolve, 1300));
    await client.withTransaction((tx) => unwrap(tx.PUT(dns, { body: { primary: '192.0.2.88', secondary: null } })), { message: 'after a re-login' });
    expect(await primaryOf(client)).toBe('192.0.2.88');
  });

  it('without relogin, an expired session is a 401 Unauthenticated', async () => {
    const client = await sps.client();
    await new Promise((resolve) => setTimeout(resolve, 1300));
    const { error, response } = await client.GET('/api/transaction');
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ error: { type: 'Unauthenticated' } });
  });
});

describe('re-login with the transaction a write opened', () => {
  let now = Date.now();
  const logins: string[] = [];
  const sps = statefulMock({ sessionTtlSeconds: 60, now: () => now, log: (line) => void (line.endsWith(' logged in') && logins.push(line)) });
  const expireSession = () => void (now += 61_000);
  beforeEach(() => void (logins.length = 0));
  const node = { address: '192.0.2.30', node_id: '0f6c1f5e-3f1a-4a63-9d1e-1a2b3c4d5e6f', psk: 'a-pre-shared-key', roles: [] };

  it('a cluster node staged, then the session expired: the commit rejects with the 401, not committing nothing in a new session', async () => {
    const client = await sps.client(admin, { relogin: true });
    await unwrap(client.POST('/api/cluster/nodes', { body: node }));
    expireSession();
    const error = await caught(client.commit('Add a node'));
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).toMatchObject({ status: 401, type: 'Unauthenticated', path: '/api/transaction' });
    expect(logins).toHaveLength(1);
  });

  it('the session expired inside withTransaction: the work and the rollback get 401, then the next call logs in again', async () => {
    const client = await sps.client(admin, { relogin: true });
    const work = client.withTransaction(async (tx) => {
      expireSession();
      await tx.PUT(dns, { body: { primary: '192.0.2.77', secondary: null } });
    }, { message: 'too late' });
    const error = await caught(work);
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).toMatchObject({ status: 401, method: 'PUT', rollbackError: { status: 401, method: 'DELETE' } });
    expect(logins).toHaveLength(1);
    expect((await client.getTransaction()).status).toBe('closed');
    expect(logins).toHaveLength(2);
  });
});

describe('firmware', () => {
  const sps = statefulMock({ firmwareDownloadSeconds: 2 });
  const source = { url: 'https://downloads.example.com/sps-7.4.1.iso', sha256: 'a'.repeat(64) };

  it('fetchFirmware reports the download progressing until the image is in a slot', async () => {
    const client = await sps.client();
    const seen: string[] = [];
    const finished = await client.fetchFirmware(source, { pollIntervalMs: 20, onProgress: (job) => seen.push(`${job.status}${job.info ? ` ${job.info}` : ''}`) });
    // In order, each phase seen at least once but the shortest ones (a tenth of the time each) on a slow machine.
    const phases = ['queued', 'in-progress Downloading', 'in-progress Verifying checksum', 'finished'];
    const order = seen.map((step) => phases.indexOf(step));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(seen).toContain('in-progress Downloading');
    expect(seen.at(-1)).toBe('finished');
    expect(finished.body.slot_id).toBe(2);
    const slots = await client.listSlots();
    expect(slots.items?.find((slot) => slot.key === '2')?.body).toMatchObject({ version: '7.4.1' });
    expect((await client.testFirmware(2)).key).toBe('2');
  });

  it('aborting cancels the download on SPS', async () => {
    const client = await sps.client();
    const controller = new AbortController();
    const error = await client
      .fetchFirmware(source, {
        signal: controller.signal,
        pollIntervalMs: 10,
        onProgress: (job) => {
          if (job.status === 'in-progress') controller.abort(new Error('operator cancelled'));
        },
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ message: 'operator cancelled' });
    const key = (await unwrap(client.GET('/api/firmware/fetch'))).items.at(-1)!.key;
    const job = await unwrap(client.GET('/api/firmware/fetch/{key}', { params: { path: { key } } }));
    expect(job.body.status).toBe('canceled');
  });
});

describe('session search across a snapshot', () => {
  const sps = statefulMock({ sessions: 1200 });

  it('follows meta.next through every page of a snapshot, as many sessions as _count counts', async () => {
    const client = await sps.client();
    const { count } = await unwrap(client.GET('/api/audit/sessions/_count', { params: { query: { q: 'protocol:SSH' } } }));
    const snapshot = (await unwrap(client.GET('/api/audit/sessions/_snapshot'))).body.snapshot;
    const keys = new Set<string>();
    let page = await unwrap(client.GET('/api/audit/sessions', { params: { query: { q: 'protocol:SSH', fields: 'protocol,user.name', limit: 100, snapshot } } }));
    for (let pages = 0; pages < 100; pages++) {
      for (const item of page.items) {
        expect(item.body?.protocol).toBe('SSH');
        keys.add(item.key);
      }
      const next = page.meta.next;
      if (!next) break;
      page = await client.follow(next as '/api/audit/sessions');
    }
    expect(page.meta.next).toBeNull();
    expect(count).toBeGreaterThan(100);
    expect(keys.size).toBe(count);
  });
});
