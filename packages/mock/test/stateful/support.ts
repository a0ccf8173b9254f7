/** Helpers of the stateful mock's tests: a running mock per test file, logins, and a check of every answer against the description. */
import { afterAll, beforeAll, expect } from 'vitest';
import { createValidator, isJsonMediaType, loadBundle, operations, pathPattern, resolve, responseSchemaPointer, type JsonObject } from '../../src/openapi/index.js';
import { specModel } from '../../src/stateful/routes.js';
import { startStateful, type RunningStatefulMock, type StatefulOptions } from '../../src/stateful/start-stateful.js';

export const bundle = loadBundle();
const validatorFor = createValidator(bundle);
/** The description as the stateful mock reads it. */
export const model = specModel(bundle, validatorFor);
const routes = operations(bundle).map((entry) => ({
  entry,
  method: entry.method.toUpperCase(),
  pattern: pathPattern(entry.path),
  statuses: Object.keys(entry.operation.responses as JsonObject),
}));

export const users = { admin: 'Sup3r-Secret!', auditor: 'An0ther-Secret' };

/** A stateful mock for the tests of one file (started before them, stopped after them). */
export function statefulMock(options: StatefulOptions = {}): { readonly url: string; readonly mock: RunningStatefulMock } {
  let mock: RunningStatefulMock | undefined;
  beforeAll(async () => {
    mock = await startStateful({ users, ...options });
  });
  afterAll(async () => {
    await mock?.stop();
  });
  return {
    get url() {
      return mock!.url;
    },
    get mock() {
      return mock!;
    },
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Logs in with HTTP Basic; resolves with the `session_id` cookie to send. */
export async function logIn(url: string, user: keyof typeof users | string = 'admin', password = users[user as keyof typeof users]): Promise<string> {
  const response = await fetch(`${url}/api/authentication`, { headers: { Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` } });
  expect(response.status).toBe(200);
  const cookie = /^session_id=([0-9a-f]{40});/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  expect(cookie).toBeDefined();
  return `session_id=${cookie}`;
}

/** One request; its answer checked against the description (status documented, body valid) unless `check` is false. */
export async function call(url: string, cookie: string | undefined, method: string, path: string, body?: unknown, check = true): Promise<Answer> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { ...(cookie ? { Cookie: cookie } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : method === 'POST' ? { body: '' } : {}),
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  const answer = { status: response.status, headers: response.headers, body: isJsonMediaType(response.headers.get('content-type') ?? '') && text ? (JSON.parse(text) as unknown) : text };
  if (check) expectConforming(method, path, answer);
  return answer;
}

/** The answer is documented for the operation (status and media type) and its body matches the schema. */
export function expectConforming(method: string, path: string, { status, headers, body }: Answer): void {
  const pathname = path.split('?')[0]!;
  const route = routes.find((candidate) => candidate.method === method && candidate.pattern.test(pathname));
  expect(route, `${method} ${pathname} is an operation of the description`).toBeDefined();
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((candidate) => route!.statuses.includes(candidate));
  expect(key, `${method} ${pathname} documents ${status}`).toBeDefined();
  const documented = resolve(bundle, (route!.entry.operation.responses as JsonObject)[key!]);
  if (!documented.content) {
    expect(body, `${method} ${path} → ${status} has no body`).toBe('');
    return;
  }
  const mediaType = (headers.get('content-type') ?? '').split(';')[0]!.trim();
  expect(Object.keys(documented.content), `${method} ${path} → ${status} as ${mediaType}`).toContain(mediaType);
  const validate = validatorFor(responseSchemaPointer(bundle, route!.entry, key!, mediaType || 'application/json'));
  expect(validate(body), `${method} ${path} → ${status}: ${JSON.stringify(validate.errors?.slice(0, 3))}\n${JSON.stringify(body).slice(0, 500)}`).toBe(true);
}
