/**
 * A deterministic set of recorded sessions for the audit endpoints: the same `count` always gives the
 * same sessions (a seeded generator, no clock), spread over 90 days before 2025-01-01 and ordered by
 * `start_time`, the newest last; the newest few are still active. Field values follow the vendor
 * samples (upper-case `protocol` and `verdict`, `origin` `RECORDING`).
 */
import type { JsonObject } from '../openapi/index.js';

export interface RecordedSession {
  key: string;
  body: JsonObject;
}

const users = ['admin', 'alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'oscar', 'peggy', 'trent', 'yoda'];
const protocols: [string, number, string][] = [
  ['SSH', 22, 'shell-only'],
  ['RDP', 3389, 'rdp-default'],
  ['SSH', 22, 'all_with_content'],
  ['TELNET', 23, 'telnet-default'],
  ['VNC', 5900, 'vnc-default'],
  ['HTTP', 443, 'http-default'],
  ['ICA', 1494, 'ica-default'],
];
const end = Date.parse('2025-01-01T00:00:00Z');
const span = 90 * 24 * 3600 * 1000;
const keyAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** mulberry32: small, fast and good enough to make test data reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function recordedSessions(count: number): RecordedSession[] {
  const next = random(0x5e55_1015);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const hex = (length: number) => Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join('');
  const starts = Array.from({ length: count }, () => end - Math.floor(next() * span)).sort((a, b) => a - b);
  return starts.map((start, index) => {
    const key = Array.from({ length: 22 }, () => pick([...keyAlphabet])).join('');
    const [protocol, port, channelPolicy] = pick(protocols);
    const user = pick(users);
    const active = index >= count - Math.ceil(count / 100);
    const duration = active ? 0 : 5 + Math.floor(next() * 7200);
    const verdict = next() < 0.9 ? 'ACCEPT' : 'AUTH_FAIL';
    const server = `10.${1 + (index % 4)}.${Math.floor(next() * 250)}.${1 + Math.floor(next() * 250)}`;
    const client = `192.168.${Math.floor(next() * 250)}.${1 + Math.floor(next() * 250)}`;
    const connectionPolicy = `${protocol.toLowerCase()}-servers`;
    const href = `/api/audit/sessions/${key}`;
    const startTime = new Date(start).toISOString();
    const body: JsonObject = {
      active,
      alerts: { href: `${href}/alerts` },
      analytics: { interesting_events: [], scripted: false, scripted_results: {}, similar_sessions: [], tags: [] },
      channels: { href: `${href}/channels` },
      client: { ip: client, name: client, port: 1024 + Math.floor(next() * 60000) },
      creation_time: startTime,
      duration,
      end_time: active ? null : new Date(start + duration * 1000).toISOString(),
      events: { href: `${href}/events` },
      hidden: false,
      indexing: { href: `${href}/indexing` },
      node_id: `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
      origin: 'RECORDING',
      phantom: false,
      protocol,
      recording: {
        archived: false,
        audit_trail: { archive: null, download: { href: `${href}/audit_trail` } },
        auth_method: protocol === 'SSH' && next() < 0.5 ? 'publickey' : 'password',
        channel_policy: channelPolicy,
        command_extracted: false,
        connection_policy: connectionPolicy,
        connection_policy_id: hex(23),
        content_reference_id: index + 1,
        has_accepted_channel: verdict === 'ACCEPT',
        index_status: 'INDEXED',
        server_local: { ip: '10.0.0.10', name: '10.0.0.10', port: 30000 + Math.floor(next() * 30000) },
        session_id: `svc/${key}/${connectionPolicy}:${index}`,
        target: { ip: server, name: server, port },
        verdict,
      },
      server: { address: server, ip: server, name: server, port },
      start_time: startTime,
      user: { name: user, server_username: [user], gateway_username: null, name_domain: null },
      verdict,
    };
    return { key, body };
  });
}
