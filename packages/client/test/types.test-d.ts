/**
 * Type tests (vitest typecheck): what the generated types allow and refuse. Each `@ts-expect-error`
 * is scoped to one line; if that line ever compiles, the directive itself fails the check.
 */
import {
  createSpsClient,
  isConfigLocked,
  isFirmwareTestFailed,
  isIncompleteRequestBody,
  isResourceNotFound,
  isSpsApiError,
  sessionQuery,
  unwrap,
  type components,
  type FirmwareFetchJob,
  type Schema,
  type SessionChannel,
  type SessionSearchItem,
  type SpsApiError,
  type SpsDocument,
  type SpsErrorType,
  type TransactionState,
} from '@sps-openapi/client';
import type { FetchResponse, RequestBodyOption } from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import type { $Read, $Write } from '../src/generated/openapi.js';

const sps = createSpsClient({ baseUrl: 'sps.example.net' });
type Schemas = components['schemas'];

describe('requests', () => {
  it('refuses a wrong body', () => {
    // @ts-expect-error -- `primary` is a string
    void sps.PUT('/api/configuration/network/dns', { body: { primary: 53, secondary: null } });
    // @ts-expect-error -- the request body is closed: a typo is not a field
    void sps.PUT('/api/configuration/network/dns', { body: { primary: '192.0.2.53', secondary: null, tertiary: 'x' } });
    // @ts-expect-error -- the commit body is required
    void sps.PUT('/api/transaction', {});
    void sps.PUT('/api/configuration/network/dns', { body: { primary: '192.0.2.53', secondary: null } });
  });

  it('refuses a wrong enum value', () => {
    // @ts-expect-error -- "rollback" is not a commit status (rolling back is DELETE)
    void sps.PUT('/api/transaction', { body: { status: 'rollback' } });
    // @ts-expect-error -- login type is password or x509
    void sps.GET('/api/authentication', { params: { query: { type: 'kerberos' } } });
    void sps.PUT('/api/transaction', { body: { status: 'commit', message: 'Rotate DNS' } });
  });

  it('refuses a missing path parameter, and an unknown path or method', () => {
    // @ts-expect-error -- {slot_id} must be given
    void sps.GET('/api/firmware/slots/{slot_id}');
    // @ts-expect-error -- {slot_id} must be given under params.path
    void sps.GET('/api/firmware/slots/{slot_id}', { params: { path: {} } });
    // @ts-expect-error -- no such path
    void sps.GET('/api/firmware/upload');
    // @ts-expect-error -- the slot listing cannot be POSTed to
    void sps.POST('/api/firmware/slots', {});
    void sps.GET('/api/firmware/slots/{slot_id}', { params: { path: { slot_id: '2' } } });
  });

  it('refuses unknown request options', () => {
    // @ts-expect-error -- a misspelt option is not silently ignored
    void sps.GET('/api/info', { timeoutMS: 5000 });
    // @ts-expect-error -- timeoutMs is a number
    void sps.GET('/api/info', { timeoutMs: '5s' });
    void sps.GET('/api/info', { timeoutMs: 5000, retry: false, signal: AbortSignal.timeout(9000) });
  });

  it('refuses wrong helper arguments', () => {
    // @ts-expect-error -- the checksum is a SHA-256
    void sps.fetchFirmware({ url: 'https://example.com/sps.iso', md5: 'abc' });
    // @ts-expect-error -- a slot ID is a number or its key string
    void sps.testFirmware({ slot_id: 1 });
    // @ts-expect-error -- the password is required
    void sps.login({ username: 'admin' });
    // @ts-expect-error -- the encodings are the three the spec lists
    void sps.uploadFirmware(new Blob([]), { contentType: 'application/zip' });
  });
});

