import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inspect, promisify } from 'node:util';
import { createSpsClient, SpsNetworkError, type SpsClient, type SpsClientOptions } from '@sps-openapi/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCertificates, type TestCertificates } from './support/certificates.js';
import { json, loginRoute, sessionCookie, startFakeSps, type FakeSps } from './support/fake-sps.js';

let certs: TestCertificates;
let sps: FakeSps;
const clients: SpsClient[] = [];

beforeAll(async () => {
  certs = makeTestCertificates();
  sps = await startFakeSps(
    {
      'GET /api/info': json(200, { key: 'about_info', body: { hostname: 'sps' } }),
      'POST /api/transaction': json(200, { key: 'transaction', body: { status: 'open', commit_message_required: false }, meta: { href: '/api/transaction' } }),
      'POST /api/troubleshooting/support-bundle': json(202, { key: 'bundle-1', meta: { href: '/api/troubleshooting/support-bundle/bundle-1' } }),
      // Certificate login succeeds only when the TLS handshake carried a client certificate the CA signed.
      'GET /api/authentication': (request) =>
        request.query.get('type') === 'x509' && request.clientCertificateOk
          ? loginRoute()(request)
          : { status: 401, json: { error: { type: 'AuthenticationFailure', message: 'No valid client certificate' } } },
    },
    { cert: certs.serverCert, key: certs.serverKey, ca: certs.ca, requestCert: true, rejectUnauthorized: false },
  );
});
afterAll(() => sps.close());
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

function client(options: Omit<SpsClientOptions, 'baseUrl'> = {}, baseUrl = sps.url) {
  const created = createSpsClient({ baseUrl, retry: false, ...options });
  clients.push(created);
  return created;
}

