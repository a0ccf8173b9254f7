/**
 * Every helper against the mock SPS (Prism serving the bundle): requests must satisfy the spec's
 * schemas, answers come from its examples. `Prefer` picks an example or a documented status.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createSpsClient,
  isConfigLocked,
  isFirmwareTestFailed,
  isIncompleteRequestBody,
  isResourceNotFound,
  isUnauthenticated,
  sessionQuery,
  SpsApiError,
  SpsError,
  SpsSnapshotExpiredError,
  SpsSnapshotQuotaError,
  unwrap,
  type FetchLike,
} from '@sps-openapi/client';
import { describe, expect, inject, it } from 'vitest';
import { caught } from './support/caught.js';

const baseUrl = inject('mockUrl');
const sessionId = 'a1f71d030e657634730b9e887cb59a5e56162860';

/** A client whose requests carry `Prefer: <prefer>`. */
function preferring(prefer: string, fetchVia: FetchLike = (request, init) => fetch(request, init)) {
  return createSpsClient({
    baseUrl,
    sessionId,
    fetch: (request, init) => {
      request.headers.set('Prefer', prefer);
      return fetchVia(request, init);
    },
  });
}

const client = () => createSpsClient({ baseUrl, sessionId });

describe('session against the mock', () => {
  it('login takes the session cookie from Set-Cookie; without it SPS answers 401', async () => {
    const anonymous = createSpsClient({ baseUrl });
    expect(isUnauthenticated(await caught(anonymous.getTransaction()))).toBe(true);
    await anonymous.login({ username: 'admin', password: 'not-a-real-password' });
    expect((await anonymous.getTransaction()).status).toBe('closed');
  });

  it('loginWithCertificate sends type=x509 (Prism does not check certificates)', async () => {
    const viaCertificate = createSpsClient({ baseUrl, cert: 'test-only', key: 'test-only' });
    await viaCertificate.loginWithCertificate();
    expect((await viaCertificate.getTransaction()).status).toBe('closed');
  });

  it('listLoginMethods answers the anonymous listing', async () => {
    expect(await createSpsClient({ baseUrl }).listLoginMethods()).toHaveProperty('login_methods');
  });
});

describe('transactions against the mock', () => {
  it('withTransaction opens, changes, commits and hands back the work result', async () => {
    const status = await client().withTransaction(async (tx) => {
      const { response } = await tx.PUT('/api/configuration/network/dns', { body: { primary: '192.0.2.53', secondary: null } });
      return response.status;
    }, { message: 'Rotate DNS' });
    expect(status).toBe(200);
  });

  it('withTransaction rolls back and rethrows when the mock rejects a change', async () => {
    const error = await caught(
      client().withTransaction(
        // @ts-expect-error -- a typo SPS rejects; the closed request schema makes the mock reject it too
        (tx) => unwrap(tx.PUT('/api/configuration/network/dns', { body: { primary: '192.0.2.53', secondry: null } })),
        { message: 'typo' },
      ),
    );
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).toMatchObject({ status: 400, method: 'PUT', path: '/api/configuration/network/dns' });
    expect(error).not.toHaveProperty('rollbackError');
  });

  it('the 409 lock and the 411 are typed errors', async () => {
    expect(isConfigLocked(await caught(preferring('code=409').openTransaction()))).toBe(true);
    expect(await caught(preferring('code=411').openTransaction())).toMatchObject({ status: 411, type: 'UnsupportedMethod' });
  });

  it('getTransaction reads both documented shapes', async () => {
    expect(await preferring('example=open').getTransaction()).toMatchObject({ status: 'open' });
    expect(await preferring('example=closed').getTransaction()).toMatchObject({ status: 'closed' });
  });

  it('openTransaction, listChanges, commit and rollback', async () => {
    const sps = client();
    expect((await sps.openTransaction()).meta.href).toBe('/api/transaction');
    expect(Array.isArray(await sps.listChanges())).toBe(true);
    expect((await sps.commit('Done')).key).toBe('transaction');
    expect((await sps.rollback()).meta.href).toBe('/api/transaction');
  });
});

