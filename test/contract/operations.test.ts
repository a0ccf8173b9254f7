/**
 * Every operation of the bundle, called through the typed client against the mock: its success status,
 * every documented status (`Prefer: code=`) and named example (`Prefer: example=`), every documented
 * request body, each answer checked with Ajv against the schema independently of Prism. Driven by the
 * bundle, so a new operation, status or example is tested without touching this file.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { concreteStatus, contractCases } from './support/cases.js';
import { bodyMatchesSchema, callOperation, contractClients } from './support/call.js';
import { coverageOf } from './support/coverage.js';
import { Recorder } from './support/recorder.js';

const recorder = new Recorder('operations');
let clients: ReturnType<typeof contractClients>;

beforeAll(() => {
  clients = contractClients(inject('mockUrl'), recorder.fetch);
});
afterAll(() => recorder.save());

describe.each(contractCases.map((c) => [c.label, c] as const))('%s', (_, c) => {
  it(`answers a valid request with its documented success status and a body matching the schema`, async () => {
    const { response, body } = await callOperation(clients, c, { body: c.bodies[0] });
    expect(response.status).toBe(c.successStatus);
    const { valid, errors } = bodyMatchesSchema(c, String(c.successStatus), body);
    expect(valid, errors).toBe(true);
  });

  it.each(c.statuses)('answers its documented status %s on request (Prefer: code=…), matching the schema', async (status) => {
    const code = concreteStatus(status, c.statuses);
    const { response, body } = await callOperation(clients, c, { body: c.bodies[0], headers: { Prefer: `code=${code}` } });
    expect(response.status).toBe(code);
    const { valid, errors } = bodyMatchesSchema(c, status, body);
    expect(valid, errors).toBe(true);
  });

  const examples = c.responseExamples.map((example) => [`${example.status} ${example.name}`, example] as const);
  it.runIf(examples.length).each(examples)('serves the named example %s (Prefer: example=…)', async (_, example) => {
    const code = concreteStatus(example.status, c.statuses);
    const prefer = `code=${code}, example=${example.name}`;
    const { response, body } = await callOperation(clients, c, { body: c.bodies[0], headers: { Prefer: prefer } });
    expect(response.status).toBe(code);
    expect(body).toEqual(example.value);
  });

  const bodies = c.bodies.map((body) => [`${body.mediaType} ${body.name}`, body] as const);
  it.runIf(bodies.length).each(bodies)('accepts the documented request body %s, answering a body matching the schema', async (_, body) => {
    const { response, body: answer } = await callOperation(clients, c, { body });
    expect(response.status).toBe(c.successStatus);
    const { valid, errors } = bodyMatchesSchema(c, String(c.successStatus), answer);
    expect(valid, errors).toBe(true);
  });
});

describe('GET /api/authentication (HTTP Basic login)', () => {
  const login = contractCases.find((c) => c.operationId === 'logIn')!;

  it('sets the session_id cookie with its 200', async () => {
    const { response } = await callOperation(clients, login);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^session_id=[0-9a-f]{40}/);
  });

  it('says where to go with its 302', async () => {
    const { response } = await callOperation(clients, login, { headers: { Prefer: 'code=302' } });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBeTruthy();
  });
});

describe('this file', () => {
  const expected = parse(readFileSync(new URL('../fixtures/operations.yaml', import.meta.url), 'utf8')) as unknown[];

  // Runs after every test above (tests of a file run in order): a skipped or missing case shows here.
  it('exercised every documented status of every operation', () => {
    const coverage = coverageOf(recorder.exchanges);
    expect(coverage.operations).toHaveLength(expected.length);
    expect(coverage.untested).toEqual([]);
    expect(coverage.missingPairs).toEqual([]);
  });
});
