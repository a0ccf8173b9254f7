import { describe, expect, it } from 'vitest';
import { createValidator, loadBundle } from '@sps-openapi/kit';

const validatorFor = createValidator(loadBundle());
const schema = (name: string) => validatorFor(`#/components/schemas/${name}`);

type Change = [label: string, change: (value: any) => unknown]; // mutates the value it is given

/**
 * For each schema: a value it accepts, and changes that break one documented constraint each. The
 * accepted value is checked too, so every rejection is due to its change alone.
 */
const cases: [schema: string, valid: unknown, changes: Change[]][] = [
  [
    'AaaSettingsUpdate',
    { authentication_banner: '', bruteforce_protection: { attempt_limit: 20, lockout_minutes: 10 }, webinterface_timeout: 10 },
    [
      ['attempt_limit below 1', (v) => (v.bruteforce_protection.attempt_limit = 0)],
      ['attempt_limit above 50', (v) => (v.bruteforce_protection.attempt_limit = 51)],
      ['lockout_minutes below 1', (v) => (v.bruteforce_protection.lockout_minutes = 0)],
      ['lockout_minutes above 720', (v) => (v.bruteforce_protection.lockout_minutes = 721)],
      ['webinterface_timeout below 5', (v) => (v.webinterface_timeout = 4)],
      ['webinterface_timeout above 720', (v) => (v.webinterface_timeout = 721)],
      ['a fractional timeout', (v) => (v.webinterface_timeout = 10.5)],
      ['a banner that is not a string', (v) => (v.authentication_banner = false)],
      ['no webinterface_timeout', (v) => delete v.webinterface_timeout],
      ['an unknown field', (v) => (v.banner = 'typo')],
      ['an unknown field in bruteforce_protection', (v) => (v.bruteforce_protection.lockout = 5)],
      ['no bruteforce_protection.lockout_minutes', (v) => delete v.bruteforce_protection.lockout_minutes],
    ],
  ],
  [
    'TransactionCommit',
    { status: 'commit', message: 'Rotate DNS' },
    [
      ['a status other than commit', (v) => (v.status = 'rollback')],
      ['no status', (v) => delete v.status],
      ['a message that is not a string', (v) => (v.message = 42)],
      ['commit_message instead of message', (v) => (v.commit_message = v.message)],
    ],
  ],
  [
    'TransactionResponse',
    { key: 'transaction', body: { status: 'open', commit_message: 'required' }, meta: { href: '/api/transaction' } },
    [
      ['a status outside open and closed', (v) => (v.body.status = 'pending')],
      ['neither body nor transaction', (v) => delete v.body],
      ['another key', (v) => (v.key = 'dns')],
    ],
  ],
  [
    'FirmwareFetchRequest',
    { url: 'https://example.com/sps.iso', checksum: { sha256: 'a'.repeat(64) } },
    [
      ['a checksum that is not 64 hex digits', (v) => (v.checksum.sha256 = 'a'.repeat(63))],
      ['a checksum with non-hex characters', (v) => (v.checksum.sha256 = 'g'.repeat(64))],
      ['no url', (v) => delete v.url],
      ['a url that is not a URI', (v) => (v.url = 'not a url')],
      ['a checksum of another algorithm', (v) => (v.checksum = { md5: 'a'.repeat(32) })],
    ],
  ],
  [
    'FirmwareFetchJob',
    {
      bytes_downloaded: 0,
      bytes_total: 100,
      error: null,
      info: 'Downloading',
      slot_id: null,
      start_time: '2023-02-01T10:00:00+00:00',
      status: 'in-progress',
      url: 'https://example.com/sps.iso',
    },
    [
      ['the British spelling "cancelled"', (v) => (v.status = 'cancelled')],
      ['an undocumented info text', (v) => (v.info = 'Unpacking')],
      ['negative byte counts', (v) => (v.bytes_downloaded = -1)],
      ['slot 0', (v) => (v.slot_id = 0)],
      ['a start time that is not a date-time', (v) => (v.start_time = 'yesterday')],
    ],
  ],
  [
    'FirmwareTestRequest',
    { slot_id: 2 },
    [
      ['a slot_id sent as a string', (v) => (v.slot_id = '2')],
      ['slot 0', (v) => (v.slot_id = 0)],
      ['no slot_id', (v) => delete v.slot_id],
    ],
  ],
  [
    'FirmwareUpgradeRequest',
    { slot_id: 2, message: null },
    [
      ['a message that is not a string or null', (v) => (v.message = 1)],
      ['no slot_id', (v) => delete v.slot_id],
    ],
  ],
  [
    'DnsSettingsUpdate',
    { primary: '192.168.56.1', secondary: null },
    [
      ['a primary that is not an IPv4 address', (v) => (v.primary = '192.168.56')],
      ['a secondary that is not an IPv4 address', (v) => (v.secondary = 'dns.example.com')],
      ['no secondary (send null to clear it)', (v) => delete v.secondary],
      ['the key and meta of the response envelope', (v) => Object.assign(v, { key: 'dns', meta: {} })],
    ],
  ],
  [
    'StarlingJoinRequest',
    { product_instance: 'i', product_tims: 't', environment: 'prod', token_endpoint: 'https://sts', credential_string: 'c' },
    [
      ['an unknown environment', (v) => (v.environment = 'production')],
      ['no credential_string', (v) => delete v.credential_string],
    ],
  ],
  [
    'X509CertificateCreate',
    { certificate: '-----BEGIN CERTIFICATE-----', private_key: '-----BEGIN RSA PRIVATE KEY-----', issuer_chain: [] },
    [
      ['no certificate', (v) => delete v.certificate],
      ['no private key', (v) => delete v.private_key],
      ['an issuer chain as one comma-separated string', (v) => (v.issuer_chain = 'a,b')],
    ],
  ],
  [
    'SshLocalServiceUpdate',
    {
      enabled: true,
      access_restriction: { enabled: false, allowed_from: [] },
      allow_password_auth: false,
      bruteforce_protection: true,
      listen: [{ address: 'nic1.interfaces.ff7574025754b3df1647001.addresses.1', port: 22 }],
      public_keys: ['ssh-rsa AAAAB3Nza user@example.com', { comment: 'c', selection: 'rsa', value: 'AAAA' }],
    },
    [
      ['a listener address that is neither a key nor a reference', (v) => (v.listen[0].address = { meta: { href: '/x' } })],
      ['a listener address given as a number', (v) => (v.listen[0].address = 1)],
      ['an unknown field in a listener', (v) => (v.listen[0].ports = [22])],
      ['an unknown field next to a flat public key', (v) => (v.public_keys[1].type = 'rsa')],
      ['an unknown field in the access restriction', (v) => (v.access_restriction.allow = [])],
      ['a public key of an undocumented type', (v) => (v.public_keys[1].selection = 'dsa')],
      ['a port given as a string', (v) => (v.listen[0].port = '22')],
      ['no public_keys', (v) => delete v.public_keys],
    ],
  ],
  [
    'SoapSettingsUpdate',
    { enabled: true },
    [
      ['enabled as a string', (v) => (v.enabled = 'yes')],
      ['no enabled', (v) => delete v.enabled],
      ['an unknown field', (v) => (v.enable = true)],
    ],
  ],
  [
    'StarlingConfigurationUpdate',
    { join_info: { environment: 'prod', product_instance: 'i', product_tims: 't' }, remote_access: { enabled: false } },
    [
      ['no remote_access', (v) => delete v.remote_access],
      ['an unknown field', (v) => (v.remote = { enabled: true })],
      ['an unknown field in remote_access', (v) => (v.remote_access.enable = true)],
      ['an unknown environment in join_info', (v) => (v.join_info.environment = 'production')],
    ],
  ],
  [
    'TransactionChange',
    { type: 'replace', path: '/api/configuration/network/dns', old_value: {}, new_value: {} },
    [
      ['an unknown change type', (v) => (v.type = 'update')],
      ['no path', (v) => delete v.path],
    ],
  ],
  ['AaaAcl', { group: 'auditors', objects: ['/special/bap'], permission: 'read' }, [['an unknown permission', (v) => (v.permission = 'admin')]]],
  [
    'ConnectionPolicyUpdate',
    {
      name: 'admins-to-linux',
      access_control: [{ authorizer: 'security', permission: 'audit', subject: { group: 'root_only', selection: 'only' } }],
      channel_database_cleanup: { enabled: true, days: 30 },
      indexing: { enabled: true, policy: '-50000', priority: 3 },
      network: { clients: ['10.40.0.0/16'], ports: [22], targets: ['10.20.30.0/24'] },
      policies: { channel_policy: '180145353565c9b8e42a1f' },
      server_address: { selection: 'inband', domains: [{ domain: { selection: 'domain', value: 'example.com' }, port: 22 }] },
    },
    [
      ['no name', (v) => delete v.name],
      ['a target port above 65535', (v) => (v.network.ports[0] = 65536)],
      ['a target port of 0', (v) => (v.network.ports[0] = 0)],
      ['a target port given as a string', (v) => (v.network.ports[0] = '22')],
      ['a channel policy reference without key', (v) => (v.policies.channel_policy = { meta: { href: '/x' } })],
      ['a channel policy given as a number', (v) => (v.policies.channel_policy = -10000)],
      ['an indexing policy reference without key', (v) => (v.indexing.policy = { meta: { href: '/x' } })],
      ['an access rule without authorizer', (v) => delete v.access_control[0].authorizer],
      ['negative cleanup days', (v) => (v.channel_database_cleanup.days = -1)],
      ['an undocumented server address selection', (v) => (v.server_address = { selection: 'dynamic' })],
      ['a nat server address without network', (v) => (v.server_address = { selection: 'nat' })],
      ['a fixed server address without port', (v) => (v.server_address = { selection: 'fix', address: '10.0.0.1' })],
      ['an inband server address without domains', (v) => delete v.server_address.domains],
      ['an inband domain selection other than address or domain', (v) => (v.server_address.domains[0].domain.selection = 'host')],
    ],
  ],
  [
    'ConnectionPolicy',
    {
      name: 'admins-to-linux',
      indexing: { enabled: true, policy: { key: '-50000' }, priority: 3 },
      policies: { channel_policy: { key: '-10000', meta: { href: '/api/configuration/ssh/channel_policies/-10000' } } },
    },
    [
      ['a channel policy given as a bare key', (v) => (v.policies.channel_policy = '-10000')],
      ['an indexing policy given as a bare key', (v) => (v.indexing.policy = '-50000')],
    ],
  ],
  [
    'ChannelPolicy',
    {
      name: 'terminal-only',
      rules: [
        {
          actions: { audit: true },
          local_forwards: [{ host_address: { selection: 'address', value: '10.20.30.40' }, host_port: 5432, originator_address: { selection: 'address', value: '127.0.0.1' } }],
          execs: ['^ls( .*)?$'],
        },
      ],
    },
    [
      ['no rules', (v) => delete v.rules],
      ['no name', (v) => delete v.name],
      ['audit given as a string', (v) => (v.rules[0].actions.audit = 'yes')],
      ['a forwarded port above 65535', (v) => (v.rules[0].local_forwards[0].host_port = 70000)],
      ['an address without value', (v) => delete v.rules[0].local_forwards[0].host_address.value],
      ['an exec that is not a string', (v) => (v.rules[0].execs = [1])],
    ],
  ],
  [
    'LocalUserUpdate',
    { name: 'jdoe', password: '8526419625e4a7e1f03c9b' },
    [
      ['no name', (v) => delete v.name],
      ['a password reference without key', (v) => (v.password = { meta: { href: '/api/configuration/passwords/x' } })],
      ['the password in plain text as an object', (v) => (v.password = { plain: 'secret' })],
    ],
  ],
  [
    'LocalGroupUpdate',
    { name: 'auditors', members: ['jdoe', 'ldap-user'] },
    [
      ['no members (send [] for none)', (v) => delete v.members],
      ['a member reference without key', (v) => (v.members[0] = { meta: { href: '/x' } })],
      ['a member given as a number', (v) => (v.members[0] = 42)],
      ['privileges, which REST cannot set', (v) => (v.acls = [])],
    ],
  ],
  [
    'PasswordCreate',
    { plain: 'correct-horse-battery-staple' },
    [
      ['an empty object', (v) => delete v.plain],
      ['a password that is not a string', (v) => (v.plain = 1234)],
    ],
  ],
  [
    'TimePolicy',
    { name: '7x24', Mon: [['0:00', '23:59']], Sun: [['8:00', '12:00'], ['13:00', '17:30']] },
    [
      ['a name with whitespace', (v) => (v.name = 'office hours')],
      ['an interval with one time', (v) => (v.Mon[0] = ['0:00'])],
      ['an interval with three times', (v) => v.Mon[0].push('23:59')],
      ['an hour above 23', (v) => (v.Sun[1][1] = '24:00')],
      ['a time without minutes', (v) => (v.Sun[0][0] = '8')],
    ],
  ],
  ['AuditPolicy', { name: 'default', signing_and_timestamping_interval: 30 }, [['an interval given as a string', (v) => (v.signing_and_timestamping_interval = '30')]]],
  [
    'AuditSession',
    {
      analytics: { score: { aggregated: 18 } },
      client: { ip: '10.20.30.40', name: '10.20.30.40', port: 59125 },
      creation_time: '2018-11-14T12:26:59.244Z',
      duration: 57,
      end_time: '2018-09-15T14:22:00+05:00',
      node_id: '6fed7872-065e-41d2-9cfa-ba75e8cad901',
      protocol: 'SSH',
      user: { name: 'yoda', server_username: ['yoda'] },
    },
    [
      ['a risk score above 100', (v) => (v.analytics.score.aggregated = 101)],
      ['a port above 65535', (v) => (v.client.port = 65536)],
      ['a time without a date', (v) => (v.end_time = '14:22:00')],
      ['a negative duration', (v) => (v.duration = -1)],
      ['server_username as one string', (v) => (v.user.server_username = 'yoda')],
      ['a node_id that is not a UUID', (v) => (v.node_id = 'node-1')],
      ['a link without href', (v) => (v.channels = {})],
    ],
  ],
  [
    'AuditSessionList',
    {
      items: [{ key: '1', meta: { href: '/api/audit/sessions/1' } }],
      meta: { fields: [], first: '/f', href: '/api/audit/sessions', last: '/l', limit: 500, match_count: 1, next: null, offset: 0, previous: null },
    },
    [
      ['an item without key', (v) => delete v.items[0].key],
      ['a basic page without match_count (and no search_after)', (v) => delete v.meta.match_count],
      ['a basic page without offset (and no search_after)', (v) => delete v.meta.offset],
      ['a match_count that is not a whole number', (v) => (v.meta.match_count = 1.5)],
      ['no meta', (v) => delete v.meta],
    ],
  ],
  [
    'AuditSnapshotPageMeta',
    { fields: ['*'], first: null, href: '/api/audit/sessions', last: null, limit: 500, next: null, previous: null, remaining_seconds: 43200, search_after: null },
    [
      ['no search_after', (v) => delete v.search_after],
      ['no next', (v) => delete v.next],
      ['a next link that is not a string', (v) => (v.next = 2)],
    ],
  ],
  [
    'AuditSnapshotResponse',
    { body: { snapshot: 'ZGVtb19zbmFwc2hvdA' } },
    [
      ['an empty snapshot ID', (v) => (v.body.snapshot = '')],
      ['the ID at the top level instead of body.snapshot', (v) => (v.snapshot = v.body.snapshot) && delete v.body],
    ],
  ],
  [
    'AuditSessionCount',
    { count: 2 },
    [
      ['the count in body', (v) => (v.body = { count: v.count }) && delete v.count],
      ['a negative count', (v) => (v.count = -1)],
    ],
  ],
  [
    'AuditSessionChannel',
    { type: 'local forward', verdict: 'accept', start_time: 1451902145, end_time: 1451902146, duration: 1, 'originator.port': 59578 },
    [
      ['an ISO start_time (channels use epoch seconds)', (v) => (v.start_time = '2016-01-04T10:09:05Z')],
      ['a forwarded port above 65535', (v) => (v['originator.port'] = 70000)],
    ],
  ],
  [
    'AuditTrailDownload',
    { from_api: false, ip_address: '10.20.30.40', time: '2018-11-20T11:10:19.000Z', username: 'admin' },
    [
      ['no username', (v) => delete v.username],
      ['from_api as a string', (v) => (v.from_api = 'false')],
      ['a time that is not a date-time', (v) => (v.time = '2018-11-20')],
    ],
  ],
  [
    'SetupRequest',
    { accept_eula: true, license: null, network: {}, administration: { root_password: 'r', admin_password: 'a' } },
    [
      ['a declined license agreement', (v) => (v.accept_eula = false)],
      ['no accept_eula', (v) => delete v.accept_eula],
      ['a license that is not a string or null', (v) => (v.license = 42)],
      ['a password that is not a string', (v) => (v.administration.root_password = 1234)],
      ['a network section that is not an object', (v) => (v.network = '192.168.1.10')],
    ],
  ],
  ['SetupStatusResponse', { status: 'completed', meta: { eula: 'https://www.oneidentity.com/legal/sta.aspx' } }, [['no status', (v) => delete v.status]]],
  [
    'ClusterNodeUpdate',
    { address: '192.0.2.20', roles: ['managed-host', 'search-minion'] },
    [
      ['no search role', (v) => (v.roles = ['managed-host'])],
      ['two search roles', (v) => v.roles.push('search-local')],
      ['the same role twice', (v) => (v.roles = ['search-local', 'search-local'])],
      ['an unknown role', (v) => (v.roles = ['search-local', 'searcher'])],
      ['an empty address', (v) => (v.address = '')],
      ['no roles', (v) => delete v.roles],
    ],
  ],
  [
    'ClusterJoinRequestCreate',
    { central_management_address: '192.0.2.10' },
    [
      ['no address', (v) => delete v.central_management_address],
      ['an empty address', (v) => (v.central_management_address = '')],
      ['an unknown field', (v) => (v.address = '192.0.2.10')],
    ],
  ],
  [
    'ClusterNodeCreate',
    { address: '192.0.2.20', node_id: '46f97a58-4028-467d-9a22-9cfe78ae3e1c', psk: 'Ler7HZDF', roles: [] },
    [
      ['a node_id that is not a UUID', (v) => (v.node_id = 'node-2')],
      ['no psk', (v) => delete v.psk],
      ['an empty psk', (v) => (v.psk = '')],
      ['the whole join-request answer instead of its body', (v) => Object.assign(v, { body: {}, meta: {} })],
    ],
  ],
  [
    'ClusterLocalServiceUpdate',
    { enabled: true, listen_address: 'nic1.interfaces.ff7574025754b3df1647001.addresses.2553887595ce3ca7f1eae4' },
    [
      ['a listen address given as a reference without key', (v) => (v.listen_address = { meta: { href: '/x' } })],
      ['a listen address given as a number', (v) => (v.listen_address = 1)],
      ['enabled as a string', (v) => (v.enabled = 'true')],
      ['no listen_address (send null to leave it unset)', (v) => delete v.listen_address],
      ['the key of the response envelope', (v) => (v.key = 'cluster')],
    ],
  ],
  [
    'ClusterNodeStatus',
    { key: '46f97a58-4028-467d-9a22-9cfe78ae3e1c', fqdn: 'node.example', health_status: { memory: 62.5, sessions: { ssh: 3 }, total_sessions: 3 } },
    [
      ['a key that is not a UUID', (v) => (v.key = 'node-2')],
      ['no fqdn', (v) => delete v.fqdn],
      ['no health_status (null when the node is down)', (v) => delete v.health_status],
      ['memory above 100 percent', (v) => (v.health_status.memory = 100.5)],
      ['a fractional session count', (v) => (v.health_status.sessions.ssh = 1.5)],
      ['a last_seen that is not a date-time', (v) => (v.last_seen = 'yesterday')],
    ],
  ],
  [
    'ClusterStatusList',
    { items: [{ key: '46f97a58-4028-467d-9a22-9cfe78ae3e1c', fqdn: 'node.example', health_status: null }] },
    [['an item without key', (v) => delete v.items[0].key]],
  ],
  [
    'ClusterNodeStatusResponse',
    {
      key: '46f97a58-4028-467d-9a22-9cfe78ae3e1c',
      body: { fqdn: 'node.example', health_status: null },
      meta: { configuration: '/api/cluster/nodes/46f97a58-4028-467d-9a22-9cfe78ae3e1c', href: '/api/cluster/status/46f97a58-4028-467d-9a22-9cfe78ae3e1c' },
    },
    [
      ['the status fields at the top instead of in body', (v) => {
        Object.assign(v, v.body);
        delete v.body;
      }],
      ['no fqdn in the body', (v) => delete v.body.fqdn],
      ['a configuration link that is not a string', (v) => (v.meta.configuration = 1)],
    ],
  ],
  [
    'HealthStatusResponse',
    { health_status: { cpu: 1.0, firmware: { integrity: { boot: 'OK', core: 'CORRUPTED' } }, sessions: { ssh: 3 }, sessions_total: 3 } },
    [
      ['body instead of the health_status wrapper', (v) => {
        v.body = v.health_status;
        delete v.health_status;
      }],
      ['cpu above 100 percent', (v) => (v.health_status.cpu = 101)],
      ['negative load', (v) => (v.health_status.load1 = -1)],
      ['an undocumented integrity verdict', (v) => (v.health_status.firmware.integrity.core = 'BROKEN')],
      ['a negative session count', (v) => (v.health_status.sessions_total = -1)],
    ],
  ],
  [
    'SupportBundleJobResponse',
    { key: 'job', body: { status: 'finished' } },
    [
      ['no status', (v) => delete v.body.status],
      ['no key', (v) => delete v.key],
      ['a status that is not a string', (v) => (v.body.status = true)],
    ],
  ],
];