describe('firmware against the mock', () => {
  it('fetchFirmware starts the download and polls the job until finished', async () => {
    // The vendor's 202 sample has a placeholder key that is not a UUID, which the mock then refuses as a
    // path parameter; swap it for the UUID of the spec's job example.
    const sps = createSpsClient({
      baseUrl,
      sessionId,
      fetch: (request, init) =>
        fetch(new Request(request.url.replace('XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX', '8f6f7b0f-bba1-4d86-babb-54868106d2e9'), request), init),
    });
    const seen: string[] = [];
    const job = await sps.fetchFirmware(
      { url: 'https://example.com/sps.iso', sha256: 'ab'.repeat(32) },
      { pollIntervalMs: 1, onProgress: (state) => seen.push(state.status) },
    );
    expect(seen).toEqual(['finished']);
    expect(job.body.slot_id).toBe(2);
  });

  it('testFirmware and upgradeFirmware answer the check report', async () => {
    expect((await client().testFirmware(1)).body.test_summary).toContain('HA check');
    expect((await client().upgradeFirmware('2', 'Upgrade to 7.4.1')).key).toBe('2');
  });

  it('their documented errors are typed', async () => {
    const missing = await caught(preferring('code=400').testFirmware(1));
    expect(isIncompleteRequestBody(missing) && missing.details?.missing_paths).toEqual(['slot_id']);
    const empty = await caught(preferring('code=404').testFirmware(3));
    expect(isResourceNotFound(empty) && empty.details?.resource).toBe('3');
    const failed = await caught(preferring('code=500').testFirmware(1));
    expect(isFirmwareTestFailed(failed) && failed.details?.exit_code).toBe(1);
  });

  it('uploadFirmware sends the multipart form and the raw encodings the spec lists', async () => {
    const image = new Blob([new Uint8Array(4096).fill(7)]);
    for (const contentType of ['multipart/form-data', 'application/octet-stream', 'application/x-iso9660-image'] as const) {
      const slot = await client().uploadFirmware(image, { contentType });
      expect(slot.meta?.slot).toMatch(/^\/api\/firmware\/slots\/\d+$/);
    }
  });

  it('listSlots answers the slots', async () => {
    const slots = await client().listSlots();
    expect(slots.items?.map((item) => item.key)).toEqual(['1', '2']);
  });
});

describe('hypermedia against the mock', () => {
  it('follows parent, item href, transaction and null links', async () => {
    const sps = client();
    const dns = await sps.follow('/api/configuration/network/dns');
    expect(dns.body.primary).toBe('192.168.56.1');

    const network = await sps.followLink(dns, 'parent');
    expect(network?.items?.map((item) => item.key)).toContain('dns');
    const first = await sps.followLink(network?.items?.[0], 'href');
    expect(first?.key).toBe('dns');

    const transaction = await sps.followLink(dns, 'transaction');
    expect(transaction?.key).toBe('transaction');
    expect(await sps.followLink(dns, 'previous')).toBeNull();
  });

  it('follows an absolute link on the appliance, refuses any other host', async () => {
    const sps = client();
    expect((await sps.follow(`${baseUrl}/api/firmware/slots/1#body`)).key).toBe('1');
    await expect(sps.follow('https://elsewhere.example/api/info')).rejects.toBeInstanceOf(SpsError);
    await expect(sps.follow('api/info')).rejects.toBeInstanceOf(TypeError);
  });
});

