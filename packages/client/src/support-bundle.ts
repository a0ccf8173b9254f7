/**
 * Support bundles for One Identity Support: start the job, poll it until it is `finished`, stream the
 * archive to a file, delete it from the appliance (which keeps one bundle at a time, for 24 hours).
 */
import { abortTarget, checkTarget, saveDownload, type DownloadTarget } from './download.js';
import { cleanUpAfter, quote } from './errors.js';
import { milliseconds } from './requests.js';
import { sleep } from './transport.js';
import type { Api, Schema } from './types.js';
import { readAnswer, readDownload, unexpectedAnswer, unwrap } from './unwrap.js';

export interface SupportBundleContext {
  api: Api;
}

export type SupportBundleJob = Schema<'SupportBundleJob'>;

/** What `onProgress` is told: the job's state after each poll, then the bytes of the download. */
export type SupportBundleProgress =
  | { stage: 'collecting'; key: string; job: SupportBundleJob }
  | { stage: 'downloading'; key: string; bytesReceived: number; bytesTotal: number | undefined };

export interface SupportBundleOptions {
  /**
   * Where the archive (`.tar.gz`) goes: a file path (Node.js; written as `<path>.<random>.part` and renamed
   * when complete) or a `WritableStream` (aborted with the error when the bundle fails). Default: `sps-support-bundle-<key>.tar.gz` in the current directory.
   */
  to?: DownloadTarget;
  onProgress?: (progress: SupportBundleProgress) => void;
  /** Aborting stops polling or downloading, deletes the bundle on SPS and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Time between two status polls: more than 0 and below 2^31 ms. Default 5000 ms (One Identity's PowerShell client waits 10 s). */
  pollIntervalMs?: number;
}

export interface SupportBundle {
  /** The job's key on SPS (the bundle is deleted there). */
  key: string;
  /** The file written, when `to` was a path or left out. */
  path: string | undefined;
  /** Size of the archive. */
  bytes: number;
}

const base = '/api/troubleshooting/support-bundle';

/**
 * The description documents only `finished` (in any case), and no failure value: a job that says it failed
 * in the words of SPS's other job (the firmware download: `failed`, `canceled`) ends the wait.
 */
const failedStates = new Set(['failed', 'canceled', 'cancelled']);

/** The archive's media types: the documented one, and what a `.tar.gz` may come as (spec/ERRATA.md, support bundle 28). */
const archiveTypes = ['application/octet-stream', 'application/gzip', 'application/x-gzip'];

export function supportBundleHelpers({ api }: SupportBundleContext) {
  return {
    /**
     * Makes a support bundle: starts the job, polls until its `status` is `finished`, streams the archive
     * to `to` and deletes the bundle on SPS. A job whose `status` says it failed (`failed`, `canceled`), or
     * a download that is not an archive (a login page), rejects with `SpsUnexpectedAnswerError`. On any
     * failure or abort the bundle is deleted too and no partial file is left; if that delete fails, its
     * error is attached to the original one as `deleteError`.
     */
    async createSupportBundle({ to, onProgress, signal, pollIntervalMs }: SupportBundleOptions = {}): Promise<SupportBundle> {
      checkTarget(to ?? ''); // the default is a file
      const interval = milliseconds('pollIntervalMs', pollIntervalMs, 5000);
      signal?.throwIfAborted();
      // Not abortable: once SPS has started the job, its key is needed to delete it. A stream target learns of any
      // failure from here on (aborted with the error), like the caller.
      const { key } = await readAnswer(api.POST(base), { key: 'key' }).catch(async (error: unknown) => {
        await abortTarget(to, error);
        throw error;
      }); // `fetch` sends the empty body with Content-Length: 0, as SPS needs
      const params = { path: { key } };
      const target = to ?? `sps-support-bundle-${key.replace(/[^\w.-]/g, '_')}.tar.gz`;
      let bytes: number;
      try {
        for (;;) {
          signal?.throwIfAborted();
          const result = await api.GET(`${base}/{key}`, { params, ...(signal && { signal }) });
          const job = await readAnswer(result, { 'body.status': 'string' });
          onProgress?.({ stage: 'collecting', key, job: job.body });
          const status = job.body.status.toLowerCase();
          if (status === 'finished') break;
          if (failedStates.has(status)) throw unexpectedAnswer(result.response, `with \`body.status\` ${quote(job.body.status)}: the job failed`);
          await sleep(interval, signal);
        }
        // A proxy's or an SSO's login page (200, text/html) is refused before any file is made.
        const download = api.GET(`${base}/{key}/download`, { params, parseAs: 'stream', ...(signal && { signal }) });
        const { body, bytesTotal, request } = await readDownload(download, archiveTypes);
        bytes = await saveDownload(body, target, {
          request,
          onBytes: (bytesReceived) => onProgress?.({ stage: 'downloading', key, bytesReceived, bytesTotal }),
          signal,
        });
      } catch (failure) {
        const error = signal?.aborted ? signal.reason : failure;
        await abortTarget(to, error);
        return cleanUpAfter(error, 'deleteError', () => unwrap(api.DELETE(`${base}/{key}`, { params })));
      }
      // The archive is saved; a failing delete still rejects (SPS would drop the bundle after 24 hours).
      await unwrap(api.DELETE(`${base}/{key}`, { params }));
      return { key, path: typeof target === 'string' ? target : undefined, bytes };
    },
  };
}