describe.each(cases)('%s', (name, valid, changes) => {
  it('accepts the valid value', () => {
    const validate = schema(name);
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(changes)('rejects %s', (_, change) => {
    const value = structuredClone(valid);
    change(value);
    expect(schema(name)(value)).toBe(false);
  });
});

describe('shapes SPS is documented to send', () => {
  it('the legacy transaction wrapper is accepted as well as body', () => {
    expect(schema('TransactionResponse')({ key: 'transaction', transaction: { status: 'closed' } })).toBe(true);
  });

  it('a down cluster node reports its health as null, and SPS 6.0.2 sends no sync_status', () => {
    expect(schema('ClusterNodeStatus')({ key: '46f97a58-4028-467d-9a22-9cfe78ae3e1c', fqdn: 'node.example', health_status: null })).toBe(true);
  });

  it('the demo-mode license (null, SPS 6.0) and a not yet configured cluster listen address (null) are accepted', () => {
    expect(schema('SetupRequest')({ accept_eula: true, license: null })).toBe(true);
    expect(schema('ClusterLocalService')({ enabled: false, listen_address: null })).toBe(true);
  });

  it.each([
    ['LoginType', 'kerberos'],
  ])('%s rejects %s', (name, value) => {
    const validate = validatorFor(`#/components/parameters/${name}/schema`);
    expect(validate('x509')).toBe(true);
    expect(validate(value)).toBe(false);
  });

  it('a listener address in a request is a key string or the reference as read', () => {
    const listener = (address: unknown) => ({ address, port: 22 });
    expect(schema('SshListenerUpdate')(listener('nic1.interfaces.ff7574025754b3df1647001.addresses.1'))).toBe(true);
    expect(schema('SshListenerUpdate')(listener({ key: 'nic1.interfaces.ff7574025754b3df1647001.addresses.1', meta: { href: '/x' } }))).toBe(true);
  });

  const asRead = (key: string, href: string) => ({ key, meta: { href } });
  it.each([
    ['a channel policy', 'ConnectionPolicyUpdate', { name: 'c', policies: { channel_policy: asRead('-10000', '/api/configuration/ssh/channel_policies/-10000') } }],
    ['an indexing policy', 'ConnectionPolicyUpdate', { name: 'c', indexing: { enabled: true, policy: asRead('-50000', '/api/configuration/policies/indexing/-50000'), priority: 3 } }],
    ['a password', 'LocalUserUpdate', { name: 'jdoe', password: asRead('8526419625e4a7e1f03c9b', '/api/configuration/passwords/8526419625e4a7e1f03c9b') }],
    ['a group member', 'LocalGroupUpdate', { name: 'g', members: ['ldap-user', asRead('103640099357f3b14f0529a', '/api/configuration/aaa/local_database/users/103640099357f3b14f0529a')] }],
  ])('a request accepts a reference as read, besides its key: %s (%s)', (_, name, value) => {
    const validate = schema(name);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a user without a local password', 'LocalUser', { name: 'radius-user', password: null }],
    ['a connection without indexing policy', 'ConnectionPolicy', { name: 'c', indexing: { enabled: false, policy: null, priority: 3 } }],
    ['an inband server address without name server', 'ConnectionPolicy', { name: 'c', server_address: { selection: 'inband', domains: [], dns_server: null } }],
    ['an access rule that names no group', 'ConnectionAccessControl', { authorizer: 'security', permission: 'audit', subject: { selection: 'everybody', group: null } }],
    ['an audit policy without timestamping policy OID', 'AuditPolicy', { timestamping: { enabled: true, server: { oid: { enabled: false, policy_oid: null } } } }],
  ])('unset values are null: %s', (_, name, value) => {
    const validate = schema(name);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it('group members are user names or references to local users', () => {
    expect(schema('LocalGroup')({ name: 'g', members: ['jdoe', { key: '103640099357f3b14f0529a', meta: { href: '/x' } }] })).toBe(true);
    expect(schema('LocalGroup')({ name: 'g', members: [42] })).toBe(false);
  });

  it('private keys are sent as one PEM string, not an object', () => {
    expect(schema('PrivateKeyPem')('-----BEGIN PRIVATE KEY-----\nMII...\n-----END PRIVATE KEY-----\n')).toBe(true);
    expect(schema('PrivateKeyPem')({ private_key: '-----BEGIN PRIVATE KEY-----' })).toBe(false);
  });
});

describe('session search parameters', () => {
  const parameter = (name: string) => validatorFor(`#/components/parameters/${name}/schema`);
  const inline = (path: string, index: number) => validatorFor(`#/paths/${path.replaceAll('/', '~1')}/get/parameters/${index}/schema`);

  it.each([
    ['SessionSearchLimit', 500, 0],
    ['SessionSearchOffset', 0, -1],
    ['SessionSearchFormat', 'csv', 'xml'],
    ['SessionSearchStart', '2017-01-25T10:00', '2023.1.1'],
    ['SessionSearchEnd', '2024-03-31T23:59:59.999+02:00', 'yesterday'],
    ['SessionSearchSnapshot', 'ZGVtb19zbmFwc2hvdA', ''],
    ['AuditSessionKey', 'rUhhQZ3jYsY1NDWYp9DEpq', ''],
  ])('%s accepts %j and rejects %j', (name, valid, invalid) => {
    expect(parameter(name)(valid)).toBe(true);
    expect(parameter(name)(invalid)).toBe(false);
  });

  it('limit above the maximum of 500 is accepted (SPS caps it), offset above 10,000 too (SPS ignores it)', () => {
    expect(parameter('SessionSearchLimit')(100_000)).toBe(true);
    expect(parameter('SessionSearchOffset')(20_000)).toBe(true);
  });

  it('start and end accept a date, and times with seconds, fractions and any offset', () => {
    for (const value of ['2024-03-01', '2024-03-01T00:00:00Z', '2024-03-01T00:00:00.000+01:00', '2024-03-01T00:00:00-0500']) {
      expect(parameter('SessionSearchStart')(value), value).toBe(true);
    }
  });

  it('a content query must not start with the * wildcard; an empty one is allowed', () => {
    const q = inline('/api/audit/sessions/{key}/content', 0);
    expect(q('man iptables')).toBe(true);
    expect(q('')).toBe(true);
    expect(q('*tables')).toBe(false);
  });

  it('the audit trail format is srs or nothing', () => {
    const format = inline('/api/audit/sessions/{key}/audit_trail', 0);
    expect(format('srs')).toBe(true);
    expect(format('zat')).toBe(false);
  });

  it('statistics need a field, and size is a positive whole number', () => {
    const [field, size] = [0, 3].map((index) => inline('/api/audit/sessions/stats', index));
    expect(field!('protocol')).toBe(true);
    expect(field!('')).toBe(false);
    expect(size!(2)).toBe(true);
    expect(size!(0)).toBe(false);
  });
});
