import { describe, expect, it } from 'vitest';
import { createValidator } from '../support/openapi.js';

const validatorFor = createValidator();
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
      ['a listener address given as a response reference', (v) => (v.listen[0].address = { key: 'nic1', meta: { href: '/x' } })],
      ['a public key of an undocumented type', (v) => (v.public_keys[1].selection = 'dsa')],
      ['a port given as a string', (v) => (v.listen[0].port = '22')],
      ['no public_keys', (v) => delete v.public_keys],
    ],
  ],
  ['SoapSettingsUpdate', { enabled: true }, [['enabled as a string', (v) => (v.enabled = 'yes')]]],
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
      ['a listen address given as a response reference', (v) => (v.listen_address = { key: 'nic1', meta: { href: '/x' } })],
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

  it('private keys are sent as one PEM string, not an object', () => {
    expect(schema('PrivateKeyPem')('-----BEGIN PRIVATE KEY-----\nMII...\n-----END PRIVATE KEY-----\n')).toBe(true);
    expect(schema('PrivateKeyPem')({ private_key: '-----BEGIN PRIVATE KEY-----' })).toBe(false);
  });
});
