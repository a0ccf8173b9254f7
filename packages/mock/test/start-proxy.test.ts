/**
 * The validating proxy (`startProxy`, `sps-mock proxy`) in front of a tiny local appliance that answers
 * one operation within the contract, another one outside it, and — asked with an `X-Test` header — a
 * redirect, an answer broken off midway, a huge answer or none at all.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { runSpsMock, type CliRun } from '../../../test/support/sps-mock-cli.js';
import { startProxy, type RunningProxy } from '../src/index.js';
import { fakeUpstream, receivedBy, type Answer } from './fake-upstream.js';
import { listeningAddresses, mb, peakRss, rssOf } from './memory.js';
import { rawRequest } from './raw-http.js';
import { smallSpec } from './small-spec.js';

const conforming = { key: 'transaction', meta: { href: '/api/transaction', parent: '/api' }, transaction: { status: 'closed' } };
/** `GET /api/info` without its required `body`, and a number as `key`. */
const violating = { key: 42, meta: { href: '/api/info' } };
const sessionId = 'a1f71d030e657634730b9e887cb59a5e56162860';
const requestNotJson = { location: 'request.body', message: 'Request body is not valid JSON, though its Content-Type says it is' };
const responseNotJson = { location: 'response.body', message: 'Response body is not valid JSON, though its Content-Type says it is' };
const cookie = { Cookie: `session_id=${sessionId}` };
const basic = { Authorization: `Basic ${Buffer.from('admin:not-a-real-password').toString('base64')}` };
const fixture = (name: string) => new URL(`./fixtures/tls/${name}`, import.meta.url);
const tls = { cert: readFileSync(fixture('upstream-cert.pem')), key: readFileSync(fixture('upstream-key.pem')) };
const hugeBytes = 256 * 2 ** 20;
const allowedOrigin = 'http://localhost:3000';

/** Anything else that listens: it must never receive a request through the proxy. */
const elsewhere = fakeUpstream((_, response) => response.end('elsewhere'));

const answer: Answer = (request, response) => {
  const tag = String(request.headers['x-test']);
  if (tag === 'redirect') {
    response.writeHead(302, { Location: `${elsewhere.url}/landing`, 'Set-Cookie': `session_id=${sessionId}; Path=/; HttpOnly` }).end();
  } else if (tag === 'truncated') {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
    response.write('{"key":"transaction","body":{"sta', () => setTimeout(() => response.socket?.destroy(), 50));
  } else if (tag === 'huge') {
    sendHuge(response, hugeBytes);
  } else if (tag === 'silent') {
    // never answers
  } else if (tag === 'html-as-json') {
    response.writeHead(200, { 'Content-Type': 'application/json' }).end('<html>oops</html>');
  } else if (tag === 'empty-json') {
    response.writeHead(200, { 'Content-Type': 'application/json' }).end();
  } else if (tag === 'not-modified-json') {
    response.writeHead(304, { 'Content-Type': 'application/json' }).end();
  } else if (tag === 'text-error-as-json') {
    response.writeHead(500, { 'Content-Type': 'application/json' }).end('Internal error');
  } else if (tag === 'lying-length') {
    request.socket.end('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{"key":"transaction","body":{}}');
  } else if (tag === 'switch-protocols') {
    request.socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n'); // and keeps the connection
  } else if (tag.startsWith('echo')) {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ received: Buffer.concat(chunks).toString() })));
  } else if (tag === 'upload') {
    let bytes = 0;
    request.on('data', (chunk: Buffer) => (bytes += chunk.length));
    request.on('end', () => response.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ bytes })));
  } else {
    const body = JSON.stringify(request.url === '/api/info' ? violating : conforming);
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length), 'Access-Control-Allow-Origin': '*' });
    response.end(body);
  }
};

function sendHuge(response: ServerResponse, total: number) {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(total) });
  const pump = () => {
    while (sent < total) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    response.end();
  };
  pump();
}

const upstream = fakeUpstream(answer);
const httpsUpstream = fakeUpstream(answer, tls);

