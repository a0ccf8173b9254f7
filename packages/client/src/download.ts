/**
 * Saving a download: streams an answer's body to a file or to a `WritableStream` without holding it in
 * memory. A file is written under a temporary name beside `<path>` and renamed to it once complete, so a
 * download that fails leaves no partial file behind and never half-overwrites an existing one.
 */
import { SpsError, SpsNetworkError, type RequestDescription } from './errors.js';
import { isNode } from './tls.js';

/** Where a download goes: a file path (Node.js) or a `WritableStream` of bytes. */
export type DownloadTarget = string | WritableStream<Uint8Array>;

export interface SaveOptions {
  /**
   * The request the body answers: a body that breaks off becomes an `SpsNetworkError` about it (one that
   * fails with an `SpsError`, e.g. the request's `SpsTimeoutError`, rejects with that error).
   */
  request: RequestDescription;
  /** Called after each chunk with the bytes received so far. */
  onBytes?: ((bytesReceived: number) => void) | undefined;
  /** Aborting stops the download and rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

interface Sink {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  /** Discards what was written (removes the partial file, aborts the stream). Never throws. */
  discard(reason: unknown): Promise<void>;
}

/** Checks a helper's `to` before it sends anything: a file path (in Node.js) or a `WritableStream`. */
export function checkTarget(to: DownloadTarget): void {
  if (typeof to === 'string' ? !isNode : !(to instanceof WritableStream)) throw new TypeError('to must be a file path (in Node.js) or a WritableStream');
}

/** Aborts a `WritableStream` target with `reason`, so its reader sees the failure too; one `saveDownload` has taken, it has aborted already. */
export const abortTarget = (to: DownloadTarget | undefined, reason: unknown) => typeof to === 'object' && to.abort(reason).catch(() => undefined);

/** Streams `body` to `to`; resolves with the number of bytes saved. On any failure nothing partial is left at a path. */
export async function saveDownload(body: ReadableStream<Uint8Array>, to: DownloadTarget, { request, onBytes, signal }: SaveOptions): Promise<number> {
  const reader = body.getReader();
  let sink: Sink | undefined;
  // The body may no longer be tied to the signal (the request's own timeout replaces it): stop reading here.
  const stop = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  let bytes = 0;
  try {
    // A target that cannot be opened (a missing directory, a locked stream) cancels the body below, rather than leave it unread.
    sink = typeof to === 'string' ? await fileSink(to) : streamSink(to);
    for (;;) {
      signal?.throwIfAborted();
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        signal?.throwIfAborted();
        // An SpsTimeoutError: the request's timeout covers its body too.
        throw error instanceof SpsError ? error : new SpsNetworkError(request, error);
      }
      signal?.throwIfAborted(); // a cancelled read ends as if the body were complete
      if (chunk.done) break;
      await sink.write(chunk.value);
      bytes += chunk.value.byteLength;
      onBytes?.(bytes);
    }
    await sink.close();
    return bytes;
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    await sink?.discard(error);
    throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}

async function fileSink(path: string): Promise<Sink> {
  // Only in Node.js (`checkTarget`), 20.19 and later (package.json `engines`). By a name bundlers cannot see, so
  // browser builds never pull node:fs in.
  const fs = process.getBuiltinModule('node:fs/promises');
  // A name of its own ('wx': never an existing file), so two downloads to one path cannot mix.
  const part = `${path}.${Math.random().toString(36).slice(2, 10)}.part`;
  const file = await fs.open(part, 'wx');
  let open = true;
  const close = async () => {
    if (open) await file.close();
    open = false;
  };
  return {
    async write(chunk) {
      for (let at = 0; at < chunk.byteLength; ) at += (await file.write(chunk, at)).bytesWritten;
    },
    async close() {
      await close();
      await fs.rename(part, path);
    },
    async discard() {
      await close().catch(() => undefined);
      // Best effort: the error that made us discard is the one to report.
      await fs.rm(part, { force: true }).catch(() => undefined);
    },
  };
}

function streamSink(stream: WritableStream<Uint8Array>): Sink {
  const writer = stream.getWriter();
  return {
    write: (chunk) => writer.write(chunk),
    close: () => writer.close(),
    discard: (reason) => writer.abort(reason).catch(() => undefined),
  };
}
