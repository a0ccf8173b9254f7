/**
 * Read-modify-write: clients (safeguard-ps among them) change a setting by reading an object, changing
 * one field and PUTting the whole `body` back; SPS ignores the read-only data it gets back. For every
 * `GET x` / `PUT x` pair of the bundle, the `body` of every named example of the GET's 200 answer, sent
 * unchanged as the PUT body, is accepted by the mock and by the validating proxy in front of it. The same
 * body with an unknown field is rejected, so the request schemas are still closed where Prism validates.
 */
import { startProxy, type RunningProxy } from '@sps-openapi/mock';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { operations, resolve, type Json, type JsonObject } from '@sps-openapi/kit';
import { bundle, invalidRequestStatus, jsonSchemaPointerOfRequest, sessionId, validatorFor } from './support/cases.js';
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

const cases = replacements.flatMap(({ path, get, put }) =>
  getExamples(get.operation).map(([name, value]) => ({
    label: `PUT ${path} ← GET example ${name}`,
    path,
    body: value.body,
    successStatus: Math.min(...Object.keys(put.operation.responses as JsonObject).filter((status) => /^2\d\d$/.test(status)).map(Number)),
    invalidStatus: invalidRequestStatus(Object.keys(put.operation.responses as JsonObject)),
    requestSchema: jsonSchemaPointerOfRequest(put)!,
  })),
);

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

async function put(baseUrl: string, path: string, body: unknown) {
  const response = await recorder.fetch(`${baseUrl}${path}`, {
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

  it.each(replacements.map(({ path, get }) => [path, get.operation] as const))('GET %s has a named 200 example with a body', (_, operation) => {
    const examples = getExamples(operation);
    expect(examples.length).toBeGreaterThan(0);
    for (const [name, value] of examples) expect(value.body, name).toBeDefined();
  });
});

describe.each(cases.map((c) => [c.label, c] as const))('%s', (_, c) => {
  const withUnknownField = () => ({ ...(c.body as JsonObject), unknown_field_of_this_test: true });

  it('is a valid request body by the schema (Ajv)', () => {
    const validate = validatorFor(c.requestSchema);
    expect(validate(c.body), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(withUnknownField())).toBe(false);
  });

  it('the mock accepts the body as read, and rejects it with an unknown field', async () => {
    const asRead = await put(mockUrl, c.path, c.body);
    expect(asRead.status, asRead.why).toBe(c.successStatus);
    const mistyped = await put(mockUrl, c.path, withUnknownField());
    expect(mistyped.status, mistyped.why).toBe(c.invalidStatus);
  });

  it('the validating proxy in front of the mock passes it on without a violation, and reports an unknown field', async () => {
    let before = proxy.violations.length;
    const asRead = await put(proxy.url, c.path, c.body);
    expect(asRead.status, asRead.why).toBe(c.successStatus);
    expect(proxy.violations.slice(before)).toEqual([]);
    before = proxy.violations.length;
    await put(proxy.url, c.path, withUnknownField());
    expect(proxy.violations.slice(before)).toMatchObject([{ method: 'PUT', path: c.path }]);
  });
});
