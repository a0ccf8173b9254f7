/**
 * Read-modify-write: clients (safeguard-ps among them) change a setting by reading an object, changing
 * one field and PUTting the whole `body` back; SPS ignores the read-only data it gets back. For every
 * `GET x` / `PUT x` pair of the bundle, the `body` of every named example of the GET's 200 answer, sent
 * unchanged as the PUT body, is accepted by the mock and by the validating proxy in front of it. The same
 * body with an unknown top-level field is rejected where the request schema is closed (so it stays closed
 * where Prism validates), and passed where it is open on purpose (bodies the sources document only in
 * part, whose unknown fields clients must be able to send back).
 */
import { startProxy, type RunningProxy } from '@sps-openapi/mock';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isClosed, operations, resolve, valueAt, type Json, type JsonObject } from '@sps-openapi/kit';
import { bundle, contractCases, invalidRequestStatus, jsonSchemaPointerOfRequest, sessionId, validatorFor } from './support/cases.js';
import { Recorder } from './support/recorder.js';

/** GET/PUT pairs whose PUT is not a replacement of what GET shows, and why. */
const notReplacements: Record<string, string> = {
  '/api/transaction': 'PUT commits the transaction ({status: "commit"}); it does not replace the state GET shows',
};

const puts = new Map(operations(bundle).filter((o) => o.method === 'put').map((o) => [o.path, o]));
const pairs = operations(bundle)
  .filter((o) => o.method === 'get' && puts.has(o.path))
  .map((get) => ({ path: get.path, get, put: puts.get(get.path)! }));
const replacements = pairs.filter(({ path }) => !(path in notReplacements));

/** Every named example of a GET's 200 JSON answer. */
function getExamples(operation: JsonObject): [name: string, value: JsonObject][] {
  const ok = resolve(bundle, ((operation.responses as JsonObject)['200'] ?? {}) as Json);
  const json = ((ok.content ?? {}) as JsonObject)['application/json'] as JsonObject | undefined;
  return Object.entries((json?.examples ?? {}) as JsonObject).map(([name, example]) => [name, resolve(bundle, example).value as JsonObject]);
}

const cases = replacements.flatMap(({ path, get, put }) => {
  const requestSchema = jsonSchemaPointerOfRequest(put)!;
  // The path with its parameters filled in (`{key}` → a valid key), as the other contract tests send it.
  const { url, successStatus } = contractCases.find((c) => c.operation.method === 'put' && c.operation.path === path)!;
  return getExamples(get.operation).map(([name, value]) => ({
    label: `PUT ${path} ← GET example ${name}`,
    url,
    path: new URL(url, 'http://sps').pathname,
    body: value.body,
    successStatus,
    invalidStatus: invalidRequestStatus(Object.keys(put.operation.responses as JsonObject)),
    requestSchema,
    closed: isClosed(bundle, valueAt(bundle, requestSchema)!),
  }));
});

const recorder = new Recorder('read-modify-write');
let mockUrl: string;
let proxy: RunningProxy;

beforeAll(async () => {
  mockUrl = inject('mockUrl');
  proxy = await startProxy({ upstream: mockUrl });
});
afterAll(async () => {
  recorder.save();
  await proxy?.stop();
});

async function put(baseUrl: string, target: string, body: unknown) {
  const response = await recorder.fetch(`${baseUrl}${target}`, {
    method: 'PUT',
    headers: { Cookie: `session_id=${sessionId}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });
  const text = await response.text();
  return { status: response.status, why: `${response.headers.get('sl-violations') ?? ''} ${text}` };
}

describe('the GET/PUT pairs of the bundle', () => {
  it('are found, and the pairs that are not read-modify-write exist and say why', () => {
    expect(replacements.length).toBeGreaterThanOrEqual(5);
    for (const [path, why] of Object.entries(notReplacements)) {
      expect(pairs.map((pair) => pair.path), path).toContain(path);
      expect(why).not.toBe('');
    }
  });

  it('include closed request bodies and open ones, so both halves of the unknown-field check run', () => {
    expect(cases.some((c) => c.closed)).toBe(true);
    expect(cases.some((c) => !c.closed)).toBe(true);
  });

  it.each(replacements.map(({ path, get }) => [path, get.operation] as const))('GET %s has a named 200 example with a body', (_, operation) => {
    const examples = getExamples(operation);
    expect(examples.length).toBeGreaterThan(0);
    for (const [name, value] of examples) expect(value.body, name).toBeDefined();
  });
});

describe.each(cases.map((c) => [`${c.label} (${c.closed ? 'closed' : 'open'} request body)`, c] as const))('%s', (_, c) => {
  const withUnknownField = () => ({ ...(c.body as JsonObject), unknown_field_of_this_test: true });

  it(`is a valid request body by the schema (Ajv), and with an unknown field ${c.closed ? 'is not' : 'is too'}`, () => {
    const validate = validatorFor(c.requestSchema);
    expect(validate(c.body), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(withUnknownField())).toBe(!c.closed);
  });

  it(`the mock accepts the body as read, and ${c.closed ? 'rejects' : 'accepts'} it with an unknown field`, async () => {
    const asRead = await put(mockUrl, c.url, c.body);
    expect(asRead.status, asRead.why).toBe(c.successStatus);
    const withUnknown = await put(mockUrl, c.url, withUnknownField());
    expect(withUnknown.status, withUnknown.why).toBe(c.closed ? c.invalidStatus : c.successStatus);
  });

  it(`the validating proxy in front of the mock passes it on without a violation, and ${c.closed ? 'reports' : 'passes'} an unknown field`, async () => {
    let before = proxy.violations.length;
    const asRead = await put(proxy.url, c.url, c.body);
    expect(asRead.status, asRead.why).toBe(c.successStatus);
    expect(proxy.violations.slice(before)).toEqual([]);
    before = proxy.violations.length;
    const withUnknown = await put(proxy.url, c.url, withUnknownField());
    if (c.closed) expect(proxy.violations.slice(before)).toMatchObject([{ method: 'PUT', path: c.path }]);
    else {
      expect(withUnknown.status, withUnknown.why).toBe(c.successStatus);
      expect(proxy.violations.slice(before)).toEqual([]);
    }
  });
});
