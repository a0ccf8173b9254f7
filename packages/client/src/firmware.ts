/**
 * Firmware workflows: download an image onto the appliance, test it, upgrade to it, list the slots.
 * Uploading an image from this machine is in upload.ts.
 */
import { SpsFirmwareFetchError, cleanUpAfter } from './errors.js';
import { milliseconds } from './requests.js';
import { sleep } from './transport.js';
import type { Api, OperationData, Schema } from './types.js';
import { aboutAnswer, readAnswer, unwrap } from './unwrap.js';

export interface FirmwareContext {
  api: Api;
}

type FetchRequest = Schema<'FirmwareFetchRequest'>;
export type FirmwareFetchJob = Schema<'FirmwareFetchJob'>;

export interface FirmwareSource {
  /** URL of the ISO image, e.g. from the SPS download page. */
  url: FetchRequest['url'];
  /** Its SHA-256 (SPS verifies the download against it; it does not check the server's certificate). */
  sha256: FetchRequest['checksum']['sha256'];
}

export interface FetchFirmwareOptions {
  /** Called with the job after every poll: `bytes_downloaded` of `bytes_total` (0 until known), `status`, `info`. */
  onProgress?: (job: FirmwareFetchJob) => void;
  /** Aborting cancels the download on SPS (DELETE) and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Time between two status polls: more than 0 (0 would poll in a tight loop) and below 2^31 ms. Default 2000 ms. */
  pollIntervalMs?: number;
}

/** A slot: its 1-based ID as SPS lists it (`"2"`) or as a number. */
export type SlotId = Schema<'FirmwareTestRequest'>['slot_id'] | Schema<'FirmwareSlotResponse'>['key'];

/** Every `status` the description documents for a job, and what it means for the wait. */
const jobStates: Record<FirmwareFetchJob['status'], 'waiting' | 'finished' | 'failed'> = {
  queued: 'waiting',
  'in-progress': 'waiting',
  finished: 'finished',
  failed: 'failed',
  canceled: 'failed',
};
const documentedStates = Object.keys(jobStates);

export function firmwareHelpers({ api }: FirmwareContext) {
  return {
    /**
     * Has SPS download a firmware image, polls until the job is `finished` and resolves with it (its
     * `body.slot_id` is the slot that received the image). `failed`/`canceled` reject with `SpsFirmwareFetchError`,
     * a `status` the description does not document with `SpsUnexpectedAnswerError`.
     */
    async fetchFirmware(
      { url, sha256 }: FirmwareSource,
      { onProgress, signal, pollIntervalMs }: FetchFirmwareOptions = {},
    ): Promise<OperationData<'getFirmwareFetchJob'>> {
      const interval = milliseconds('pollIntervalMs', pollIntervalMs, 2000);
      signal?.throwIfAborted();
      // Not abortable: once SPS has queued the job, its key is needed to cancel it.
      const { key } = await readAnswer(api.POST('/api/firmware/fetch', { body: { url, checksum: { sha256 } } }), { key: 'key' });
      try {
        for (;;) {
          signal?.throwIfAborted();
          const result = await api.GET('/api/firmware/fetch/{key}', { params: { path: { key } }, ...(signal && { signal }) });
          const job = await readAnswer(result, { 'body.status': documentedStates });
          onProgress?.(job.body);
          const state = jobStates[job.body.status];
          if (state === 'finished') return job;
          if (state === 'failed') throw aboutAnswer(result.response, () => new SpsFirmwareFetchError(key, job.body));
          await sleep(interval, signal);
        }
      } catch (error) {
        if (!signal?.aborted) throw error;
        return cleanUpAfter(signal.reason, 'cancelError', () => unwrap(api.DELETE('/api/firmware/fetch/{key}', { params: { path: { key } } })));
      }
    },

    /** Runs the pre-upgrade checks on the image in a slot. Failures: `isFirmwareTestFailed`, `isResourceNotFound` (empty slot). */
    async testFirmware(slotId: SlotId): Promise<OperationData<'testFirmware'>> {
      return readAnswer(api.POST('/api/firmware/test', { body: { slot_id: toSlotNumber(slotId) } }));
    },

    /** Checks the image in a slot and, when it passes, upgrades to it (the appliance then reboots). */
    async upgradeFirmware(slotId: SlotId, message?: Schema<'FirmwareUpgradeRequest'>['message']): Promise<OperationData<'upgradeFirmware'>> {
      const body: Schema<'FirmwareUpgradeRequest'> = { slot_id: toSlotNumber(slotId), ...(message !== undefined && { message }) };
      return readAnswer(api.POST('/api/firmware/upgrade', { body }));
    },

    /** The firmware slots and which one runs now and after the next reboot. */
    async listSlots(): Promise<OperationData<'listFirmwareSlots'>> {
      return readAnswer(api.GET('/api/firmware/slots'));
    },
  };
}

function toSlotNumber(slotId: SlotId): number {
  const slot = typeof slotId === 'string' && /^\d+$/.test(slotId) ? Number(slotId) : slotId;
  if (typeof slot !== 'number' || !Number.isSafeInteger(slot) || slot < 1) {
    throw new TypeError(`a slot ID is a whole number from 1, like the slot's key; got ${JSON.stringify(slotId)}`);
  }
  return slot;
}
