/**
 * Firmware as state: slots (from the slot listing's example), download jobs that progress with time
 * (queued, downloading, verifying, finished into a free slot; or canceled), uploads into a free slot, the
 * pre-upgrade test and the upgrade, which makes a slot the one booted next.
 */
import { randomUUID } from 'node:crypto';
import type { JsonObject } from '../openapi/index.js';
import { documentedError, json, type Answer } from './answers.js';
import type { Call, SpecModel } from './routes.js';

export interface FirmwareOptions {
  /** How long a download takes from start to finish. */
  downloadMs: number;
  requireCommitMessage: boolean;
  now: () => number;
  log: (line: string) => void;
}

interface Slot {
  key: string;
  /** `{}` when empty. */
  body: JsonObject;
}

interface Job {
  key: string;
  url: string;
  started: number;
  bytesTotal: number;
  /** The slot the image goes to, chosen at the start; `undefined` when none was free. */
  slot: string | undefined;
  canceled?: { at: number; bytes: number };
  /** Set once the image is in its slot. */
  settled?: boolean;
}

/** The most download jobs kept; the oldest ended ones are forgotten first. */
const maxJobs = 100;

export class Firmware {
  readonly #slots: Slot[];
  readonly #jobs = new Map<string, Job>();

  constructor(
    private readonly model: SpecModel,
    private readonly options: FirmwareOptions,
  ) {
    const listing = model.example(model.route('listFirmwareSlots'), 200) as { items?: JsonObject[] } | undefined;
    this.#slots = (listing?.items ?? []).map((item) => ({ key: String(item.key), body: structuredClone((item.body ?? {}) as JsonObject) }));
  }

  static handles(operationId: string): boolean {
    return operationIds.has(operationId);
  }