describe('session search against the mock', () => {
  /** A client whose requests to `path` (only) carry `Prefer: <prefer>`. */
  const preferringOn = (path: string, prefer: string) =>
    preferring(prefer, (request, init) => {
      if (new URL(request.url).pathname !== path) request.headers.delete('Prefer');
      return fetch(request, init);
    });
  const collect = async <T>(items: AsyncIterable<T>) => {
    const all: T[] = [];
    for await (const item of items) all.push(item);
    return all;
  };

  it('searchSessions reads the basic page, with every filter the spec describes', async () => {
    const query = { q: sessionQuery({ 'user.name': 'root' }), start: new Date('2024-03-01T00:00:00Z'), end: '2024-03-31T23:59', content: 'ls', fields: ['start_time', 'user.name'], sort: '-start_time' };
    const items = await collect(client().searchSessions(query, { pageSize: 100 }));
    expect(items.map((item) => item.key)).toEqual(['2', '1']);
  });

  it('searchSessions in snapshot mode opens a snapshot and follows meta.next of its example pages to the last', async () => {
    const searches: URL[] = [];
    const sps = createSpsClient({
      baseUrl,
      sessionId,
      fetch: (request, init) => {
        const url = new URL(request.url);
        if (url.pathname === '/api/audit/sessions') request.headers.set('Prefer', `example=${searches.push(url) === 1 ? 'snapshotPage' : 'snapshotLastPage'}`);
        return fetch(request, init);
      },
    });
    const items = await collect(sps.searchSessions({ fields: '*' }, { snapshot: true }));
    expect(items.map((item) => [item.key, item.body?.user?.name])).toEqual([['qbDgP4YB6q61cSrUGJic', 'yoda']]);
    expect(searches.map((url) => url.searchParams.get('snapshot'))).toEqual(['ZGVtb19zbmFwc2hvdA', 'ZGVtb19zbmFwc2hvdA']);
    expect(searches[1]!.searchParams.get('search_after')).toBe('1574725324000');
  });

  it('the 429 of _snapshot and the 404 of an expired snapshot are typed', async () => {
    expect(await caught(collect(preferring('code=429').searchSessions({}, { snapshot: true })))).toBeInstanceOf(SpsSnapshotQuotaError);
    const expired = await caught(collect(preferringOn('/api/audit/sessions', 'code=404, example=snapshotExpired').searchSessions({}, { snapshot: true })));
    expect(expired).toBeInstanceOf(SpsSnapshotExpiredError);
    expect(expired).toMatchObject({ status: 404, type: 'NotFound' });
  });

  it('countSessions, getSession, listSessionChannels and searchSessionContent read the examples', async () => {
    const sps = client();
    expect(await sps.countSessions({ q: 'protocol:SSH', start: '2024-03-01' })).toBe(2);
    expect((await sps.getSession('rUhhQZ3jYsY1NDWYp9DEpq')).body.protocol).toBe('SSH');
    const channels = await sps.listSessionChannels('rUhhQZ3jYsY1NDWYp9DEpq');
    expect(channels.map((channel) => channel.type)).toContain('session exec');
    expect(channels.every((channel) => typeof channel.start_time === 'number')).toBe(true);
    expect((await sps.searchSessionContent('rUhhQZ3jYsY1NDWYp9DEpq', 'man iptables')).items).toEqual([]);
  });

  it('downloadAuditTrail saves what the mock answers to a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sps-mock-trail-'));
    try {
      const to = join(dir, 'session.zat');
      const bytes = await client().downloadAuditTrail('rUhhQZ3jYsY1NDWYp9DEpq', { to, format: 'srs' });
      expect(bytes).toBeGreaterThan(0);
      expect(readFileSync(to).length).toBe(bytes);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('local users against the mock', () => {
  it('createLocalUser stores the password, creates the user and adds it to a group, in a transaction', async () => {
    const user = await client().withTransaction((tx) => tx.createLocalUser({ name: 'alice', password: 'not-a-real-password', groups: ['http-write'] }), {
      message: 'Add alice',
    });
    expect(user.meta.href).toMatch(/^\/api\/configuration\/aaa\/local_database\/users\/\w+$/);
  });

  it('createLocalUser refuses outside a transaction (the mock reports it closed)', async () => {
    await expect(client().createLocalUser({ name: 'alice', password: 'not-a-real-password' })).rejects.toThrow(/needs an open transaction/);
  });
});

describe('support bundle against the mock', () => {
  it('createSupportBundle starts, polls, saves the archive the mock sends and deletes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sps-client-mock-bundle-'));
    try {
      const to = join(dir, 'bundle.tar.gz');
      const bundle = await client().createSupportBundle({ to, pollIntervalMs: 1 });
      const served = await fetch(`${baseUrl}/api/troubleshooting/support-bundle/${bundle.key}/download`, { headers: { Cookie: `session_id=${sessionId}` } });
      expect(readFileSync(to)).toEqual(Buffer.from(await served.arrayBuffer()));
      expect(bundle.bytes).toBe(readFileSync(to).length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
