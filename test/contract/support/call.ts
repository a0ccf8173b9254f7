import { createSpsClient, type SpsClient } from '@sps-openapi/client';
import { expect } from 'vitest';
import { isJsonMediaType, resolve, responseSchemaPointer, type JsonObject } from '@sps-openapi/kit';
import { basicCredentials, bundle, invalidRequestStatus, sessionId, validatorFor, type ContractCase, type RequestBody } from './cases.js';

export interface Answer {
  response: Response;
  /** The parsed body (openapi-fetch's `data` or `error`); `undefined` or `''` when there is none. */
  body: unknown;
}

type Call = (path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Typed clients against `baseUrl`: one with a session cookie, one without. */
export function contractClients(baseUrl: string, fetch: (input: Request) => Promise<Response>) {
  return {
    withSession: createSpsClient({ baseUrl, sessionId, fetch }),
    anonymous: createSpsClient({ baseUrl, fetch }),
  };
}

export interface CallOptions {
  body?: RequestBody | undefined;
  headers?: Record<string, string>;
  /** What to authenticate with; the operation's own kind by default. */
  credentials?: ContractCase['credentials'];
}

/**
 * Calls one operation through the typed client. The table of operations drives the tests, so the path
 * is only known at run time and the client is used through its untyped view here.
 */
export async function callOperation(clients: ReturnType<typeof contractClients>, c: ContractCase, options: CallOptions = {}): Promise<Answer> {
  const credentials = options.credentials ?? c.credentials;
  const client: SpsClient = credentials === 'cookie' ? clients.withSession : clients.anonymous;
  const call = (client as unknown as Record<string, Call>)[c.operation.method.toUpperCase()]!;
  const { body, headers, bodySerializer } = options.body?.init ?? {};
  const { data, error, response } = await call.call(client, c.operation.path, {
    params: { path: c.pathParams, query: c.queryParams },
    // openapi-fetch parses a 2XX body as JSON unless told otherwise.
    headers: { ...(credentials === 'basic' ? { Authorization: basicCredentials } : {}), ...headers, ...options.headers },
    redirect: 'manual',
    parseAs: c.binaryAnswer ? 'arrayBuffer' : 'json',
    ...(options.body ? { body } : {}),
    ...(bodySerializer ? { bodySerializer } : {}),
  });
  return { response, body: response.ok ? data : error };
}

/** The documented response behind a key (`200`, `4XX`, `default`), shared `$ref`s followed. */
export function documentedResponse(c: ContractCase, status: string): JsonObject {
  const responses = c.operation.operation.responses as JsonObject;
  return resolve(bundle, responses[status]);
}

/** Ajv's verdict on an answer's body against the documented response schema; `true` when none is documented. */
export function bodyMatchesSchema(c: ContractCase, status: string, body: unknown): { valid: boolean; errors: string } {
  const content = documentedResponse(c, status).content as JsonObject | undefined;
  if (!content) return { valid: body === undefined || body === '', errors: `expected no body, got ${JSON.stringify(body)}` };
  if (!Object.keys(content).some(isJsonMediaType)) return { valid: body instanceof ArrayBuffer, errors: `expected bytes, got ${JSON.stringify(body)}` };
  const validate = validatorFor(responseSchemaPointer(bundle, c.operation, status));
  const valid = validate(body);
  return { valid, errors: JSON.stringify(validate.errors, null, 2) };
}

/** Prism's own answer to an invalid request when the operation documents none: RFC 7807 problem+json. */
export function expectPrismProblem(response: Response, body: unknown, type: string) {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(body).toMatchObject({ type: `https://stoplight.io/prism/errors#${type}`, status: response.status });
}

/**
 * The documented 400 (the SPS error envelope; a generic error type explains the schema violations in
 * `details.violations`), or else Prism's 422 listing what is wrong.
 */
export function expectInvalidRequestAnswer(c: ContractCase, response: Response, body: unknown) {
  const status = invalidRequestStatus(c.statuses);
  expect(response.status).toBe(status);
  if (status === 400) {
    const { valid, errors } = bodyMatchesSchema(c, '400', body);
    expect(valid, errors).toBe(true);
    const { error } = body as { error: { type: string; message?: string; details?: { violations?: unknown[] } } };
    if (['InvalidRequestBody', 'SyntacticError'].includes(error.type)) {
      expect(error.message).toMatch(/does not match the schema/);
      expect(error.details?.violations?.length).toBeGreaterThan(0);
    }
  } else {
    expectPrismProblem(response, body, 'UNPROCESSABLE_ENTITY');
    expect((body as { validation: unknown[] }).validation.length).toBeGreaterThan(0);
  }
}
