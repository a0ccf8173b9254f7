/**
 * `POST /api/upload/firmware`: streams an ISO image from this machine to the appliance, reporting
 * progress, without holding the image in memory.
 */
import type { paths } from './generated/openapi.js';
import type { Transport } from './transport.js';
import type { Api, OperationData } from './types.js';
import { readAnswer } from './unwrap.js';

export interface UploadContext {
  api: Api;
  transport: Transport;
}

/** The request encodings the description lists: the documented multipart form, or the raw image. */
export type UploadContentType = keyof paths['/api/upload/firmware']['post']['requestBody']['content'];

/** A `Blob`/`File` (e.g. `await fs.openAsBlob(path)`), a web `ReadableStream`, or a Node.js stream of bytes. */
export type FirmwareImage = Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export interface UploadProgress {
  bytesSent: number;
  /** The image size when known (a `Blob`, or the `size` option). */
  bytesTotal: number | undefined;
}

export interface UploadFirmwareOptions {
  /** Default `multipart/form-data` (a `firmware` file part, as documented); the official clients send the raw image. */
  contentType?: UploadContentType;
  /** Byte size of a stream image; sets `Content-Length` (otherwise the upload is chunked) and the progress total. */
  size?: number;
  /** File name in the multipart form. Default: the `name` of a `File`, else `firmware.iso`. */
  filename?: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** Default: no timeout (uploads of a 1.5 GB image take a while); abort with `signal` instead. */
  timeoutMs?: number;
}

export function uploadHelpers({ api, transport }: UploadContext) {
  return {
    /**
     * `POST /api/upload/firmware`: streams the image (never held in memory, never retried) and
     * resolves with the slot that received it.
     */
    async uploadFirmware(
      image: FirmwareImage,
      { contentType = 'multipart/form-data', size, filename, onProgress, signal, timeoutMs = Infinity }: UploadFirmwareOptions = {},
    ): Promise<OperationData<'uploadFirmware'>> {
      const bytesTotal = image instanceof Blob ? image.size : size;
      if (bytesTotal !== undefined && !(Number.isSafeInteger(bytesTotal) && bytesTotal >= 0)) {
        throw new TypeError('size must be the byte size of the image');
      }
      // A long upload can outlive the session; with re-login on, start it on a fresh one (as official clients do).
      if (transport.relogin && !transport.transactionMaybeOpen) await transport.relogin();

      let head = new Uint8Array();
      let tail = new Uint8Array();
      let header: string = contentType;
      if (contentType === 'multipart/form-data') {
        const boundary = `sps-openapi-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
        const name = (filename ?? (image instanceof File && image.name ? image.name : 'firmware.iso')).replace(/["\r\n\\]/g, '_');
        const encoder = new TextEncoder();
        head = encoder.encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="firmware"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        );
        tail = encoder.encode(`\r\n--${boundary}--\r\n`);
        header = `multipart/form-data; boundary=${boundary}`;
      }

      let bytesSent = 0;
      async function* parts(): AsyncGenerator<Uint8Array> {
        if (head.length) yield head;
        for await (const chunk of chunksOf(image)) {
          yield chunk;
          bytesSent += chunk.byteLength;
          onProgress?.({ bytesSent, bytesTotal });
        }
        if (tail.length) yield tail;
      }

      const headers: Record<string, string> = { 'Content-Type': header };
      if (bytesTotal !== undefined) headers['Content-Length'] = String(bytesTotal + head.length + tail.length);
      return readAnswer(
        api.POST('/api/upload/firmware', {
          body: streamOf(parts()) as never,
          bodySerializer: (body: unknown) => body,
          headers,
          ...halfDuplex,
          ...(signal && { signal }),
          timeoutMs,
          retry: false,
        }),
      );
    },
  };
}

/** Node's fetch needs it for a stream body; the DOM types of `RequestInit` do not know it yet. */
const halfDuplex: object = { duplex: 'half' };

async function* chunksOf(image: FirmwareImage): AsyncGenerator<Uint8Array> {
  const source = image instanceof Blob ? image.stream() : image;
  if (!(source instanceof ReadableStream)) return yield* source;
  const reader = source.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function streamOf(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
