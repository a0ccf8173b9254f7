import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSpsClient, SpsFirmwareFetchError, type FirmwareFetchJob, type UploadProgress } from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { fail, fakeSpsPerTest, inSequence, json, loginRoute, ok, type Handler } from './support/fake-sps.js';

const serve = fakeSpsPerTest();

const key = '8f6f7b0f-bba1-4d86-babb-54868106d2e9';
const jobPath = `/api/firmware/fetch/${key}`;
const source = { url: 'https://downloads.example.com/sps-7.4.1.iso', sha256: 'a'.repeat(64) };
const job = (patch: Partial<FirmwareFetchJob>): Handler =>
  ok({
    key,
    body: { bytes_downloaded: 0, bytes_total: 0, error: null, info: null, slot_id: null, start_time: null, status: 'queued', url: source.url, ...patch },
    meta: { href: jobPath, parent: '/api/firmware/fetch', ...(patch.slot_id ? { slot: `/api/firmware/slots/${patch.slot_id}` } : {}) },
  });
const started = ok({ key, meta: { href: jobPath, parent: '/api/firmware' } });

describe('fetchFirmware', () => {
  it('rejects with SpsFirmwareFetchError when the download fails', async () => {
    const server = await serve({
      'POST /api/firmware/fetch': started,
      [`GET ${jobPath}`]: job({ status: 'failed', info: 'Firmware fetching failed', error: 'Checksum mismatch' }),
    });
    const error = await createSpsClient({ baseUrl: server.url }).fetchFirmware(source).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsFirmwareFetchError);
    expect(error).toMatchObject({ key, message: `Firmware download ${key} failed: Checksum mismatch`, job: { status: 'failed' } });
  });

  it('attaches a failed cancel to the abort reason', async () => {
    const server = await serve({
      'POST /api/firmware/fetch': started,
      [`GET ${jobPath}`]: job({ status: 'in-progress' }),
      [`DELETE ${jobPath}`]: fail(404, 'NotFound'),
    });
    const controller = new AbortController();
    const error = await createSpsClient({ baseUrl: server.url })
      .fetchFirmware(source, { signal: controller.signal, onProgress: () => controller.abort(new Error('stop')) })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ message: 'stop', cancelError: { status: 404, method: 'DELETE' } });
  });

  it('sends nothing when the signal is already aborted', async () => {
    const server = await serve({});
    const signal = AbortSignal.abort(new Error('too late'));
    await expect(createSpsClient({ baseUrl: server.url }).fetchFirmware(source, { signal })).rejects.toThrow('too late');
    expect(server.requests).toHaveLength(0);
  });
});

describe('test, upgrade, slots', () => {
  const passed = ok({ key: '2', body: { test_summary: 'Upgrade is allowed;' }, meta: { slot: '/api/firmware/slots/2' } });

  it('testFirmware takes the slot key as SPS lists it and sends the number', async () => {
    const server = await serve({ 'POST /api/firmware/test': passed });
    const result = await createSpsClient({ baseUrl: server.url }).testFirmware('2');
    expect(result.body.test_summary).toBe('Upgrade is allowed;');
    expect(server.requests[0]!.json).toEqual({ slot_id: 2 });
  });

  it.each([['abc'], [0], [1.5], ['-1']])('refuses slot %j before sending anything', async (slot) => {
    const server = await serve({});
    await expect(createSpsClient({ baseUrl: server.url }).testFirmware(slot as number)).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });

  it('upgradeFirmware sends the commit message when given, and only then', async () => {
    const server = await serve({ 'POST /api/firmware/upgrade': passed });
    const client = createSpsClient({ baseUrl: server.url });
    await client.upgradeFirmware(2, 'Upgrade to 7.4.1, change 4711');
    await client.upgradeFirmware('2');
    expect(server.requests.map((request) => request.json)).toEqual([{ slot_id: 2, message: 'Upgrade to 7.4.1, change 4711' }, { slot_id: 2 }]);
  });

  it('listSlots answers the slot listing', async () => {
    const listing = { items: [{ key: '1', body: { current: true, version: '7.4.0' }, meta: { href: '/api/firmware/slots/1' } }], meta: { current_slot: '/api/firmware/slots/1' } };
    const server = await serve({ 'GET /api/firmware/slots': ok(listing) });
    expect(await createSpsClient({ baseUrl: server.url }).listSlots()).toEqual(listing);
  });
});

