import { inspect } from 'node:util';
import { SpsFirmwareFetchError, SpsUnexpectedAnswerError, type FirmwareFetchJob } from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { caught } from './support/caught.js';
import { fail, fakeSps, inSequence, json, ok, sessionCookie, type Handler } from './support/fake-sps.js';

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
  it('starts the download, polls until finished and reports progress', async () => {
    const server = fakeSps({
      'POST /api/firmware/fetch': json(202, { key, meta: { href: jobPath } }),
      [`GET ${jobPath}`]: inSequence(
        job({ status: 'queued' }),
        job({ status: 'in-progress', info: 'Downloading', bytes_downloaded: 500, bytes_total: 2000 }),
        job({ status: 'in-progress', info: 'Verifying checksum', bytes_downloaded: 2000, bytes_total: 2000 }),
        job({ status: 'finished', bytes_downloaded: 2000, bytes_total: 2000, slot_id: 2 }),
      ),
    });
    const progress: [string, number, number][] = [];
    const finished = await server.client().fetchFirmware(source, {
      pollIntervalMs: 5,
      onProgress: (state) => progress.push([state.status, state.bytes_downloaded, state.bytes_total]),
    });
    expect(server.sent('POST /api/firmware/fetch')[0]!.json).toEqual({ url: source.url, checksum: { sha256: source.sha256 } });
    expect(progress).toEqual([
      ['queued', 0, 0],
      ['in-progress', 500, 2000],
      ['in-progress', 2000, 2000],
      ['finished', 2000, 2000],
    ]);
    expect(finished.body.slot_id).toBe(2);
    expect(finished.meta?.slot).toBe('/api/firmware/slots/2');
  });

  it('rejects with SpsFirmwareFetchError when the download fails', async () => {
    const server = fakeSps({
      'POST /api/firmware/fetch': started,
      [`GET ${jobPath}`]: job({ status: 'failed', info: 'Firmware fetching failed', error: 'Checksum mismatch' }),
    });
    const error = await server.client().fetchFirmware(source).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsFirmwareFetchError);
    expect(error).toMatchObject({ key, message: `Firmware download ${key} failed: "Checksum mismatch"`, job: { status: 'failed' } });
  });

  it('a status the description does not document rejects at once with an SpsUnexpectedAnswerError naming it', async () => {
    const server = fakeSps({
      'POST /api/firmware/fetch': started,
      // Should the client poll on, the third poll ends the test instead of letting it hang.
      [`GET ${jobPath}`]: inSequence(job({ status: 'queued' }), job({ status: 'error' as never, error: 'Disk full' }), job({ status: 'queued' }), fail(500, 'Stop')),
    });
    const error = await caught(server.client().fetchFirmware(source, { pollIntervalMs: 1 }));
    expect(error).toBeInstanceOf(SpsUnexpectedAnswerError);
    expect(error).toMatchObject({
      method: 'GET',
      path: jobPath,
      status: 200,
      message: `GET ${jobPath} answered 200 with \`body.status\` "error", none of queued, in-progress, finished, failed, canceled`,
    });
    expect(server.sent(`GET ${jobPath}`)).toHaveLength(2);
  });

  it('the failure SPS reports never repeats the session ID it was sent', async () => {
    const server = fakeSps({
      'POST /api/firmware/fetch': started,
      // Short enough (64 characters at most) to be quoted in the message.
      [`GET ${jobPath}`]: (request) => job({ status: 'failed', error: `Refused (${request.headers.cookie})` })(request),
    });
    const error = await caught(server.client({ sessionId: sessionCookie }).fetchFirmware(source));
    expect(error).toBeInstanceOf(SpsFirmwareFetchError);
    expect(error).toMatchObject({
      message: `Firmware download ${key} failed: "Refused (session_id=[session_id])"`,
      job: { status: 'failed', error: 'Refused (session_id=[session_id])' },
    });
    for (const shown of [(error as Error).stack, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) expect(shown).not.toContain(sessionCookie);
  });

  it('an `error` SPS sends deeply nested or huge is named, not quoted: no RangeError, a short message', async () => {
    const answer = (error: string): Handler => () => ({
      status: 200,
      // Written by hand: JSON.stringify would overflow the stack on the nesting.
      text: `{"key":"${key}","body":{"bytes_downloaded":0,"bytes_total":0,"error":${error},"info":null,"slot_id":null,"start_time":null,"status":"failed","url":""},"meta":{}}`,
    });
    const depth = 200_000;
    for (const [error, named] of [
      [`${'['.repeat(depth)}${']'.repeat(depth)}`, 'a list'],
      [JSON.stringify('x'.repeat(1_000_000)), 'a string'],
      ['{"nested":{"deeper":true}}', 'an object'],
    ] as const) {
      const server = fakeSps({ 'POST /api/firmware/fetch': started, [`GET ${jobPath}`]: answer(error) });
      // With a session ID, the error's `job` is redacted too, a walk over the whole value.
      const thrown = await caught(server.client({ sessionId: sessionCookie }).fetchFirmware(source));
      expect(thrown).toBeInstanceOf(SpsFirmwareFetchError);
      expect((thrown as Error).message).toBe(`Firmware download ${key} failed: ${named}`);
    }
  });

  it.each([[0], [-1], [Number.NaN], [Infinity], [2 ** 31], ['5'], [null]])('refuses pollIntervalMs %o (a tight loop or none), before sending anything', async (pollIntervalMs) => {
    const server = fakeSps({ 'POST /api/firmware/fetch': started, [`GET ${jobPath}`]: job({ status: 'failed', error: 'Stop' }) });
    const error = await caught(server.client().fetchFirmware(source, { pollIntervalMs: pollIntervalMs as number }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: expect.stringContaining('pollIntervalMs must be a positive number of milliseconds') });
    expect(server.requests).toHaveLength(0);
  });

  it('cancels the download on SPS when the signal aborts, and rejects with its reason', async () => {
    const server = fakeSps({
      'POST /api/firmware/fetch': started,
      [`GET ${jobPath}`]: job({ status: 'in-progress', bytes_downloaded: 1, bytes_total: 10 }),
      [`DELETE ${jobPath}`]: ok({ key, meta: {} }),
    });
    const controller = new AbortController();
    const error = await server.client()
      .fetchFirmware(source, { signal: controller.signal, pollIntervalMs: 5, onProgress: () => controller.abort(new Error('operator cancelled')) })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ message: 'operator cancelled' });
    expect(server.sent(`DELETE ${jobPath}`)).toHaveLength(1);
  });

  it('attaches a failed cancel to the abort reason', async () => {
    const server = fakeSps({
      'POST /api/firmware/fetch': started,
      [`GET ${jobPath}`]: job({ status: 'in-progress' }),
      [`DELETE ${jobPath}`]: fail(404, 'NotFound'),
    });
    const controller = new AbortController();
    const error = await server.client()
      .fetchFirmware(source, { signal: controller.signal, onProgress: () => controller.abort(new Error('stop')) })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ message: 'stop', cancelError: { status: 404, method: 'DELETE' } });
  });

  it('sends nothing when the signal is already aborted', async () => {
    const server = fakeSps({});
    const signal = AbortSignal.abort(new Error('too late'));
    await expect(server.client().fetchFirmware(source, { signal })).rejects.toThrow('too late');
    expect(server.requests).toHaveLength(0);
  });
});

