import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createValidator, loadBundle, operations, responseSchemaPointer } from '../src/openapi/index.js';
import { startMock, type RunningMock } from '../src/index.js';
import { acceptsConnections, freePort } from '../src/port.js';
import { portInUse } from './port-in-use.js';
import { rawRequest } from './raw-http.js';
import { smallSpec } from './small-spec.js';

const cookie = { Cookie: 'session_id=a1f71d030e657634730b9e887cb59a5e56162860' };
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('startMock()', () => {
  const blockedPort = portInUse();

  // One Prism for both: each start costs about 2 CPU-seconds.
  it('serves the SPS description on a free port, passes Prism\'s warnings to log, and stops by its pid, leaving nothing behind', async ({ onTestFinished }) => {
    const lines: string[] = [];
    const mock = await startMock({ log: (line) => lines.push(line) });
    onTestFinished(() => mock.stop()); // should an expectation fail before the stop below
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${mock.url}/api/transaction`, { headers: { ...cookie, Prefer: 'example=open' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ key: 'transaction', body: { status: 'open' } });
    expect(isRunning(mock.pid)).toBe(true);

    await fetch(`${mock.url}/api/transaction`); // no cookie: a request violation Prism warns about
    await expect.poll(() => lines.join('\n')).toContain('Invalid security scheme used');
    expect(lines.filter((line) => line.includes('NO_PATH_MATCHED'))).toEqual([]); // the start's own probe is not logged

    await mock.stop();
    expect(isRunning(mock.pid)).toBe(false);
    await expect(fetch(mock.url)).rejects.toThrow();
    await mock.stop(); // a second stop is harmless
  });

  it('listens on its port while Prism starts; a request sent meanwhile waits for Prism and is answered', async () => {
    const port = await freePort('127.0.0.1');
    let resolved = false;
    const starting = startMock({ port, spec: smallSpec }).then((mock) => ((resolved = true), mock));
    for (let i = 0; i < 200 && !(await acceptsConnections(port)); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(resolved).toBe(false); // the port answered before Prism did
    const early = await fetch(`http://127.0.0.1:${port}/api/info`, { headers: cookie });
    const mock = await starting;
    try {
      expect(early.status).toBe(200);
      expect(await early.json()).toEqual({ key: 'info', body: {} });
    } finally {
      await mock.stop();
    }
  });

  it('says so when the port is taken, before starting Prism', async () => {
    await expect(startMock({ port: blockedPort() })).rejects.toThrow(`port ${blockedPort()} on 127.0.0.1 is already in use`);
  });

  it.each([[-1], [65536], [1.5], [Number.NaN]])('refuses the port %s', async (port) => {
    await expect(startMock({ port })).rejects.toThrow(`the port must be a port number from 0 to 65535, got "${port}"`);
  });

  it('refuses a CORS origin that is not one origin', async () => {
    await expect(startMock({ cors: '*' })).rejects.toThrow('the CORS origin must be one origin such as http://localhost:3000');
  });

  it('says so when the host is not an address of this machine', async () => {
    await expect(startMock({ host: '192.0.2.1' })).rejects.toThrow('cannot listen on 192.0.2.1: it is not an address of this machine');
  });

  it('reports why Prism failed to start, with what Prism said', async () => {
    const error = await startMock({ spec: '/nonexistent/openapi.json' }).then(() => undefined, (reason: Error) => reason);
    expect(error?.message).toMatch(/^Prism exited/);
    expect(error?.message).toContain('/nonexistent/openapi.json');
  });
});

