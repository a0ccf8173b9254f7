import { Readable } from 'node:stream';

export type Bounded =
  /** The whole body, at most `limit` bytes. */
  | { complete: true; data: Buffer }
  /** More than `limit` bytes: what was read so far; the stream is paused at the rest. */
  | { complete: false; head: Buffer };

/**
 * Reads `stream` into memory up to `limit` bytes. Rejects when the stream fails or closes
 * before its end, so a sender that disappears midway is noticed at once.
 */
export function readBounded(stream: Readable, limit: number): Promise<Bounded> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanUp = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size <= limit) return;
      stream.pause();
      cleanUp();
      resolve({ complete: false, head: Buffer.concat(chunks) });
    };
    const onEnd = () => {
      cleanUp();
      resolve({ complete: true, data: Buffer.concat(chunks) });
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const onClose = () => onError(new Error('the connection closed in the middle of the body'));
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
    stream.once('close', onClose);
  });
}

/** Reads the rest of `stream` and throws it away; resolves when it ends or fails. */
export function discardRest(stream: Readable): Promise<void> {
  return new Promise((resolve) => {
    stream.once('end', resolve).once('close', resolve).once('error', () => resolve());
    stream.resume();
  });
}

export const megabytes = (bytes: number) => `${Number((bytes / 2 ** 20).toFixed(2))} MB`;

/** A stream of what was already read of a paused stream, then the rest of it. */
export function restAfter(head: Buffer, rest: Readable): Readable {
  return Readable.from(
    (async function* () {
      yield head;
      yield* rest;
    })(),
    { objectMode: false },
  );
}
