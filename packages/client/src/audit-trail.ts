/**
 * `GET /api/audit/sessions/{key}/audit_trail`: streams the recording of a session to a file or a
 * `WritableStream`, a chunk at a time, never holding the trail in memory.
 */
import { abortTarget, checkTarget, saveDownload, type DownloadTarget } from './download.js';
import { sessionKey } from './search-query.js';
import type { Api } from './types.js';
import { readDownload } from './unwrap.js';

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
  to: DownloadTarget;
  /** `srs` for the `.srs` format, needed to follow an ongoing session; the default is a `.zat` file. */
  format?: 'srs';
  onProgress?: (progress: AuditTrailProgress) => void;
  /** No timeout by default (trails can be large): abort with a signal instead. */
  signal?: AbortSignal;
}

const pathTemplate = '/api/audit/sessions/{key}/audit_trail';
/** The media type the description documents for the trail. */
const mediaType = 'application/octet-stream';

export function auditTrailHelpers({ api }: AuditTrailContext) {
  return {
    /**
     * Downloads a session's audit trail (replay it in Safeguard Desktop Player) and resolves with its size in bytes.
     * An answer that is not `application/octet-stream` (a proxy's login page) rejects with `SpsUnexpectedAnswerError`.
     */
    async downloadAuditTrail(key: string, { to, format, onProgress, signal }: DownloadAuditTrailOptions): Promise<number> {
      checkTarget(to);
      sessionKey(key);
      let download;
      try {
        // A proxy's or an SSO's login page (200, text/html) is refused before any file is made.
        download = await readDownload(
          api.GET(pathTemplate, {
            params: { path: { key }, ...(format && { query: { format } }) },
            headers: { Accept: mediaType },
            parseAs: 'stream',
            timeoutMs: Infinity,
            ...(signal && { signal }),
          }),
          [mediaType],
        );
      } catch (error) {
        await abortTarget(to, error);
        throw error;
      }
      const { body, bytesTotal, request } = download;
      return saveDownload(body, to, {
        request,
        onBytes: (bytesReceived) => onProgress?.({ bytesReceived, bytesTotal }),
        signal,
      });
    },
  };
}
