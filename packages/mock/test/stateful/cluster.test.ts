import { describe, expect, it } from 'vitest';
import { call, logIn, statefulMock } from './support.js';

const sps = statefulMock({
  state: { '/api/cluster/nodes/b35c54da-b556-4f91-ade5-d26283d68277': { body: { address: '192.0.2.10', roles: ['search-local'] }, meta: { href: '/api/cluster/nodes/b35c54da-b556-4f91-ade5-d26283d68277' } } },
});
const fromExamples = statefulMock();
const self = '/api/cluster/nodes/b35c54da-b556-4f91-ade5-d26283d68277';
const joining = { address: '192.0.2.30', node_id: '0f6c1f5e-3f1a-4a63-9d1e-1a2b3c4d5e6f', psk: 'a-pre-shared-key', roles: [] };

describe('the cluster', () => {
  it('starts as the examples say: the answering node is Central Management, as the promote answer shows it', async () => {
    const cookie = await logIn(fromExamples.url);
    expect((await call(fromExamples.url, cookie, 'GET', self)).body).toMatchObject({ body: { roles: ['central-management'] }, meta: { href: self } });
    expect((await call(fromExamples.url, cookie, 'GET', '/api/cluster/nodes/46f97a58-4028-467d-9a22-9cfe78ae3e1c')).body).toMatchObject({ body: { roles: ['managed-host', 'search-local'] } });
  });

  it('stages promote, a new node and its roles in the transaction; others see them after the commit', async () => {
    const [admin, auditor] = [await logIn(sps.url), await logIn(sps.url, 'auditor')];
    const nodes = async (cookie: string) => ((await call(sps.url, cookie, 'GET', '/api/cluster/nodes')).body as { items: { key: string }[] }).items.map(({ key }) => key);
    expect(await nodes(admin)).toEqual(['46f97a58-4028-467d-9a22-9cfe78ae3e1c', 'b35c54da-b556-4f91-ade5-d26283d68277']);

    const promoted = await call(sps.url, admin, 'POST', '/api/cluster/promote');
    expect(promoted.body).toMatchObject({ body: { address: '192.0.2.10', roles: ['central-management', 'search-local'] }, meta: { href: self } });
    expect((await call(sps.url, auditor, 'POST', '/api/cluster/promote')).status).toBe(409);
    expect(await call(sps.url, admin, 'POST', '/api/cluster/nodes', joining)).toMatchObject({ status: 200, body: { key: joining.node_id } });
    expect((await call(sps.url, admin, 'POST', '/api/cluster/nodes', joining)).status).toBe(400);
    const node = `/api/cluster/nodes/${joining.node_id}`;
    expect((await call(sps.url, admin, 'PUT', node, { address: joining.address, roles: ['managed-host', 'search-minion'] })).status).toBe(200);
    expect((await call(sps.url, auditor, 'GET', node)).status).toBe(404);
    expect(await nodes(auditor)).not.toContain(joining.node_id);

    expect((await call(sps.url, admin, 'PUT', '/api/transaction', { status: 'commit' })).status).toBe(200);
    expect(await nodes(auditor)).toContain(joining.node_id);
    const read = await call(sps.url, auditor, 'GET', node);
    expect(read.body).toMatchObject({ key: joining.node_id, body: { address: joining.address, roles: ['managed-host', 'search-minion'] } });
    expect(JSON.stringify(read.body)).not.toContain(joining.psk);
    expect(((await call(sps.url, auditor, 'GET', self)).body as { body: { roles: string[] } }).body.roles).toEqual(['central-management', 'search-local']);
  });

  it('answers a join request with this node, a fresh pre-shared key and no roles', async () => {
    const admin = await logIn(sps.url);
    const request = async () => (await call(sps.url, admin, 'POST', '/api/cluster/join_request', { central_management_address: '192.0.2.1' })).body as { body: { psk: string } };
    const first = await request();
    expect(first).toMatchObject({ body: { address: '192.0.2.10', node_id: 'b35c54da-b556-4f91-ade5-d26283d68277', roles: [] } });
    expect(first.body.psk).not.toBe((await request()).body.psk);
    expect((await call(sps.url, admin, 'DELETE', '/api/transaction')).status).toBe(200);
  });
});
