/**
 * The Prism mode and the stateful mode answer odd requests alike, as an appliance plausibly does: a `HEAD`
 * is the `GET`'s status and headers without a body; a parameter given twice where it takes one value is
 * the operation's invalid request (the SPS envelope where it documents a 400); a request target that is
 * not a path of the origin is refused with a 400 before anything reads it. One table, both modes (the
 * run's shared Prism mock, test/setup/mock.ts, and a stateful mock of this file's own, whose configuration
 * no other test changes meanwhile); sent with node:http, which sends a target as it is written.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startMock, type RunningStatefulMock } from '../src/index.js';

interface Answer {
  status: number;
  type: string | undefined;
  length: string | undefined;
  body: string;
}

function send(url: string, method: string, target: string, headers: Record<string, string>): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, method, path: target, headers, agent: false, timeout: 10_000 }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => resolve({ status: answer.statusCode!, type: answer.headers['content-type'], length: answer.headers['content-length'], body: Buffer.concat(chunks).toString() }));
      answer.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer to ${method} ${target}`)));
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const basic = `Basic ${Buffer.from('admin:not-a-real-password').toString('base64')}`;
let stateful: RunningStatefulMock;
let modes: { name: string; url: string }[];
let headers: Record<string, string>;

beforeAll(async () => {
  stateful = await startMock({ stateful: true, users: { admin: 'not-a-real-password' } });
  modes = [
    { name: 'Prism', url: inject('mockUrl') },
    { name: 'stateful', url: stateful.url },
  ];
  // The stateful mock wants a session it made; Prism takes any.
  const login = await fetch(`${stateful.url}/api/authentication`, { headers: { Authorization: basic } });
  headers = { Cookie: /^session_id=[0-9a-f]+/.exec(login.headers.get('set-cookie') ?? '')![0], Authorization: basic };
});
afterAll(() => stateful?.stop());

/** What both modes answer `GET target` with; `HEAD target` must answer its status and headers, and no body. */
const heads: [target: string, status: number][] = [
  ['/api/info', 200],
  ['/api/transaction', 200],
  ['/api/configuration/network/dns', 200],
  ['/api/audit/sessions?limit=1', 200],
  ['/api/authentication', 200],
  ['/api/no-such-path', 404],
  ['/api/upload/firmware', 405],
];

/** Requests both modes answer with `status`, byte for byte alike where the body is `same`. */
const requests: [what: string, target: string, status: number, type: string, same: boolean][] = [
  ['a parameter given twice', '/api/audit/sessions?limit=1&limit=2', 400, 'SyntacticError', true],
  ['a parameter given twice, with one value', '/api/audit/sessions?limit=1&limit=1', 400, 'SyntacticError', true],
  ['two parameters given twice', '/api/audit/sessions?q=a&q=b&offset=1&offset=2', 400, 'SyntacticError', true],
  ['a text parameter given twice', '/api/audit/sessions?fields=a&fields=b', 400, 'SyntacticError', true],
  // The login documents no 400: both answer what they answer any invalid parameter of it, Prism's 422.
  ['a login parameter given twice', '/api/authentication?type=password&type=password', 422, 'UNPROCESSABLE_ENTITY', false],
  // Not byte for byte: the stateful mock's meta.remaining_seconds is the session's, of the moment.
  ['a parameter no operation has, given twice (ignored)', '/api/info?x=1&x=2', 200, '', false],
  ['a backslash that makes another origin of the path', '/\\evil.example/api/info', 400, 'backslash', true],
  ['a backslash between path segments', '/api\\info', 400, 'backslash', true],
  ['a backslash at the end of the path', '/api/info\\', 400, 'backslash', true],
  ['a path that starts with two slashes', '//evil.example/api/info', 400, 'must be a path', true],
];

describe('both modes', () => {
  it.each(heads)('answer HEAD %s with the status (%i) and headers of its GET, and no body', async (target, status) => {
    for (const { name, url } of modes) {
      const [get, head] = [await send(url, 'GET', target, headers), await send(url, 'HEAD', target, headers)];
      expect(get.status, name).toBe(status);
      expect(get.body.length, name).toBeGreaterThan(0);
      expect(head, name).toEqual({ ...get, body: '' });
      expect(head.length, name).toBe(String(Buffer.byteLength(get.body)));
    }
  });

  it.each(requests)('answer %s (%s) with %i alike', async (_, target, status, type, same) => {
    const answers: Answer[] = [];
    for (const { name, url } of modes) {
      const answer = await send(url, 'GET', target, headers);
      answers.push(answer);
      expect(answer.status, name).toBe(status);
      if (status === 400 && type === 'SyntacticError') expect(JSON.parse(answer.body), name).toMatchObject({ error: { type, details: { violations: expect.arrayContaining([expect.objectContaining({ location: 'query' })]) } } });
      else if (status === 400) expect(answer, name).toMatchObject({ type: 'text/plain; charset=utf-8', body: expect.stringContaining(type) });
      else if (status === 422) expect(JSON.parse(answer.body), name).toMatchObject({ type: `https://stoplight.io/prism/errors#${type}`, validation: expect.arrayContaining([expect.objectContaining({ location: ['query', 'type'] })]) });
    }
    if (same) expect(answers[1]!.body).toBe(answers[0]!.body);
  });
});
