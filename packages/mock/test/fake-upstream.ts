import { createServer as createHttpServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export interface FakeUpstream {
  url: string;
  /** The requests it received, as `<X-Test header> <method> <target>` (tests run concurrently). */
  received: string[];
  /** The headers of each request, in the order of `received`. */
  headers: IncomingMessage['headers'][];
}

export type Answer = (request: IncomingMessage, response: ServerResponse) => void;

/** For a test file: an appliance stand-in on 127.0.0.1 (HTTPS with `tls`), from `beforeAll` to `afterAll`. */
export function fakeUpstream(answer: Answer, tls?: { cert: Buffer; key: Buffer }): FakeUpstream {
  const upstream: FakeUpstream = { url: '', received: [], headers: [] };
  const listener: RequestListener = (request, response) => {
    upstream.received.push(`${String(request.headers['x-test'])} ${request.method} ${request.url}`);
    upstream.headers.push(request.headers);
    answer(request, response);
  };
  let server: Server;
  beforeAll(async () => {
    server = tls ? createHttpsServer(tls, listener) : createHttpServer(listener);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    upstream.url = `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return upstream;
}

/** The requests `upstream` received with the `X-Test` header `tag`. */
export const receivedBy = ({ received }: FakeUpstream, tag: string) => received.filter((entry) => entry.startsWith(`${tag} `));