  answer(call: Call, upload?: { filename: string | undefined }): Answer {
    this.#settle();
    const { route } = call;
    switch (route.operationId) {
      case 'listFirmwareSlots':
        return json(200, {
          items: this.#slots.map((slot) => ({ key: slot.key, body: slot.body, meta: { href: `/api/firmware/slots/${slot.key}` } })),
          meta: { href: '/api/firmware/slots', parent: '/api/firmware', ...this.#slotLinks() },
        });
      case 'getFirmwareSlot': {
        const slot = this.#slot(call.params.slot_id);
        if (!slot) return documentedError(this.model, route, 404, 'NotFound');
        return json(200, { key: slot.key, body: slot.body, meta: { href: `/api/firmware/slots/${slot.key}`, parent: '/api/firmware/slots' } });
      }
      case 'deleteFirmwareSlot': {
        const slot = this.#slot(call.params.slot_id);
        if (!slot) return documentedError(this.model, route, 404, 'NotFound');
        if (slot.body.current === true || slot.body.after_reboot === true) {
          return documentedError(this.model, route, 403, 'Unauthorized', 'The running firmware and the one booted next cannot be deleted.');
        }
        slot.body = {};
        return json(200, { key: slot.key, meta: { href: `/api/firmware/slots/${slot.key}`, parent: '/api/firmware/slots' } });
      }
      case 'listFirmwareFetchJobs':
        return json(200, { items: [...this.#jobs.values()].map((job) => ({ key: job.key, body: this.#state(job), meta: { href: jobHref(job) } })), meta: { href: '/api/firmware/fetch', parent: '/api/firmware' } });
      case 'startFirmwareFetch':
        return this.#start(call);
      case 'getFirmwareFetchJob': {
        const job = this.#jobs.get(String(call.params.key));
        if (!job) return documentedError(this.model, route, 404, 'NotFound');
        const state = this.#state(job);
        return json(200, { key: job.key, body: state, meta: { href: jobHref(job), parent: '/api/firmware/fetch', ...(state.slot_id !== null && { slot: `/api/firmware/slots/${String(state.slot_id)}` }) } });
      }
      case 'deleteFirmwareFetchJob': {
        const job = this.#jobs.get(String(call.params.key));
        if (!job) return documentedError(this.model, route, 404, 'NotFound');
        const state = this.#state(job);
        if (state.status === 'queued' || state.status === 'in-progress') {
          job.canceled = { at: this.options.now(), bytes: Number(state.bytes_downloaded) };
          this.options.log(`firmware download ${job.key} canceled`);
        } else this.#jobs.delete(job.key);
        return json(200, { key: job.key, meta: { href: jobHref(job), parent: '/api/firmware/fetch' } });
      }
      case 'uploadFirmware':
        return this.#upload(upload?.filename);
      case 'testFirmware':
      case 'upgradeFirmware':
        return this.#check(call);
      default:
        throw new Error(`no firmware handler for ${route.operationId}`);
    }
  }

  #start(call: Call): Answer {
    const { url } = call.body as { url: string };
    for (const job of [...this.#jobs.values()]) {
      if (this.#jobs.size < maxJobs) break;
      this.#jobs.delete(job.key);
    }
    const slot = this.#freeSlot();
    const job: Job = { key: randomUUID(), url, started: this.options.now(), bytesTotal: imageSize(url), slot: slot?.key };
    this.#jobs.set(job.key, job);
    this.options.log(`firmware download ${job.key} started`);
    return json(202, { key: job.key, meta: { href: jobHref(job), parent: '/api/firmware', slots: '/api/firmware/slots', test: '/api/firmware/test', upgrade: '/api/firmware/upgrade' } });
  }

  /** Where a job is now: queued for the first tenth of the time, downloading, verifying the checksum for the last tenth, then finished. */
  #state(job: Job): JsonObject {
    const duration = this.options.downloadMs;
    const elapsed = (job.canceled?.at ?? this.options.now()) - job.started;
    const phase = duration <= 0 ? 1 : elapsed / duration;
    const startTime = phase >= 0.1 || duration <= 0 ? new Date(job.started + duration * 0.1).toISOString() : null;
    const base = { url: job.url, bytes_total: job.bytesTotal, start_time: startTime, error: null, slot_id: null };
    if (job.canceled) return { ...base, status: 'canceled', info: null, bytes_downloaded: job.canceled.bytes };
    if (phase < 0.1) return { ...base, status: 'queued', info: null, bytes_downloaded: 0, bytes_total: 0, start_time: null };
    if (phase < 0.9) return { ...base, status: 'in-progress', info: 'Downloading', bytes_downloaded: Math.floor((job.bytesTotal * (phase - 0.1)) / 0.8) };
    if (phase < 1) return { ...base, status: 'in-progress', info: 'Verifying checksum', bytes_downloaded: job.bytesTotal };
    if (job.slot === undefined) return { ...base, status: 'failed', info: 'Firmware fetching failed', bytes_downloaded: job.bytesTotal, error: 'No empty firmware slot to store the image in.' };
    return { ...base, status: 'finished', info: null, bytes_downloaded: job.bytesTotal, slot_id: Number(job.slot) };
  }

  /**
   * Puts the images of finished downloads into their slots. A slot that holds an image by then (nothing
   * should fill a reserved slot) is never overwritten: the download fails as one without a free slot.
   */
  #settle(): void {
    for (const job of this.#jobs.values()) {
      if (job.settled || job.canceled || job.slot === undefined || this.#state(job).status !== 'finished') continue;
      job.settled = true;
      const slot = this.#slot(job.slot);
      if (!slot || slot.body.version) {
        job.slot = undefined;
        this.options.log(`firmware download ${job.key} failed: its slot was taken meanwhile`);
        continue;
      }
      slot.body = { after_reboot: false, current: false, upgrade_news: null, version: versionOf(job.url) };
      this.options.log(`firmware download ${job.key} finished into slot ${slot.key}`);
    }
  }

  /** Stores an upload in an empty slot, else in one neither running nor booted next; never in one a running download has reserved. */
  #upload(filename: string | undefined): Answer {
    const reserved = this.#reserved();
    const slot = this.#freeSlot(reserved) ?? this.#slots.find((candidate) => candidate.body.current !== true && candidate.body.after_reboot !== true && !reserved.has(candidate.key));
    const route = this.model.route('uploadFirmware');
    if (!slot) return documentedError(this.model, route, 403, 'Unauthorized', 'No firmware slot can take the image: each holds the running firmware or the one booted next, or a running download will fill it.');
    slot.body = { after_reboot: false, current: false, upgrade_news: null, version: versionOf(filename ?? '') };
    this.options.log(`firmware image uploaded into slot ${slot.key}`);
    return json(200, {
      key: slot.key,
      body: slot.body,
      meta: { href: '/api/upload/firmware', slot: `/api/firmware/slots/${slot.key}`, test: '/api/firmware/test', upgrade: '/api/firmware/upgrade', number_of_empty_slots: this.#emptySlots() },
    });
  }

  #check(call: Call): Answer {
    const { route } = call;
    const { slot_id: slotId, message } = call.body as { slot_id: number; message?: string | null };
    const slot = this.#slot(slotId);
    const href = route.operationId === 'testFirmware' ? '/api/firmware/test' : '/api/firmware/upgrade';
    if (!slot || !slot.body.version) {
      return documentedError(this.model, route, 404, 'ResourceNotFound', 'Resource was not found', { mount_point: href.replace('/api', ''), resource: String(slotId) });
    }
    const example = (this.model.example(route, 200) ?? {}) as JsonObject;
    const meta = { ...((example.meta ?? {}) as JsonObject), href, slot: `/api/firmware/slots/${slot.key}` };
    if (route.operationId === 'upgradeFirmware') {
      if (this.options.requireCommitMessage && !message?.trim()) {
        return documentedError(this.model, route, 400, 'IncompleteRequestBodyError', 'A commit message is required: the "require commit log" accounting option is on.', { missing_paths: ['message'] });
      }
      for (const other of this.#slots) if (other.body.version) other.body.after_reboot = other === slot;
      this.options.log(`firmware upgrade to slot ${slot.key}: it boots after the next reboot`);
    }
    return json(200, { ...example, key: slot.key, meta });
  }

  #slot(id: unknown): Slot | undefined {
    return this.#slots.find((slot) => slot.key === String(id));
  }

  /** The first empty slot that no running download is going to fill. */
  #freeSlot(reserved = this.#reserved()): Slot | undefined {
    return this.#slots.find((slot) => !slot.body.version && !reserved.has(slot.key));
  }

  /** The slots that running downloads are going to fill. */
  #reserved(): Set<string> {
    return new Set([...this.#jobs.values()].flatMap((job) => (job.canceled || job.settled || job.slot === undefined ? [] : [job.slot])));
  }

  #emptySlots(): number {
    return this.#slots.filter((slot) => !slot.body.version).length;
  }

  #slotLinks(): JsonObject {
    const current = this.#slots.find((slot) => slot.body.current === true);
    const next = this.#slots.find((slot) => slot.body.after_reboot === true);
    return {
      ...(current && { current_slot: `/api/firmware/slots/${current.key}` }),
      ...(next && { slot_after_reboot: `/api/firmware/slots/${next.key}` }),
      number_of_empty_slots: this.#emptySlots(),
    };
  }
}

const operationIds = new Set([
  'listFirmwareSlots',
  'getFirmwareSlot',
  'deleteFirmwareSlot',
  'listFirmwareFetchJobs',
  'startFirmwareFetch',
  'getFirmwareFetchJob',
  'deleteFirmwareFetchJob',
  'uploadFirmware',
  'testFirmware',
  'upgradeFirmware',
]);

const jobHref = (job: Job) => `/api/firmware/fetch/${job.key}`;

/** The firmware version an image's URL or file name carries (`sps-7.4.1.iso` → `7.4.1`), else `unknown`. */
export function versionOf(name: string): string {
  return /(\d+\.\d+(?:\.\d+)*)/.exec(name.split('/').pop() ?? '')?.[1] ?? 'unknown';
}

/** A stable made-up size of about 1.5 GB for the image at `url` (SPS reports the real one). */
function imageSize(url: string): number {
  let hash = 0;
  for (const char of url) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return 1_400_000_000 + (hash % 200_000_000);
}