describe('startMock() with odd, hostile and invalid requests', () => {
  const allowedOrigin = 'http://localhost:3000';
  let mock: RunningMock;
  /** For the CORS test alone, which is about the front server: Prism serves the small description. */
  let withCors: RunningMock;
  let prismExit: number | null | undefined;
  beforeAll(async () => {
    [mock, withCors] = await Promise.all([startMock(), startMock({ cors: allowedOrigin, spec: smallSpec })]);
    void mock.exited.then((code) => (prismExit = code));
  });
  afterAll(async () => {
    await Promise.all([mock?.stop(), withCors?.stop()]);
  });
  const stillAnswering = async () => {
    expect(prismExit).toBeUndefined();
    expect((await fetch(`${mock.url}/api/transaction`, { headers: cookie })).status).toBe(200);
  };

  it.each([
    ['OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n', 'OPTIONS * is not supported'],
    ['GET http://other.example/api/info HTTP/1.1\r\nHost: other.example\r\n\r\n', 'not an HTTP proxy'],
    ['CONNECT other.example:443 HTTP/1.1\r\nHost: other.example:443\r\n\r\n', 'not an HTTP proxy'],
  ])('answers %j with a 400 and keeps serving', async (request, message) => {
    const answer = await rawRequest(mock.url, request);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain(message);
    await stillAnswering();
  });

  it('answers a request sent with Expect: 100-continue like any other (the 100 Continue is its own)', async () => {
    const body = JSON.stringify({ primary: '192.0.2.1', secondary: null });
    const answer = await rawRequest(
      mock.url,
      `PUT /api/configuration/network/dns HTTP/1.1\r\nHost: a\r\nCookie: ${cookie.Cookie}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(answer.text).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
    await stillAnswering();
  });

  it('sends no CORS headers by default, for any origin', async () => {
    const preflight = await fetch(`${mock.url}/api/transaction`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PUT' },
    });
    expect(preflight.status).toBe(403);
    const response = await fetch(`${mock.url}/api/transaction`, { headers: { ...cookie, Origin: 'https://evil.example' } });
    expect(response.status).toBe(200);
    for (const answer of [preflight, response]) {
      expect([...answer.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('with cors: allows that one origin, with cookies, and no other', async () => {
    const preflight = (origin: string) =>
      fetch(`${withCors.url}/api/transaction`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT' } });
    const allowed = await preflight(allowedOrigin);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('PUT');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();

    const get = (origin: string) => fetch(`${withCors.url}/api/transaction`, { headers: { ...cookie, Origin: origin } });
    expect((await get(allowedOrigin)).headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect((await get('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('logs in with HTTP Basic credentials whose password holds colons (RFC 7617); a token without a colon is still refused', async () => {
    const login = (credentials: string) =>
      fetch(`${mock.url}/api/authentication`, { headers: { Authorization: `Basic ${Buffer.from(credentials).toString('base64')}` } });
    const withColons = await login('admin:pa:ss');
    expect(withColons.status).toBe(200);
    expect(withColons.headers.get('set-cookie')).toMatch(/^session_id=/);
    expect((await login('adminsecret')).status).toBe(401);
  });

  /** A firmware upload whose one part is `headers` and then the image. */
  const upload = (headers: string) =>
    fetch(`${mock.url}/api/upload/firmware`, {
      method: 'POST',
      headers: { ...cookie, 'Content-Type': 'multipart/form-data; boundary=sps-boundary' },
      body: `--sps-boundary\r\n${headers}\r\n\r\nCD001 not a real ISO image\r\n--sps-boundary--\r\n`,
      signal: AbortSignal.timeout(10_000),
    });

  it('accepts a multipart upload whose file part has no Content-Type (RFC 7578), and keeps serving (stoplightio/prism#2672)', async () => {
    const response = await upload('Content-Disposition: form-data; name="firmware"; filename="firmware.iso"');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ key: expect.any(String) });
    await stillAnswering();
  });

  it.each([
    ['no Content-Disposition at all', 'Content-Type: application/octet-stream'],
    ['a part without a name', 'Content-Disposition: form-data; filename="firmware.iso"'],
    ['an RFC 8187 file name', "Content-Disposition: form-data; name=\"firmware\"; filename*=UTF-8''firmware%20%E2%82%AC.iso"],
    ['a file name with ; = and quotes', 'Content-Disposition: form-data; name="firmware"; filename="a;b=c\\"d.iso"'],
  ])('answers a multipart part with %s and keeps serving', async (_, headers) => {
    const response = await upload(headers);
    expect([200, 400, 422]).toContain(response.status);
    await stillAnswering();
  });

  it.each([
    ['a Content-Type header with a space before its colon', 'Content-Disposition: form-data; name="firmware"; filename="a.iso"\r\nContent-Type : application/octet-stream'],
    ['part data that Prism\'s parser reads as a boundary', 'Content-Disposition: form-data; name="firmware"; filename="a.iso"\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n\n--sps-boundary\r\nContent-Disposition: form-data; name="f"; filename="y"'],
  ])('answers a multipart body with %s, which Prism cannot read, with a 400 and keeps serving', async (_, headers) => {
    const response = await upload(headers);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'invalid_multipart', message: expect.stringContaining('multipart/form-data body cannot be read') } });
    await stillAnswering();
  });

  it('explains a body that breaks the schema in the SPS error envelope: type, "does not match the schema", violations', async () => {
    const response = await fetch(`${mock.url}/api/configuration/network/dns`, {
      method: 'PUT',
      headers: { ...cookie, 'Content-Type': 'application/json' },
      body: '{"primary": 42, "tertiary": "x"}',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { type: string; message: string; details: { violations: unknown[] } } };
    expect(body.error.type).toBe('InvalidRequestBody');
    expect(body.error.message).toMatch(/^The request body does not match the schema: /);
    expect(body.error.message).toContain('/primary: Request body property primary must be string');
    expect(body.error.details.violations).toEqual(
      expect.arrayContaining([
        { location: 'body', pointer: '/primary', message: 'Request body property primary must be string' },
        { location: 'body', pointer: '', message: "Request body must NOT have unevaluated properties: 'tertiary'" },
        { location: 'body', pointer: '', message: "Request body must have required property 'secondary'" },
      ]),
    );
    const bundle = loadBundle();
    const update = operations(bundle).find(({ operation }) => operation.operationId === 'updateDnsSettings')!;
    const validate = createValidator(bundle)(responseSchemaPointer(bundle, update, 400));
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });
});
