import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/**
 * The site's request handler: GET and HEAD of its files (gzipped where the build wrote a `.gz`), 405 for
 * any other method, security headers on every answer. Range requests get the whole file.
 */
export function docsHandler(dir: string): RequestListener {
  const files = sirv(dir, { dev: false, etag: true, gzip: true });
  return (request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('The docs are read-only: GET or HEAD.\n');
      return;
    }
    delete request.headers.range;
    files(request, response);
  };
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