/** Proxies shared by the startProxy() tests, started side by side. */
let plain: RunningProxy;
let strict: RunningProxy;
/** For the TLS refusal alone (no answer gets to Prism): Prism has the small description. */
let tlsDefault: RunningProxy;
let tlsWithCa: RunningProxy;
/** Validates up to 1 MB, gives the appliance 2 s, and allows one web origin. */
let small: RunningProxy;

beforeAll(async () => {
  [plain, strict, tlsDefault, tlsWithCa, small] = await Promise.all([
    startProxy({ upstream: upstream.url }),
    startProxy({ upstream: upstream.url, errors: true }),
    startProxy({ upstream: httpsUpstream.url, spec: smallSpec }),
    startProxy({ upstream: httpsUpstream.url, ca: fixture('upstream-cert.pem').pathname }),
    startProxy({ upstream: upstream.url, maxValidatedMb: 1, upstreamTimeoutMs: 2000, cors: allowedOrigin }),
  ]);
});
afterAll(async () => {
  await Promise.all([plain, strict, tlsDefault, tlsWithCa, small].map((proxy) => proxy?.stop()));
});

/** Headers of a test's requests: the session cookie (unless `false`) and a tag the upstream records. */
const tagged = (tag: string, withCookie = true) => ({ ...(withCookie ? cookie : {}), 'X-Test': tag });

/** Runs `exchange` against a shared proxy; returns what the proxy reported meanwhile. */
async function reportedDuring(proxy: RunningProxy, exchange: (url: string) => Promise<void>) {
  const before = proxy.violations.length;
  await exchange(proxy.url);
  return proxy.violations.slice(before);
}

/** The number of body bytes of an answer, read as they come. */
async function bodyBytes(response: Response): Promise<number> {
  const reader = response.body!.getReader();
  let bytes = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += read.value.length;
  return bytes;
}