describe('uploadFirmware', () => {
  const image = randomBytes(300_000);
  const slot = ok({ key: '3', body: { after_reboot: false, current: false, version: '7.4.1' }, meta: { slot: '/api/firmware/slots/3' } });

  function multipartFile(body: Buffer, contentType: string): Buffer {
    const boundary = /boundary=(.+)$/.exec(contentType)![1]!;
    const text = body.toString('latin1');
    const start = text.indexOf('\r\n\r\n') + 4;
    const end = text.lastIndexOf(`\r\n--${boundary}--`);
    expect(text.slice(0, start)).toContain('Content-Disposition: form-data; name="firmware"; filename="sps-7.4.1.iso"');
    return body.subarray(start, end);
  }

  it('streams a Blob as the documented multipart form, with Content-Length and progress', async () => {
    const server = await serve({ 'POST /api/upload/firmware': slot });
    const progress: UploadProgress[] = [];
    const answer = await createSpsClient({ baseUrl: server.url }).uploadFirmware(new Blob([image]), {
      filename: 'sps-7.4.1.iso',
      onProgress: (step) => progress.push(step),
    });
    expect(answer.key).toBe('3');
    const [request] = server.requests;
    expect(request!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(Number(request!.headers['content-length'])).toBe(request!.body.length);
    expect(multipartFile(request!.body, request!.headers['content-type']!).equals(image)).toBe(true);
    expect(progress.at(-1)).toEqual({ bytesSent: image.length, bytesTotal: image.length });
    expect(progress.map((step) => step.bytesSent)).toEqual([...progress.map((step) => step.bytesSent)].sort((a, b) => a - b));
  });

  it('sends a Node.js file stream raw when asked, with the size given', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sps-upload-'));
    try {
      const file = join(dir, 'sps.iso');
      await writeFile(file, image);
      const server = await serve({ 'POST /api/upload/firmware': slot });
      await createSpsClient({ baseUrl: server.url }).uploadFirmware(createReadStream(file), {
        contentType: 'application/x-iso9660-image',
        size: image.length,
      });
      const [request] = server.requests;
      expect(request!.headers['content-type']).toBe('application/x-iso9660-image');
      expect(request!.headers['content-length']).toBe(String(image.length));
      expect(request!.body.equals(image)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('sends a web stream of unknown size chunked', async () => {
    const server = await serve({ 'POST /api/upload/firmware': slot });
    const progress: UploadProgress[] = [];
    await createSpsClient({ baseUrl: server.url }).uploadFirmware(new Blob([image]).stream(), {
      contentType: 'application/octet-stream',
      onProgress: (step) => progress.push(step),
    });
    const [request] = server.requests;
    expect(request!.headers['transfer-encoding']).toBe('chunked');
    expect(request!.body.equals(image)).toBe(true);
    expect(progress.at(-1)).toEqual({ bytesSent: image.length, bytesTotal: undefined });
  });

  it('with re-login on, starts on a fresh session (a long upload can outlive the old one)', async () => {
    const server = await serve({
      'GET /api/authentication': inSequence(loginRoute('old-session'), loginRoute('fresh-session')),
      'POST /api/upload/firmware': slot,
    });
    const client = createSpsClient({ baseUrl: server.url, relogin: true });
    await client.login({ username: 'admin', password: 'x' });
    await client.uploadFirmware(new Blob([image]));
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /api/authentication',
      'GET /api/authentication',
      'POST /api/upload/firmware',
    ]);
    expect(server.requests[2]!.headers.cookie).toBe('session_id=fresh-session');
  });

  it('is never sent twice, even with retries on', async () => {
    const server = await serve({ 'POST /api/upload/firmware': fail(503, 'Busy') });
    await expect(createSpsClient({ baseUrl: server.url }).uploadFirmware(new Blob([image]))).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });
});
