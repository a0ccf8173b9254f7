import { createServer } from 'node:http';
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

/** Serves the built site as static files (gzipped where the build wrote a `.gz`); resolves once it listens. */
export function serveDocs({ dir, port = 8080, host = '127.0.0.1' }: ServeDocsOptions): Promise<DocsServer> {
  const server = createServer(sirv(dir, { dev: false, etag: true, gzip: true }));
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