describe('test, upgrade, slots', () => {
  const passed = ok({ key: '2', body: { test_summary: 'Upgrade is allowed;' }, meta: { slot: '/api/firmware/slots/2' } });

  it('testFirmware takes the slot key as SPS lists it and sends the number', async () => {
    const server = fakeSps({ 'POST /api/firmware/test': passed });
    const result = await server.client().testFirmware('2');
    expect(result.body.test_summary).toBe('Upgrade is allowed;');
    expect(server.requests[0]!.json).toEqual({ slot_id: 2 });
  });

  it.each([['abc'], [0], [1.5], ['-1']])('refuses slot %j before sending anything', async (slot) => {
    const server = fakeSps({});
    await expect(server.client().testFirmware(slot as number)).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });

  it('upgradeFirmware sends the commit message when given, and only then', async () => {
    const server = fakeSps({ 'POST /api/firmware/upgrade': passed });
    const client = server.client();
    await client.upgradeFirmware(2, 'Upgrade to 7.4.1, change 4711');
    await client.upgradeFirmware('2');
    expect(server.requests.map((request) => request.json)).toEqual([{ slot_id: 2, message: 'Upgrade to 7.4.1, change 4711' }, { slot_id: 2 }]);
  });

  it('listSlots answers the slot listing', async () => {
    const listing = { items: [{ key: '1', body: { current: true, version: '7.4.0' }, meta: { href: '/api/firmware/slots/1' } }], meta: { current_slot: '/api/firmware/slots/1' } };
    const server = fakeSps({ 'GET /api/firmware/slots': ok(listing) });
    expect(await server.client().listSlots()).toEqual(listing);
  });
});
