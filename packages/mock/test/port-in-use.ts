import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/** For a test file: a port on 127.0.0.1 that another server holds from `beforeAll` to `afterAll`. */
export function portInUse(): () => number {
  let blocker: Server;
  let port = 0;
  beforeAll(async () => {
    blocker = createServer((socket) => socket.destroy()); // holds the port, talks to no one
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    port = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
  return () => port;
}
