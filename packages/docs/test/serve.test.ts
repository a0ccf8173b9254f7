/** The docs server (`pnpm start`): read-only, with security headers, and robust to odd requests. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, serveDocs, type DocsServer } from '../src/serve.js';

const page = '<!doctype html><title>docs</title><p>The landing page of the docs, long enough to ask for a range of it.</p>';
const notFoundPage = '<!doctype html><title>Page not found</title><p>No such page. <a href="/">Home</a></p>';
let dir: string;
let docs: DocsServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sps-docs-serve-'));
  await mkdir(join(dir, 'assets'));
  await mkdir(join(dir, 'reference'));
  await writeFile(join(dir, 'index.html'), page);
  await writeFile(join(dir, 'reference', 'index.html'), '<!doctype html><title>reference</title><script src="index-1.js"></script>');
  await writeFile(join(dir, '404.html'), notFoundPage);
  await writeFile(join(dir, 'index.html.gz'), gzipSync(page));
  await writeFile(join(dir, 'assets', 'site.css'), 'body { margin: 0 }');
  docs = await serveDocs({ dir, port: 0 });
});

afterAll(async () => {
  await docs?.close();
  await rm(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** node:http rather than fetch: it sends any method (TRACE too) and leaves the body encoded. */
function send(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${docs.url}${path}`, { method, headers, timeout: 5000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('timeout', () => request.destroy(new Error(`${method} ${path}: no answer within 5 s`)));
    request.on('error', reject);
    request.end();
  });
}

/** The status line of the answer to a raw request (for request targets an HTTP client will not send). */
function sendRaw(head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(docs.url);
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${head.split('\r\n')[0]}`)));
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer.split('\r\n')[0]!));
    socket.on('error', reject);
    socket.end(`${head}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

function expectSecurityHeaders({ headers }: { headers: IncomingHttpHeaders }) {
  expect(headers['content-security-policy']).toBe(contentSecurityPolicy);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['access-control-allow-origin']).toBeUndefined();
}

describe('serveDocs', () => {
  it('serves the site with its security headers', async () => {
    const answer = await send('/');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html;charset=utf-8');
    expect(answer.body.toString()).toBe(page);
    expectSecurityHeaders(answer);
  });

  it('forbids framing, plugins, forms and other origins in its policy', () => {
    const directives = new Map(contentSecurityPolicy.split('; ').map((directive) => [directive.split(' ')[0], directive]));
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directives.get('default-src')).toBe("default-src 'none'");
    expect(directives.get('script-src')).toBe("script-src 'self'");
    expect(directives.get('form-action')).toBe("form-action 'none'");
  });

  it('sends the gzip twin to a client that accepts it', async () => {
    const answer = await send('/', 'GET', { 'Accept-Encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.body).toEqual(gzipSync(page));
    expectSecurityHeaders(answer);
  });

  it('answers HEAD with the headers and no body', async () => {
    const answer = await send('/assets/site.css', 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-length']).toBe('18');
    expect(answer.body.length).toBe(0);
    expectSecurityHeaders(answer);
  });

  it("answers an unknown path with 404, the site's 404 page as HTML and the same headers", async () => {
    for (const path of ['/nowhere.html', '/guides/nowhere/deeper', '/assets']) {
      const answer = await fetch(`${docs.url}${path}`);
      expect(answer.status, path).toBe(404);
      expect(answer.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(await answer.text(), path).toBe(notFoundPage);
      expectSecurityHeaders({ headers: Object.fromEntries(answer.headers) });
    }
    const head = await send('/nowhere.html', 'HEAD');
    expect(head.status).toBe(404);
    expect(head.body.length).toBe(0);
  });

  it('answers 404 with a minimal HTML page that links home when the site has no 404 page', async () => {
    const bare = await mkdtemp(join(tmpdir(), 'sps-docs-serve-bare-'));
    const server = await serveDocs({ dir: bare, port: 0 });
    try {
      const answer = await fetch(`${server.url}/nowhere.html`);
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await answer.text()).toContain('<a href="/">');
      expectSecurityHeaders({ headers: Object.fromEntries(answer.headers) });
    } finally {
      await server.close();
      await rm(bare, { recursive: true, force: true });
    }
  });

  it('redirects a folder asked for without its trailing slash to the folder, keeping the query', async () => {
    // Served at /reference, the page's relative index-1.js would resolve to /index-1.js.
    for (const [path, location] of [
      ['/reference', '/reference/'],
      ['/reference?tab=curl&q=a%2Fb', '/reference/?tab=curl&q=a%2Fb'],
      ['/%72eference', '/reference/'],
    ]) {
      const answer = await fetch(`${docs.url}${path}`, { redirect: 'manual' });
      expect(answer.status, path).toBe(301);
      expect(answer.headers.get('location'), path).toBe(location);
      expectSecurityHeaders({ headers: Object.fromEntries(answer.headers) });
    }
    expect((await send('/reference', 'HEAD')).status).toBe(301);
    expect((await fetch(`${docs.url}/reference/`)).status).toBe(200);
  });

  it('redirects nothing else: a folder without an index page, a file, a path that is not one of its folders', async () => {
    for (const path of ['/assets', '/assets/site.css', '/index.html', '//reference', '//127.0.0.1/reference', '/reference/..', '/nowhere']) {
      const answer = await fetch(`${docs.url}${path}`, { redirect: 'manual' });
      expect(answer.headers.get('location'), path).toBeNull();
      expect([200, 404], path).toContain(answer.status);
    }
    expect(await sendRaw('GET http://other.example/reference HTTP/1.1')).toBe('HTTP/1.1 404 Not Found');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'])('answers %s with 405 and Allow: GET, HEAD, not with the page', async (method) => {
    const answer = await send('/', method);
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    expect(answer.body.toString()).not.toContain('landing page');
    expectSecurityHeaders(answer);
  });

  it('answers a Range it cannot satisfy with the whole file, and keeps serving', async () => {
    const answer = await send('/index.html', 'GET', { Range: 'bytes=50-2' });
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe(page);
    expect((await send('/')).status).toBe(200);
  });

  it.each([
    ['a malformed escape', 'GET /%zz HTTP/1.1', 'HTTP/1.1 404 Not Found'],
    ['an absolute-form target', 'GET http://other.example/ HTTP/1.1', 'HTTP/1.1 404 Not Found'],
    ['an asterisk target', 'OPTIONS * HTTP/1.1', 'HTTP/1.1 405 Method Not Allowed'],
    ['a path that climbs out of the site', 'GET /../../../etc/passwd HTTP/1.1', 'HTTP/1.1 404 Not Found'],
  ])('answers %s and keeps serving', async (_, head, statusLine) => {
    expect(await sendRaw(head)).toBe(statusLine);
    expect((await send('/')).status).toBe(200);
  });
});
