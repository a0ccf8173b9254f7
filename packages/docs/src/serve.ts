import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, sep } from 'node:path';
import sirv from 'sirv';

export interface ServeDocsOptions {
  /** The built site. */
  dir: string;
  port?: number;
  host?: string;
}

export interface DocsServer {
  url: string;
  close(): Promise<void>;
}

/**
 * What the site needs and nothing more: its own scripts, styles and images (Redoc adds inline styles and
 * `data:` images), never eval, a worker, a frame, a form, a plugin or another origin. Redoc's search
 * works without eval: it indexes in the page instead of a worker.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The 404 page of a site built without one (`buildDocs` writes `404.html`). */
const fallbackNotFoundPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>Page not found</title></head>
<body><h1>Page not found</h1><p>There is no page at this address. <a href="/">Go to the home page</a>.</p></body>
</html>
`;

/** The site's folders that have an index page, as URL paths without the trailing slash: `/reference`. */
function indexedFolders(dir: string): Set<string> {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => basename(file) === 'index.html');
  return new Set(
    pages
      .map((page) => dirname(page))
      .filter((folder) => folder !== '.')
      .map((folder) => `/${folder.split(sep).join('/')}`),
  );
}

/**
 * The site's request handler: GET and HEAD of its files (gzipped where the build wrote a `.gz`), 405 for
 * any other method, security headers on every answer. Range requests get the whole file. A folder asked
 * for without its trailing slash is redirected to it: its page's relative links resolve against the
 * folder only then. Any other path that is not a file gets the site's 404 page.
 */
export function docsHandler(dir: string): RequestListener {
  // Like sirv (dev: false), what the site holds is read once, here.
  const folders = indexedFolders(dir);
  const notFoundFile = join(dir, '404.html');
  const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from(fallbackNotFoundPage);
  const notFound = (request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': notFoundPage.length, 'Cache-Control': 'no-cache' });
    response.end(request.method === 'HEAD' ? undefined : notFoundPage);
  };
  const files = sirv(dir, { dev: false, etag: true, gzip: true, onNoMatch: notFound });
  return (request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('The docs are read-only: GET or HEAD.\n');
      return;
    }
    const folder = folderWithoutSlash(request.url ?? '', folders);
    if (folder) {
      // The Location is built from the folder's own name, never from the request's path: it cannot lead off the site.
      const query = request.url!.indexOf('?');
      response.writeHead(301, { Location: `${encodeURI(folder)}/${query === -1 ? '' : request.url!.slice(query)}`, 'Content-Length': 0 }).end();
      return;
    }
    delete request.headers.range;
    files(request, response);
  };
}

/** The folder of `folders` that the request target names without its trailing slash, if any. */
function folderWithoutSlash(target: string, folders: Set<string>): string | undefined {
  if (!target.startsWith('/')) return undefined;
  const path = target.split('?', 1)[0]!;
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // A malformed escape: sirv answers it 404.
  }
  return folders.has(decoded) ? decoded : undefined;
}

/** Serves the built site as static files; resolves once it listens. */
export function serveDocs({ dir, port = 8080, host = '127.0.0.1' }: ServeDocsOptions): Promise<DocsServer> {
  const server = createServer(docsHandler(dir));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actualPort } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${actualPort}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
