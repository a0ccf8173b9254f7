import { connect } from 'node:net';

export interface RawAnswer {
  /** The status code, or 0 when the server closed the connection without one. */
  status: number;
  /** Everything the server sent. */
  text: string;
}

/**
 * Sends `request` byte for byte (targets `fetch` cannot send: `OPTIONS *`, absolute URLs, `CONNECT`) and
 * collects what comes back until the server closes the connection or `timeoutMs` passes.
 */
export function rawRequest(url: string, request: string, timeoutMs = 5000): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    let text = '';
    const socket = connect(Number(port), hostname, () => socket.write(request));
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
    });
    socket.once('close', done);
    socket.once('error', done);
  });
}