/**
 * Whether A and B describe the same values (mutual assignability). openapi-fetch maps answers through its
 * `Readable<>` helper, so they are equivalent to the schemas without being the identical type.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('answers', () => {
  it('are typed from the description', async () => {
    const { data } = await sps.GET('/api/configuration/network/dns');
    expectTypeOf<Same<typeof data, Schemas['DnsSettingsResponse'] | undefined>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof data, Schemas['FirmwareSlotResponse'] | undefined>>().toEqualTypeOf<false>();
    const dns = await unwrap(sps.GET('/api/configuration/network/dns'));
    expectTypeOf(dns.body.primary).toEqualTypeOf<string>();
    expectTypeOf(dns.body.secondary).toEqualTypeOf<string | null>();
    expectTypeOf<Same<Awaited<ReturnType<typeof sps.listSlots>>, Schemas['FirmwareSlotList']>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Awaited<ReturnType<typeof sps.testFirmware>>, Schemas['FirmwareTestResponse']>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Awaited<ReturnType<typeof sps.fetchFirmware>>, Schemas['FirmwareFetchJobResponse']>>().toEqualTypeOf<true>();
    expectTypeOf<FirmwareFetchJob>().toEqualTypeOf<Schema<'FirmwareFetchJob'>>();
    expectTypeOf(await sps.listChanges()).toEqualTypeOf<Schemas['TransactionChange'][]>();
    expectTypeOf<TransactionState['status']>().toEqualTypeOf<'open' | 'closed'>();
  });

  it('parseAs changes the type of data', async () => {
    const { data } = await sps.GET('/api/info', { parseAs: 'text' });
    expectTypeOf(data).toEqualTypeOf<string | undefined>();
  });

  it('withTransaction hands back what the work returns', async () => {
    expectTypeOf(await sps.withTransaction(async () => 42)).toEqualTypeOf<number>();
    expectTypeOf(await sps.withTransaction((tx) => tx)).toEqualTypeOf(sps);
  });

  it('links are typed where the target is known', async () => {
    expectTypeOf<Same<Awaited<ReturnType<typeof sps.follow<'/api/transaction'>>>, Schemas['TransactionResponse']>>().toEqualTypeOf<true>();
    const slot = await sps.follow('/api/firmware/slots/2');
    expectTypeOf<Same<typeof slot, Schemas['FirmwareSlotResponse']>>().toEqualTypeOf<true>();
    expectTypeOf(await sps.follow('/api/somewhere/new')).toEqualTypeOf<SpsDocument>();
    const job = await unwrap(sps.GET('/api/firmware/fetch/{key}', { params: { path: { key: 'k' } } }));
    const target = await sps.followLink(job, 'slot');
    expectTypeOf<Same<typeof target, Schemas['FirmwareSlotResponse'] | null>>().toEqualTypeOf<true>();
    expectTypeOf(await sps.followLink(job, 'parent')).toEqualTypeOf<SpsDocument | null>();
  });
});

describe('errors', () => {
  it('guards narrow the error and its details', () => {
    const error: unknown = new Error();
    if (isIncompleteRequestBody(error)) expectTypeOf(error.details?.missing_paths).toEqualTypeOf<string[] | undefined>();
    if (isResourceNotFound(error)) expectTypeOf(error.details?.resource).toEqualTypeOf<string | number | undefined>();
    if (isFirmwareTestFailed(error)) expectTypeOf(error.details?.test_summary).toEqualTypeOf<string | undefined>();
    if (isConfigLocked(error)) {
      expectTypeOf(error).toMatchTypeOf<SpsApiError>();
      expectTypeOf(error.type).toEqualTypeOf<'WebGuiOrRpcApiConfigInProgress' | undefined>();
      expectTypeOf(error.status).toEqualTypeOf<number>();
    }
  });
});

describe('session search', () => {
  it('iterates typed session items; its options are checked', async () => {
    for await (const session of sps.searchSessions({ q: sessionQuery({ protocol: 'SSH' }), start: new Date(), fields: ['user.name'] }, { snapshot: true })) {
      expectTypeOf(session).toEqualTypeOf<SessionSearchItem>();
      expectTypeOf(session.key).toEqualTypeOf<string>();
      expectTypeOf(session.body?.user?.server_username).toEqualTypeOf<string[] | undefined>();
    }
    // @ts-expect-error -- the page size is an option, not a filter
    sps.searchSessions({ limit: 10 });
    // @ts-expect-error -- start is a Date or a string
    sps.searchSessions({ start: 1709251200000 });
    // @ts-expect-error -- countSessions takes only the filters _count takes
    void sps.countSessions({ fields: '*' });
    expectTypeOf(await sps.countSessions()).toEqualTypeOf<number>();
  });

  it('types the session, its channels and the trail download', async () => {
    expectTypeOf((await sps.getSession('k')).body.protocol).toEqualTypeOf<string | undefined>();
    expectTypeOf(await sps.listSessionChannels('k')).toEqualTypeOf<SessionChannel[]>();
    expectTypeOf((await sps.listSessionChannels('k'))[0]!.start_time).toEqualTypeOf<number | undefined>();
    expectTypeOf(await sps.downloadAuditTrail('k', { to: 'k.zat' })).toEqualTypeOf<number>();
    // @ts-expect-error -- the only documented format is srs
    void sps.downloadAuditTrail('k', { to: 'k.zat', format: 'zat' });
    // @ts-expect-error -- the destination is required
    void sps.downloadAuditTrail('k', {});
    // @ts-expect-error -- values are strings, numbers or booleans
    sessionQuery({ start_time: new Date() });
  });
});

describe('access configuration (user, group, SSH connection policy)', () => {
  it('expresses the requests of the flow, references as keys', async () => {
    const password = await unwrap(sps.POST('/api/configuration/passwords', { body: { plain: 'correct-horse' } }));
    expectTypeOf(password.key).toEqualTypeOf<string>();
    void sps.POST('/api/configuration/aaa/local_database/users', { body: { name: 'jdoe', password: password.key } });
    void sps.POST('/api/configuration/aaa/local_database/groups', { body: { name: 'auditors', members: ['jdoe'] } });
    void sps.POST('/api/configuration/ssh/connections', {
      body: { name: 'admins-to-linux', network: { clients: ['10.40.0.0/16'], ports: [22], targets: ['10.20.30.0/24'] }, policies: { channel_policy: '-10000' } },
    });
    // fields the sources do not document (protocol-specific ones, other policies) can still be sent
    void sps.PUT('/api/configuration/ssh/connections/{key}', {
      params: { path: { key: 'k' } },
      body: { name: 'c', policies: { channel_policy: '-10000', authentication_policy: '-300' }, undocumented_setting: true },
    });
    // @ts-expect-error -- a reference as read carries its key
    void sps.POST('/api/configuration/ssh/connections', { body: { name: 'c', policies: { channel_policy: { meta: { href: '/x' } } } } });
    // @ts-expect-error -- group members are user names or references
    void sps.POST('/api/configuration/aaa/local_database/groups', { body: { name: 'auditors', members: [42] } });
    // @ts-expect-error -- the group body is closed: privileges cannot be set through REST
    void sps.PUT('/api/configuration/aaa/local_database/groups/{key}', { params: { path: { key: 'k' } }, body: { name: 'g', members: [], acls: [] } });
    // @ts-expect-error -- a port is a number
    void sps.POST('/api/configuration/ssh/connections', { body: { name: 'c', network: { ports: ['22'] } } });
  });

  it('takes the body a GET answers back unchanged (read-modify-write), references as read', async () => {
    const params = { path: { key: 'k' } };
    const connection = await unwrap(sps.GET('/api/configuration/ssh/connections/{key}', { params }));
    void sps.PUT('/api/configuration/ssh/connections/{key}', { params, body: { ...connection.body, active: false } });
    const group = await unwrap(sps.GET('/api/configuration/aaa/local_database/groups/{key}', { params }));
    void sps.PUT('/api/configuration/aaa/local_database/groups/{key}', { params, body: { ...group.body, members: [...group.body.members, 'jdoe'] } });
    const user = await unwrap(sps.GET('/api/configuration/aaa/local_database/users/{key}', { params }));
    void sps.PUT('/api/configuration/aaa/local_database/users/{key}', { params, body: { ...user.body, name: user.body.name ?? 'jdoe' } });
  });

  it('types the answers, references as objects and unset values as null', async () => {
    const connection = await unwrap(sps.GET('/api/configuration/ssh/connections/{key}', { params: { path: { key: 'k' } } }));
    expectTypeOf(connection.body.policies?.channel_policy?.key).toEqualTypeOf<string | undefined>();
    const user = await unwrap(sps.GET('/api/configuration/aaa/local_database/users/{key}', { params: { path: { key: 'k' } } }));
    expectTypeOf<Same<typeof user.body.password, Schemas['Reference'] | null | undefined>>().toEqualTypeOf<true>();
    const group = await unwrap(sps.GET('/api/configuration/aaa/local_database/groups/{key}', { params: { path: { key: 'k' } } }));
    expectTypeOf(group.body.name).toEqualTypeOf<string>();
  });
});

describe('readOnly and writeOnly (openapi-typescript readWriteMarkers)', () => {
  const starling = { remote_access: { enabled: true } };

  it('request bodies have no readOnly field (openapi-fetch 0.17 Writable over the generated markers)', () => {
    type Operation = { requestBody: { content: { 'application/json': { name: string; id: $Read<number> } } } };
    type Body = NonNullable<RequestBodyOption<Operation>['body']>;
    expectTypeOf<Body['name']>().toEqualTypeOf<string>();
    expectTypeOf<{ name: 'x'; id: 1 }>().not.toMatchTypeOf<Body>();
  });

  it('a request takes back what a GET shows where SPS ignores it (read-modify-write: Starling join_info)', () => {
    void sps.PUT('/api/configuration/starling', { body: starling });
    void sps.PUT('/api/configuration/starling', { body: { ...starling, join_info: null } });
  });

  it('writeOnly fields are plain values in requests', () => {
    void sps.POST('/api/configuration/x509', { body: { certificate: 'PEM', private_key: 'PEM' } });
    // @ts-expect-error -- still a string, not anything
    void sps.POST('/api/configuration/x509', { body: { certificate: 'PEM', private_key: 42 } });
  });

  it('answers keep readOnly fields, unwrapped from their marker', async () => {
    const { body } = await unwrap(sps.GET('/api/configuration/starling'));
    expectTypeOf(body.join_info).toEqualTypeOf<Schemas['StarlingJoinInfo'] | null>();
    const key = await unwrap(sps.GET('/api/configuration/private_keys/{key}', { params: { path: { key: 'k' } } }));
    expectTypeOf(key.body.type).toEqualTypeOf<'rsa' | undefined>();
  });

  it('answers drop writeOnly fields (openapi-fetch 0.17 Readable over the generated markers)', () => {
    type Operation = { responses: { 200: { headers: object; content: { 'application/json': { name: string; secret: $Write<string>; id: $Read<number> } } } } };
    type Data = NonNullable<FetchResponse<Operation, object, 'application/json'>['data']>;
    expectTypeOf<Data>().toEqualTypeOf<{ name: string; id: number }>();
  });

  it('Schema<> is the schema as written, without markers', () => {
    expectTypeOf<Schema<'StarlingConfiguration'>['join_info']>().toEqualTypeOf<Schemas['StarlingJoinInfo'] | null>();
    expectTypeOf<Schema<'X509CertificateCreate'>['private_key']>().toEqualTypeOf<string>();
  });
});

describe('error types from the spec', () => {
  it('SpsErrorType lists the documented types', () => {
    expectTypeOf<'WebGuiOrRpcApiConfigInProgress'>().toMatchTypeOf<SpsErrorType>();
    expectTypeOf<'NotFound'>().toMatchTypeOf<SpsErrorType>();
    expectTypeOf<'NoSuchType'>().not.toMatchTypeOf<SpsErrorType>();
  });

  it('isSpsApiError with a documented type narrows details too; any other type leaves them unknown', () => {
    const error: unknown = new Error();
    if (isSpsApiError(error, 'ResourceNotFound')) expectTypeOf(error.details?.resource).toEqualTypeOf<string | number | undefined>();
    if (isSpsApiError(error, 'SomethingNew')) expectTypeOf(error.details).toEqualTypeOf<unknown>();
  });
});
