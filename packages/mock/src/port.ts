import { connect, createServer } from 'node:net';

/**
 * The one port check of the project: `value` (a number, or the text of a command-line flag) as a port
 * number from 0 to 65535 (0: a free one). `name` says which setting it is in the error, e.g. `--port`.
 */
export function portNumber(value: number | string, name = 'the port'): number {
  const number = typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 0 || number > 65535) {
    throw new RangeError(`${name} must be a port number from 0 to 65535, got "${value}"`);
  }
  return number;
}

/** A port of `host` that is free now: another process may take it before it is listened on. */
export async function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => reject(new Error(listenProblem(error, host, 0))));
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A plain-words explanation of why `host:port` cannot be listened on. */
export function listenProblem(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use; pick another one`;
    case 'EACCES':
      return `not allowed to listen on port ${port} of ${host} (ports below 1024 need privileges); pick another one`;
    case 'EADDRNOTAVAIL':
      return `cannot listen on ${host}: it is not an address of this machine`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot listen on ${host}: unknown host name`;
    default:
      return `cannot listen on ${host}:${port}: ${error.message}`;
  }
}

/** Whether something accepts a TCP connection on `host:port` within a second (nothing is sent). */
export function acceptsConnections(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    socket.setTimeout(1000);
    const settle = (accepted: boolean) => () => {
      socket.destroy();
      resolve(accepted);
    };
    socket.once('connect', settle(true));
    socket.once('error', settle(false));
    socket.once('timeout', settle(false));
  });
}
