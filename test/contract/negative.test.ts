/**
 * What the mock answers to requests that break the contract, for every operation concerned: no session
 * cookie, a body that violates its schema, malformed JSON, an unknown path, an undefined method. The
 * statuses are what Prism 5.14.2 answers (see packages/mock/README.md); plain fetch sends what the
 * typed client cannot express on purpose. The same suite runs against the stateful mock
 * (`sps-mock --stateful`), which must answer these requests exactly as the Prism mode does; only the
 * mock's exchanges count for the contract coverage.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { httpMethods, operations } from '@sps-openapi/kit';
import { statefulUser } from '../setup/mock.js';
import { bundle, contractCases, invalidRequestStatus, jsonSchemaPointerOfRequest, sessionId, validatorFor, type ContractCase } from './support/cases.js';
import { bodyMatchesSchema, callOperation, contractClients, expectInvalidRequestAnswer, expectPrismProblem } from './support/call.js';
import { Recorder } from './support/recorder.js';

const recorder = new Recorder('negative');
afterAll(() => recorder.save());

const table = (cases: ContractCase[]) => cases.map((c) => [c.label, c] as const);
const withJsonBody = contractCases.filter((c) => jsonSchemaPointerOfRequest(c.operation));

/** A logged-in session of the stateful mock (it accepts no made-up session cookie). */
async function statefulSession(url: string): Promise<string> {
  const { username, password } = statefulUser;
  const response = await fetch(`${url}/api/authentication`, { headers: { Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` } });
  return /^session_id=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')![1]!;
}

const targets = [
  { name: 'the mock (Prism)', url: () => inject('mockUrl'), session: async () => sessionId, fetch: recorder.fetch, stateful: false },
  { name: 'the stateful mock', url: () => inject('statefulMockUrl'), session: () => statefulSession(inject('statefulMockUrl')), fetch: (input: Request | string | URL, init?: RequestInit) => fetch(input, init), stateful: true },
];

describe.each(targets)('$name', (target) => {
  let mockUrl: string;
  let clients: ReturnType<typeof contractClients>;
  let cookie: { Cookie: string };

  beforeAll(async () => {
    mockUrl = target.url();
    const session = await target.session();
    cookie = { Cookie: `session_id=${session}` };
    clients = contractClients(mockUrl, target.fetch);
    if (target.stateful) clients.withSession.setSessionId(session);
  });

  /** Sends a request with a raw body straight to the mock (recorded like the typed client's requests). */
  async function send(c: ContractCase, init: RequestInit & { headers?: Record<string, string> }) {
    const response = await target.fetch(`${mockUrl}${c.url}`, {
      method: c.operation.method.toUpperCase(),
      ...init,
      headers: { ...cookie, ...init.headers },
      signal: AbortSignal.timeout(5000),
    });
    const text = await response.text();
    return { response, body: text ? (JSON.parse(text) as unknown) : undefined };
  }

  describe('without a session cookie', () => {
    const secured = contractCases.filter((c) => c.cookieSecured);
    const open = contractCases.filter((c) => !c.cookieSecured);

    it('most operations require the cookie; the login and the anonymous ones do not', () => {
      expect(secured.length).toBeGreaterThan(open.length);
      expect(open.map((c) => c.operationId).sort()).toEqual(['completeSetup', 'getApplianceInfo', 'getAuthenticationLoginMethods', 'getSetupStatus', 'logIn']);
    });

    it.each(table(secured))('%s answers 401 with the documented error', async (_, c) => {
      const { response, body } = await callOperation(clients, c, { body: c.bodies[0], credentials: 'none' });
      expect(response.status).toBe(401);
      const { valid, errors } = bodyMatchesSchema(c, '401', body);
      expect(valid, errors).toBe(true);
      expect(body).toMatchObject({ error: { type: 'Unauthenticated' } });
    });

    // The stateful mock checks the login's credentials: without any it answers 401 (its own test covers that).
    it.each(table(open.filter((c) => !target.stateful || c.credentials !== 'basic')))('%s answers anonymous callers with its success status', async (_, c) => {
      const { response } = await callOperation(clients, c, { body: c.bodies[0], credentials: 'none' });
      expect(response.status).toBe(c.successStatus);
    });

    it.each(table(withJsonBody.filter((c) => c.cookieSecured)))('%s checks the cookie before the body: 401, not a validation error', async (_, c) => {
      const { response } = await send(c, { body: '[]', headers: { Cookie: '', 'Content-Type': 'application/json' } });
      expect(response.status).toBe(401);
    });
  });

  describe('a body that violates the schema', () => {
    it('no operation with a body documents a 422 or a 4XX range, so Prism answers its documented 400 or else 422', () => {
      const withBody = contractCases.filter((c) => c.bodies.length);
      expect(withBody.length).toBeGreaterThan(0);
      for (const c of withBody) expect(c.statuses.filter((status) => status === '422' || status === '4XX'), c.label).toEqual([]);
      expect(withBody.filter((c) => invalidRequestStatus(c.statuses) === 400).length).toBeGreaterThan(0);
      expect(withBody.filter((c) => invalidRequestStatus(c.statuses) === 422).length).toBeGreaterThan(0);
    });

    it.each(table(withJsonBody))('%s answers a body of the wrong type with its invalid-request status', async (_, c) => {
      const wrong: unknown = [];
      expect(validatorFor(jsonSchemaPointerOfRequest(c.operation)!)(wrong)).toBe(false);
      const { response, body } = await send(c, { body: JSON.stringify(wrong), headers: { 'Content-Type': 'application/json' } });
      expectInvalidRequestAnswer(c, response, body);
    });

    it.each(table(contractCases.filter((c) => c.bodies.length)))('%s answers a missing body with its invalid-request status', async (_, c) => {
      const { response, body } = await send(c, {});
      expectInvalidRequestAnswer(c, response, body);
    });

    it('POST /api/upload/firmware answers a form without the firmware file with 422', async () => {
      const upload = contractCases.find((c) => c.operationId === 'uploadFirmware')!;
      const form = new FormData();
      form.append('image', new Blob(['CD001']), 'image.iso');
      const { response, body } = await send(upload, { body: form });
      expectInvalidRequestAnswer(upload, response, body);
    });
  });

  describe('malformed JSON', () => {
    it.each(table(withJsonBody))('%s answers 400 at once, never hanging', async (_, c) => {
      const response = await target.fetch(`${mockUrl}${c.url}`, {
        method: c.operation.method.toUpperCase(),
        headers: { ...cookie, 'Content-Type': 'application/json' },
        body: '{"status": "commit", ',
        signal: AbortSignal.timeout(10_000),
      });
      expect(response.status).toBe(400);
      // Prism's HTTP layer (micri) rejects it before validation, with its own body, not the SPS envelope.
      expect(await response.json()).toEqual({ error: { code: 'invalid_json', message: 'Invalid JSON' } });
    });
  });

  describe('unknown paths and undefined methods', () => {
    it.each(['/api/no_such_area', '/api/transaction/no/such/child', '/api/configuration/network/dns/extra', '/'])(
      '%s answers 404',
      async (path) => {
        const response = await target.fetch(`${mockUrl}${path}`, { headers: cookie });
        expect(response.status).toBe(404);
        expectPrismProblem(response, await response.json(), 'NO_PATH_MATCHED_ERROR');
      },
    );

    // A HEAD answer has no body to check, fetch cannot send TRACE, and OPTIONS is the CORS preflight.
    const checkedMethods = httpMethods.filter((method) => !['head', 'trace', 'options'].includes(method));
    const paths = [...new Set(operations(bundle).map(({ path }) => path))];
    const undefinedMethods = paths.flatMap((path) => {
      const example = contractCases.find((c) => c.operation.path === path)!;
      const defined = new Set(operations(bundle).filter((operation) => operation.path === path).map(({ method }) => method));
      return checkedMethods
        .filter((method) => !defined.has(method))
        .map((method) => [`${method.toUpperCase()} ${path}`, method.toUpperCase(), example.url] as const);
    });

    it.each(undefinedMethods)('%s answers 405', async (_, method, url) => {
      const response = await target.fetch(`${mockUrl}${url}`, { method, headers: cookie });
      expect(response.status).toBe(405);
      expectPrismProblem(response, await response.json(), 'NO_METHOD_MATCHED_ERROR');
    });
  });
});