describe('TLS', () => {
  it('verifies the server certificate by default: an unknown CA is a network error', async () => {
    const error = await client().GET('/api/info').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsNetworkError);
    expect((error as Error).message).toMatch(/certificate/i);
  });

  it('trusts the appliance CA given as ca (string or bytes)', async () => {
    expect((await client({ ca: certs.ca }).GET('/api/info')).data?.body.hostname).toBe('sps');
    expect((await client({ ca: [Buffer.from(certs.ca)] }).GET('/api/info')).response.status).toBe(200);
  });

  it('takes ca, cert and key as any Uint8Array, not only a Buffer (a view into a larger buffer too)', async () => {
    const bytes = (pem: string) => {
      const encoded = new TextEncoder().encode(pem);
      const larger = new Uint8Array(encoded.length + 16).fill(0x41);
      larger.set(encoded, 8);
      return new Uint8Array(larger.buffer, 8, encoded.length);
    };
    const sps509 = client({ ca: [bytes(certs.ca)], cert: bytes(certs.clientCert), key: bytes(certs.clientKey) });
    expect(Buffer.isBuffer(bytes(certs.ca))).toBe(false);
    expect((await sps509.loginWithCertificate()).meta).toBeDefined();
    expect(await client({ ca: bytes(certs.otherCa) }).GET('/api/info').catch((caught: unknown) => caught)).toBeInstanceOf(SpsNetworkError);
  });

  it('does not trust a server signed by another CA', async () => {
    await expect(client({ ca: certs.otherCa }).GET('/api/info')).rejects.toBeInstanceOf(SpsNetworkError);
  });

  it('stays on when NODE_TLS_REJECT_UNAUTHORIZED=0 is set in the environment', async () => {
    const before = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    const warn = process.emitWarning;
    process.emitWarning = () => undefined; // Node warns about the variable; not this test's business
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    try {
      await expect(client().GET('/api/info')).rejects.toBeInstanceOf(SpsNetworkError);
    } finally {
      if (before === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = before;
      process.emitWarning = warn;
    }
  });

  it('applies to an upper-case HTTPS:// base URL too: ca trusted, verification on even with NODE_TLS_REJECT_UNAUTHORIZED=0', async () => {
    const upper = sps.url.replace('https://', 'HTTPS://');
    expect((await client({ ca: certs.ca }, upper).GET('/api/info')).response.status).toBe(200);
    const before = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    const warn = process.emitWarning;
    process.emitWarning = () => undefined;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    try {
      await expect(client({}, upper).GET('/api/info')).rejects.toBeInstanceOf(SpsNetworkError);
    } finally {
      if (before === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = before;
      process.emitWarning = warn;
    }
  });

  it('close() ends the connections, and the client keeps working afterwards', async () => {
    const sps509 = client({ ca: certs.ca });
    expect((await sps509.GET('/api/info')).response.status).toBe(200);
    await sps509.close();
    expect((await sps509.GET('/api/info')).response.status).toBe(200);
  });

  it('is off only with dangerouslyDisableTlsVerification: true', async () => {
    expect((await client({ dangerouslyDisableTlsVerification: true }).GET('/api/info')).response.status).toBe(200);
    expect(() => client({ dangerouslyDisableTlsVerification: 'yes' as unknown as boolean })).toThrow(TypeError);
  });

  it('opens a transaction and starts a support bundle with ca: the empty POST bodies go out with one Content-Length: 0', async () => {
    // Set by hand as well as by fetch, the header reached undici's own dispatcher twice ("0, 0"), which refused it.
    const withCa = client({ ca: certs.ca });
    await withCa.openTransaction();
    await withCa.POST('/api/troubleshooting/support-bundle');
    for (const route of ['POST /api/transaction', 'POST /api/troubleshooting/support-bundle']) {
      expect(sps.sent(route).at(-1)!.headers['content-length']).toBe('0');
    }
  });

  it("leaves the fetch of the rest of the process as it was: a POST with Content-Length still goes out", async () => {
    // In a fresh process: whether undici or Node.js sets up the process-wide dispatcher first is decided once.
    const script = `
      import { createServer } from 'node:http';
      import { register } from 'tsx/esm/api';
      register();
      const { createSpsClient } = await import('@sps-openapi/client');
      createSpsClient({ baseUrl: 'https://sps.example', ca: '-----BEGIN CERTIFICATE-----' });
      const server = createServer((request, response) => request.resume().on('end', () => response.end(String(request.headers['content-length']))));
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const answer = await fetch('http://127.0.0.1:' + server.address().port + '/', { method: 'POST', headers: { 'Content-Length': '0' } }).catch((error) => error);
      console.log(answer instanceof Response ? await answer.text() : String(answer.cause ?? answer));
      server.close();
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('..', import.meta.url)), timeout: 30_000 });
    expect(stdout).toBe('0\n');
  });

  it('logs in with the client certificate (type=x509) and uses the session', async () => {
    const sps509 = client({ ca: certs.ca, cert: certs.clientCert, key: certs.clientKey });
    await sps509.loginWithCertificate();
    const login = sps.requests.filter((request) => request.path === '/api/authentication').at(-1)!;
    expect(login.clientCertificateOk).toBe(true);
    expect(login.headers.authorization).toBeUndefined();
    await sps509.GET('/api/info');
    expect(sps.requests.at(-1)!.headers.cookie).toBe(`session_id=${sessionCookie}`);
  });

  it('certificate login without a certificate configured fails before sending; cert needs key', async () => {
    await expect(client({ ca: certs.ca }).loginWithCertificate()).rejects.toThrow(/needs a client certificate/);
    expect(() => client({ ca: certs.ca, cert: certs.clientCert })).toThrow(/cert and key go together/);
  });

  it('never shows the private key', async () => {
    const sps509 = client({ ca: certs.otherCa, cert: certs.clientCert, key: certs.clientKey });
    const error = await sps509.loginWithCertificate().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsNetworkError);
    const keyBody = certs.clientKey.split('\n')[1]!;
    for (const view of [String(error), (error as Error).stack, JSON.stringify(error), inspect(error, { depth: 10 }), inspect(sps509, { depth: 10 })]) {
      expect(view).not.toContain(keyBody);
    }
  });
});