describe('startProxy()', () => {
  it('passes a conforming exchange through unchanged and reports nothing', async () => {
    const reported = await reportedDuring(plain, async (url) => {
      const response = await fetch(`${url}/api/transaction`, { headers: cookie });
      expect(response.status).toBe(200);
      expect(response.headers.get('sl-violations')).toBeNull();
      expect(await response.json()).toEqual(conforming);
    });
    expect(reported).toEqual([]);
  });

  it('passes an answer to HEAD through unvalidated, Content-Length included', async () => {
    const response = await fetch(`${plain.url}/api/transaction`, { method: 'HEAD', headers: cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(JSON.stringify(conforming).length));
    expect(plain.unvalidated).toContainEqual({ method: 'HEAD', path: '/api/transaction', status: 200, reason: 'not validated: HEAD (Prism fails on an answer without its body)' });
  });

  /** A firmware upload of one file part with `headers`, sent to `url`. */
  const multipartUpload = (url: string, headers: string) => {
    const body = `--sps-boundary\r\n${headers}\r\n\r\nCD001 not a real ISO image\r\n--sps-boundary--\r\n`;
    return {
      body,
      response: fetch(`${url}/api/upload/firmware`, {
        method: 'POST',
        headers: { ...tagged('upload'), 'Content-Type': 'multipart/form-data; boundary=sps-boundary' },
        body,
        signal: AbortSignal.timeout(10_000),
      }),
    };
  };

  it('validates a multipart upload whose file part has no Content-Type (RFC 7578), relays it as sent, and keeps serving (stoplightio/prism#2672)', async () => {
    const upload = multipartUpload(plain.url, 'Content-Disposition: form-data; name="firmware"; filename="firmware.iso"');
    const response = await upload.response;
    expect(response.status).toBe(201);
    // The appliance got the body as the client sent it, not the layout Prism was given.
    expect(await response.json()).toEqual({ bytes: Buffer.byteLength(upload.body) });
    expect(plain.unvalidated.filter((entry) => entry.path === '/api/upload/firmware')).toEqual([]);
    expect((await fetch(`${plain.url}/api/transaction`, { headers: cookie })).status).toBe(200);
  });

  it.each([
    ['a Content-Type header with a space before its colon', 'Content-Disposition: form-data; name="firmware"; filename="a.iso"\r\nContent-Type : application/octet-stream'],
    ['part data that Prism\'s parser reads as a boundary', 'Content-Disposition: form-data; name="firmware"; filename="a.iso"\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n\n--sps-boundary\r\nContent-Disposition: form-data; name="f"; filename="y"'],
  ])('passes a multipart body with %s (which Prism cannot read) through unvalidated, and keeps serving', async (_, headers) => {
    const upload = multipartUpload(plain.url, headers);
    const response = await upload.response;
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ bytes: Buffer.byteLength(upload.body) });
    expect(plain.unvalidated).toContainEqual({ method: 'POST', path: '/api/upload/firmware', status: 201, reason: 'not validated: a multipart/form-data body that Prism cannot read' });
    expect((await fetch(`${plain.url}/api/transaction`, { headers: cookie })).status).toBe(200);
  });

  it('passes a violating response through and reports it', async () => {
    const reported = await reportedDuring(plain, async (url) => {
      const response = await fetch(`${url}/api/info`, { headers: cookie });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(violating);
    });
    expect(reported).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/api/info',
        status: 200,
        violations: expect.arrayContaining([
          { location: 'response.body', message: "Response body must have required property 'body'" },
          { location: 'response.body.key', message: 'Response body property key must be string' },
        ]),
      }),
    ]);
  });

  it('reports a request that violates the contract (no session cookie), and still forwards it', async () => {
    const reported = await reportedDuring(plain, async (url) => {
      const response = await fetch(`${url}/api/transaction`, { headers: tagged('no-cookie', false) });
      expect(response.status).toBe(200);
    });
    expect(receivedBy(upstream, 'no-cookie')).toEqual(['no-cookie GET /api/transaction']);
    expect(reported).toEqual([{ method: 'GET', path: '/api/transaction', status: 200, violations: [{ location: 'request', message: 'Invalid security scheme used' }] }]);
  });

  it('takes a login whose password holds colons (RFC 7617) as within the contract, with errors too', async () => {
    const colons = { Authorization: `Basic ${Buffer.from('admin:pa:ss').toString('base64')}` };
    for (const [proxy, tag] of [[plain, 'colon-password'], [strict, 'colon-password-strict']] as const) {
      const reported = await reportedDuring(proxy, async (url) => {
        const response = await fetch(`${url}/api/authentication`, { headers: { ...tagged(tag, false), ...colons } });
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual(conforming);
      });
      expect(receivedBy(upstream, tag)).toEqual([`${tag} GET /api/authentication`]);
      expect(reported).toEqual([]);
    }
  });

  it('with errors: fails the violating response with Prism\'s 500 and still passes the conforming one', async () => {
    const reported = await reportedDuring(strict, async (url) => {
      const good = await fetch(`${url}/api/transaction`, { headers: cookie });
      expect(good.status).toBe(200);
      expect(await good.json()).toEqual(conforming);
      const bad = await fetch(`${url}/api/info`, { headers: cookie });
      expect(bad.status).toBe(500);
      expect(await bad.json()).toMatchObject({ type: 'https://stoplight.io/prism/errors#VIOLATIONS' });
    });
    expect(reported.map(({ path, status }) => `${path} ${status}`)).toEqual(['/api/info 500']);
  });

  it('with errors: rejects a violating request (422) without forwarding it', async () => {
    const reported = await reportedDuring(strict, async (url) => {
      const response = await fetch(`${url}/api/transaction`, {
        method: 'PUT',
        headers: { ...tagged('bad-commit'), 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'rollback' }),
      });
      expect(response.status).toBe(422);
    });
    expect(receivedBy(upstream, 'bad-commit')).toEqual([]);
    expect(reported).toEqual([
      { method: 'PUT', path: '/api/transaction', status: 422, violations: [{ location: 'request.body.status', message: 'Request body property status must be equal to constant' }] },
    ]);
  });

  it('verifies the upstream\'s TLS certificate: a self-signed one is refused (502) and reported', async () => {
    const reported = await reportedDuring(tlsDefault, async (url) => {
      const response = await fetch(`${url}/api/transaction`, { headers: tagged('self-signed') });
      expect(response.status).toBe(502);
    });
    expect(receivedBy(httpsUpstream, 'self-signed')).toEqual([]);
    expect(reported).toEqual([expect.objectContaining({ status: 502, violations: [expect.objectContaining({ location: 'upstream' })] })]);
    expect(reported[0]!.violations[0]!.message).toMatch(/self[- ]signed certificate/);
  });

  it('trusts an upstream whose CA is given with ca', async () => {
    const reported = await reportedDuring(tlsWithCa, async (url) => {
      const response = await fetch(`${url}/api/transaction`, { headers: tagged('trusted') });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(conforming);
    });
    expect(receivedBy(httpsUpstream, 'trusted')).toEqual(['trusted GET /api/transaction']);
    expect(reported).toEqual([]);
  });

  it.each([
    ['ftp://sps.example.net', /http:\/\/ or https:\/\//],
    ['not a url', /http:\/\/ or https:\/\//],
    ['https://admin:secret@sps.example.net', /must not contain credentials/],
  ])('refuses the upstream %s', async (bad, message) => {
    const error = await startProxy({ upstream: bad }).then(
      () => undefined,
      (reason: Error) => reason,
    );
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('secret');
  });

  it.each([
    ['OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n', 'OPTIONS * is not supported'],
    ['GET http://other.example/api/info HTTP/1.1\r\nHost: other.example\r\n\r\n', 'not an HTTP proxy'],
    ['CONNECT other.example:443 HTTP/1.1\r\nHost: other.example:443\r\n\r\n', 'not an HTTP proxy'],
  ])('answers %j with a 400 and keeps serving', async (request, message) => {
    const answer = await rawRequest(plain.url, request);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain(message);
    const response = await fetch(`${plain.url}/api/transaction`, { headers: cookie });
    expect(response.status).toBe(200);
  });

  it('passes a redirect back unchanged and never follows it: nothing else receives the credentials', async () => {
    const reported = await reportedDuring(plain, async (url) => {
      const response = await fetch(`${url}/api/authentication`, { headers: { ...tagged('redirect'), ...basic }, redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(`${elsewhere.url}/landing`);
      expect(response.headers.get('set-cookie')).toBe(`session_id=${sessionId}; Path=/; HttpOnly`);
    });
    expect(receivedBy(upstream, 'redirect')).toEqual(['redirect GET /api/authentication']);
    expect(upstream.headers[upstream.received.indexOf('redirect GET /api/authentication')]).toMatchObject({ authorization: basic.Authorization });
    expect(elsewhere.received).toEqual([]);
    expect(reported).toEqual([]);
  });

  it.each([
    ['HTML', 'html-as-json', 200, '<html>oops</html>'],
    ['empty', 'empty-json', 200, ''],
    ['text, with a 500', 'text-error-as-json', 500, 'Internal error'],
  ])('passes an answer labelled JSON whose body is %s through unchanged, and records it at the response (no body, no URL)', async (_, tag, status, body) => {
    const reported = await reportedDuring(plain, async (url) => {
      const response = await fetch(`${url}/api/info?notjson=`, { headers: tagged(tag) });
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(await response.text()).toBe(body);
    });
    expect(reported).toEqual([{ method: 'GET', path: '/api/info', status, violations: [responseNotJson] }]);
  });

  it('passes a 304 labelled JSON (no content, by definition) through, in both modes, with nothing to record', async () => {
    for (const running of [plain, strict]) {
      const reported = await reportedDuring(running, async (url) => {
        const response = await fetch(`${url}/api/info`, { headers: tagged('not-modified-json') });
        expect(response.status).toBe(304);
      });
      expect(reported).toEqual([]);
    }
  });

  it('passes the part of an answer its Content-Length covers, and records that it is not JSON, every time', async () => {
    for (let i = 0; i < 3; i++) {
      const reported = await reportedDuring(plain, async (url) => {
        const response = await fetch(`${url}/api/info`, { headers: tagged('lying-length'), signal: AbortSignal.timeout(10_000) });
        expect(response.status).toBe(200);
        expect(await response.text()).toBe('{"key":"tr');
      });
      expect(reported).toEqual([{ method: 'GET', path: '/api/info', status: 200, violations: [responseNotJson] }]);
    }
  });

  it('with errors: fails an answer labelled JSON that is not JSON with a 500 of its own, and records it', async () => {
    const reported = await reportedDuring(strict, async (url) => {
      const response = await fetch(`${url}/api/info`, { headers: tagged('html-as-json') });
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 500, detail: expect.stringContaining('not valid JSON') });
    });
    expect(reported).toEqual([{ method: 'GET', path: '/api/info', status: 500, violations: [responseNotJson] }]);
  });

  it.each([
    ['PUT', '/api/configuration/network/dns', '{bad'],
    ['PUT', '/api/configuration/network/dns', '[1,'],
    ['POST', '/api/transaction', '{bad'],
  ])('forwards a %s %s whose JSON body is malformed (%j) as sent, passes the answer back and records a request violation', async (method, path, body) => {
    const tag = `echo malformed ${method} ${body}`;
    const reported = await reportedDuring(plain, async (url) => {
      const response = await fetch(`${url}${path}`, { method, headers: { ...tagged(tag), 'Content-Type': 'application/json' }, body });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: body });
    });
    expect(receivedBy(upstream, tag)).toEqual([`${tag} ${method} ${path}`]);
    expect(reported).toEqual([{ method, path, status: 200, violations: [requestNotJson] }]);
    expect(plain.unvalidated).toContainEqual({ method, path, status: 200, reason: 'not validated: the request body is not valid JSON' });
  });

  it('with errors: refuses a request whose JSON body is malformed with a 400, without forwarding it, and records it', async () => {
    const reported = await reportedDuring(strict, async (url) => {
      const response = await fetch(`${url}/api/configuration/network/dns`, { method: 'PUT', headers: { ...tagged('malformed-strict'), 'Content-Type': 'application/json' }, body: '{bad' });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'invalid_json', message: 'Invalid JSON' } });
    });
    expect(receivedBy(upstream, 'malformed-strict')).toEqual([]);
    expect(reported).toEqual([{ method: 'PUT', path: '/api/configuration/network/dns', status: 400, violations: [requestNotJson] }]);
  });

  it('answers 502 at once when the appliance switches protocols (101), and records an upstream failure', async () => {
    const started = performance.now();
    const reported = await reportedDuring(plain, async (url) => {
      const response = await fetch(`${url}/api/info`, { headers: tagged('switch-protocols'), signal: AbortSignal.timeout(10_000) });
      expect(response.status).toBe(502);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(reported).toEqual([{ method: 'GET', path: '/api/info', status: 502, violations: [{ location: 'upstream', message: expect.stringContaining('switched protocols (101)') }] }]);
  });

  it('serves a client request that asks to switch protocols as plain HTTP, without passing Upgrade on', async () => {
    const request = `GET /api/transaction HTTP/1.1\r\nHost: a\r\nCookie: ${cookie.Cookie}\r\nX-Test: client-upgrade\r\nConnection: Upgrade, close\r\nUpgrade: websocket\r\n\r\n`;
    const reported = await reportedDuring(plain, async (url) => {
      const answer = await rawRequest(url, request);
      expect(answer.status).toBe(200);
      expect(answer.text).toContain(JSON.stringify(conforming));
    });
    expect(receivedBy(upstream, 'client-upgrade')).toEqual(['client-upgrade GET /api/transaction']);
    expect(upstream.headers[upstream.received.indexOf('client-upgrade GET /api/transaction')]).not.toHaveProperty('upgrade');
    expect(reported).toEqual([]);
  });

  it('answers 502 at once when the appliance breaks off its answer, and records an upstream failure', async () => {
    const reported = await reportedDuring(plain, async (url) => {
      const response = await fetch(`${url}/api/transaction`, { headers: tagged('truncated'), signal: AbortSignal.timeout(10_000) });
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ status: 502, detail: expect.stringContaining('the appliance') });
    });
    expect(reported).toEqual([{ method: 'GET', path: '/api/transaction', status: 502, violations: [{ location: 'upstream', message: expect.stringContaining('broke off') }] }]);
  });

  it('answers 504 when the appliance stays silent longer than upstreamTimeoutMs, and records it', async () => {
    const reported = await reportedDuring(small, async (url) => {
      const response = await fetch(`${url}/api/transaction`, { headers: tagged('silent'), signal: AbortSignal.timeout(15_000) });
      expect(response.status).toBe(504);
    });
    expect(reported).toEqual([{ method: 'GET', path: '/api/transaction', status: 504, violations: [{ location: 'upstream', message: 'the appliance sent nothing for 2 s' }] }]);
  });

  it('streams an answer above maxValidatedMb through unvalidated, its memory bounded', async () => {
    const [ownBefore, prismBefore] = [rssOf(process.pid), rssOf(small.pid)];
    const download = fetch(`${small.url}/api/info`, { headers: tagged('huge'), signal: AbortSignal.timeout(120_000) }).then(bodyBytes);
    const { result: bytes, peaks } = await peakRss([process.pid, small.pid], download);
    const [ownPeak, prismPeak] = peaks as [number, number];
    console.log(
      `RSS while a ${mb(hugeBytes)} MB answer passed: Prism ${mb(prismBefore)} → ${mb(prismPeak)} MB; ` +
        `this process (proxy front, fake appliance and client) ${mb(ownBefore)} → ${mb(ownPeak)} MB`,
    );
    expect(bytes).toBe(hugeBytes);
    expect(prismPeak - prismBefore).toBeLessThan(32 * 2 ** 20);
    expect(ownPeak - ownBefore).toBeLessThan(hugeBytes / 3);
    expect(small.unvalidated).toContainEqual({ method: 'GET', path: '/api/info', status: 200, reason: 'not validated: larger than 1 MB' });
  }, 150_000);

  it('streams a request body above maxValidatedMb to the appliance unvalidated', async () => {
    const image = Buffer.alloc(3 * 2 ** 20, 'i');
    const response = await fetch(`${small.url}/api/upload/firmware`, {
      method: 'POST',
      headers: { ...tagged('upload'), 'Content-Type': 'application/octet-stream' },
      body: image,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ bytes: image.length });
    expect(small.unvalidated).toContainEqual({ method: 'POST', path: '/api/upload/firmware', status: 201, reason: 'not validated: request larger than 1 MB' });
  });

  it('sends no CORS headers by default, for any origin, and drops the appliance\'s own', async () => {
    const preflight = await fetch(`${plain.url}/api/transaction`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PUT' },
    });
    expect(preflight.status).toBe(403);
    const response = await fetch(`${plain.url}/api/transaction`, { headers: { ...cookie, Origin: 'https://evil.example' } });
    expect(response.status).toBe(200);
    for (const answer of [preflight, response]) {
      expect([...answer.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('with cors: allows that one origin, with cookies, and no other', async () => {
    const preflight = (origin: string) =>
      fetch(`${small.url}/api/transaction`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type' } });
    const allowed = await preflight(allowedOrigin);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('content-type');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();

    const get = (origin: string) => fetch(`${small.url}/api/transaction`, { headers: { ...cookie, Origin: origin } });
    expect((await get(allowedOrigin)).headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect((await get('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers 502 in its own problem+json when its Prism has died, records a validator failure, and keeps answering', async () => {
    const orphaned = await startProxy({ upstream: upstream.url, spec: smallSpec });
    try {
      process.kill(orphaned.pid, 'SIGKILL');
      await orphaned.exited;
      for (let i = 0; i < 2; i++) {
        const response = await fetch(`${orphaned.url}/api/transaction`, { headers: { ...tagged('prism-dead'), ...basic }, signal: AbortSignal.timeout(10_000) });
        expect(response.status).toBe(502);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        const text = await response.text();
        expect(JSON.parse(text)).toMatchObject({ status: 502, detail: expect.stringContaining("the proxy's validator (Prism) could not be reached") });
        expect(text).not.toContain(sessionId);
      }
      const failure = { location: 'validator', message: expect.stringContaining("the proxy's validator (Prism) could not be reached or broke off its answer: ") };
      expect(orphaned.violations).toEqual([1, 2].map(() => ({ method: 'GET', path: '/api/transaction', status: 502, violations: [failure] })));
      expect(JSON.stringify(orphaned.violations)).not.toContain(sessionId);
      expect(receivedBy(upstream, 'prism-dead')).toEqual([]);
    } finally {
      await orphaned.stop();
    }
  });

  it('runs its Prism on 127.0.0.1 only', () => {
    const addresses = listeningAddresses(plain.pid);
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
  });
});

// Side by side: each test starts its own sps-mock, which is killed when the test ends.
describe.concurrent('sps-mock proxy', () => {
  const cli = (context: TestContext, args: string[], env?: NodeJS.ProcessEnv): CliRun => {
    const run = runSpsMock(['proxy', ...args, '--port', '0'], env);
    context.onTestFinished(() => run.kill('SIGKILL'));
    return run;
  };

  it('exits 0 when every exchange conformed', async (context) => {
    const { expect } = context;
    const run = cli(context, [upstream.url]);
    const response = await fetch(`${await run.url}/api/transaction`, { headers: cookie });
    expect(response.status).toBe(200);
    run.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.stdout()).toContain('no contract violations');
  });

  it('reports each violating exchange as it happens and exits 1 (for CI)', async (context) => {
    const { expect } = context;
    const run = cli(context, [upstream.url]);
    const url = await run.url;
    expect((await fetch(`${url}/api/transaction`, { headers: cookie })).status).toBe(200);
    expect((await fetch(`${url}/api/info`, { headers: cookie })).status).toBe(200);
    await expect.poll(() => run.stderr()).toContain('✖ GET /api/info → 200');
    run.kill('SIGTERM');
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toContain("response.body: Response body must have required property 'body'");
    expect(run.stderr()).not.toContain('/api/transaction');
    expect(run.stdout()).toContain('1 exchange violated the contract');
  });

  it('with --errors fails the violating response and exits 1', async (context) => {
    const { expect } = context;
    const run = cli(context, [upstream.url, '--errors']);
    expect((await fetch(`${await run.url}/api/info`, { headers: cookie })).status).toBe(500);
    run.kill('SIGTERM');
    expect(await run.exit).toBe(1);
  });

  it('keeps verifying TLS even when NODE_TLS_REJECT_UNAUTHORIZED=0 is inherited', async (context) => {
    const { expect } = context;
    const run = cli(context, [httpsUpstream.url, '--spec', smallSpec], { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' });
    expect((await fetch(`${await run.url}/api/transaction`, { headers: tagged('inherited-insecure') })).status).toBe(502);
    expect(receivedBy(httpsUpstream, 'inherited-insecure')).toEqual([]);
    run.kill('SIGTERM');
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toMatch(/upstream: .*self[- ]signed certificate/);
  });

  it('survives odd request targets, answers a broken-off answer with 502, notes a large body and then exits 1', async (context) => {
    const { expect } = context;
    const run = cli(context, [upstream.url]);
    const url = await run.url;
    expect((await rawRequest(url, 'OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n')).status).toBe(400);
    expect((await rawRequest(url, 'GET http://other.example/api/info HTTP/1.1\r\nHost: other.example\r\n\r\n')).status).toBe(400);
    const truncated = await fetch(`${url}/api/transaction`, { headers: tagged('truncated'), signal: AbortSignal.timeout(10_000) });
    expect(truncated.status).toBe(502);
    expect((await fetch(`${url}/api/transaction`, { headers: cookie })).status).toBe(200);
    const image = { method: 'POST', headers: { ...tagged('upload'), 'Content-Type': 'application/octet-stream' }, body: Buffer.alloc(11 * 2 ** 20) };
    expect((await fetch(`${url}/api/upload/firmware`, image)).status).toBe(201);
    await expect.poll(() => run.stderr()).toContain('⚠ POST /api/upload/firmware → 201 not validated: request larger than 10 MB');
    run.kill('SIGTERM');
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toContain('✖ GET /api/transaction → 502');
    expect(run.stdout()).toContain('1 exchange violated the contract');
  });

  it('answers 502 and exits 1 when the appliance cannot be reached', async (context) => {
    const { expect } = context;
    const run = cli(context, [elsewhere.url.replace(/:\d+$/, ':1'), '--spec', smallSpec]);
    expect((await fetch(`${await run.url}/api/transaction`, { headers: cookie })).status).toBe(502);
    run.kill('SIGTERM');
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toMatch(/upstream: .*ECONNREFUSED/);
  });
});
