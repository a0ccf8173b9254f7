/**
 * `GET /api/audit/sessions/{key}/audit_trail`: streams the recording of a session to a file or a
 * `WritableStream`, a chunk at a time, never holding the trail in memory.
 */
import { SpsNetworkError } from './errors.js';
import { isNode } from './tls.js';
import type { Api } from './types.js';
import { unwrap } from './unwrap.js';

export interface AuditTrailContext {
  api: Api;
}

export interface AuditTrailProgress {
  bytesReceived: number;
  /** From `Content-Length`, when SPS sends one. */
  bytesTotal: number | undefined;
}

export interface DownloadAuditTrailOptions {
  /**
   * Where the trail goes: a file path (Node.js; written next to it under a temporary name and renamed
   * when complete, so a failed download leaves neither a partial file nor a changed one) or a
   * `WritableStream` (closed when complete, aborted on failure).
   */
  to: string | WritableStream<Uint8Array>;
  /** `srs` for the `.srs` format, needed to follow an ongoing session; the default is a `.zat` file. */
  format?: 'srs';
  onProgress?: (progress: AuditTrailProgress) => void;
  /** No timeout by default (trails can be large): abort with a signal instead. */
  signal?: AbortSignal;
}

const pathTemplate = '/api/audit/sessions/{key}/audit_trail';

export function auditTrailHelpers({ api }: AuditTrailContext) {
  return {
    /** Downloads a session's audit trail (replay it in Safeguard Desktop Player) and resolves with its size in bytes. */
    async downloadAuditTrail(key: string, { to, format, onProgress, signal }: DownloadAuditTrailOptions): Promise<number> {
      if (typeof to === 'string' ? !isNode : !(to instanceof WritableStream)) throw new TypeError('to must be a file path (in Node.js) or a WritableStream');
      const call = { method: 'GET', path: pathTemplate.replace('{key}', encodeURIComponent(key)), pathTemplate };
      let sink = typeof to === 'string' ? undefined : streamSink(to);
      let body: ReadableStream<Uint8Array> | undefined;
      let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
      try {
        const result = await api.GET(pathTemplate, {
          params: { path: { key }, ...(format && { query: { format } }) },
          headers: { Accept: 'application/octet-stream' },
          parseAs: 'stream',
          timeoutMs: Infinity,
          ...(signal && { signal }),
        });
        body = (await unwrap(result)) as unknown as ReadableStream<Uint8Array> | undefined;
        const bytesTotal = Number(result.response.headers.get('Content-Length') ?? Number.NaN);
        const progress = { bytesReceived: 0, bytesTotal: Number.isFinite(bytesTotal) ? bytesTotal : undefined };
        sink ??= await fileSink(to as string);
        reader = body?.getReader();
        for (;;) {
          let chunk: ReadableStreamReadResult<Uint8Array> | undefined;
          try {
            chunk = await reader?.read();
          } catch (error) {
            throw signal?.aborted ? signal.reason : new SpsNetworkError(call, error);
          }
          if (!chunk || chunk.done) break;
          await sink.write(chunk.value);
          progress.bytesReceived += chunk.value.byteLength;
          onProgress?.({ ...progress });
        }
        await sink.close();
        return progress.bytesReceived;
      } catch (error) {
        await (reader ?? body)?.cancel().catch(() => {});
        await sink?.abort(error);
        throw error;
      }
    },
  };
}

interface Sink {
  write(chunk: Uint8Array): Promise<unknown>;
  close(): Promise<void>;
  abort(reason: unknown): Promise<void>;
}

function streamSink(to: WritableStream<Uint8Array>): Sink {
  const writer = to.getWriter();
  return {
    write: (chunk) => writer.write(chunk),
    close: () => writer.close(),
    abort: (reason) => writer.abort(reason).catch(() => {}),
  };
}

/** A temporary file beside `path`, renamed to it when complete and removed on failure. */
async function fileSink(path: string): Promise<Sink> {
  // By a name bundlers cannot see, so browser builds never pull node:fs in.
  const { open, rename, rm } = process.getBuiltinModule('node:fs/promises');
  const partial = `${path}.${Math.random().toString(36).slice(2, 10)}.partial`;
  const handle = await open(partial, 'wx');
  return {
    async write(chunk) {
      for (let at = 0; at < chunk.byteLength; ) at += (await handle.write(chunk, at)).bytesWritten;
    },
    async close() {
      await handle.close();
      await rename(partial, path);
    },
    async abort() {
      await handle.close().catch(() => {});
      await rm(partial, { force: true });
    },
  };
}
