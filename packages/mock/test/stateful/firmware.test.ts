import { describe, expect, it } from 'vitest';
import { call, expectConforming, logIn, statefulMock } from './support.js';

let now = Date.parse('2025-06-01T12:00:00Z');
const sps = statefulMock({ firmwareDownloadSeconds: 100, requireCommitMessage: true, now: () => now });
const image = { url: 'https://downloads.example.com/sps-7.4.3.iso', checksum: { sha256: 'b'.repeat(64) } };

/** Uploads an image named `filename` as a form; the answer checked against the description. */
async function upload(url: string, cookie: string, filename: string) {
  const form = new FormData();
  form.append('firmware', new Blob(['CD001 not a real image']), filename);
  const response = await fetch(`${url}/api/upload/firmware`, { method: 'POST', headers: { Cookie: cookie }, body: form });
  const answer = { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
  expectConforming('POST', '/api/upload/firmware', answer);
  return answer;
}

describe('firmware downloads', () => {
  it('progress with time: queued, downloading, verifying, finished into the free slot', async () => {
    const cookie = await logIn(sps.url);
    const started = await call(sps.url, cookie, 'POST', '/api/firmware/fetch', image);
    const key = (started.body as { key: string }).key;
    const state = async () => ((await call(sps.url, cookie, 'GET', `/api/firmware/fetch/${key}`)).body as { body: Record<string, unknown> }).body;
    expect(await state()).toMatchObject({ status: 'queued', bytes_downloaded: 0, start_time: null, slot_id: null });
    now += 30_000;
    const downloading = await state();
    expect(downloading).toMatchObject({ status: 'in-progress', info: 'Downloading' });
    expect(downloading.bytes_downloaded).toBeGreaterThan(0);
    expect(downloading.bytes_downloaded).toBeLessThan(downloading.bytes_total as number);
    now += 30_000;
    expect((await state()).bytes_downloaded).toBeGreaterThan(downloading.bytes_downloaded as number);
    now += 35_000;
    expect(await state()).toMatchObject({ status: 'in-progress', info: 'Verifying checksum' });
    expect(((await call(sps.url, cookie, 'GET', '/api/firmware/slots/2')).body as { body: unknown }).body).toEqual({});
    now += 5_000;
    expect(await state()).toMatchObject({ status: 'finished', slot_id: 2 });
    expect(((await call(sps.url, cookie, 'GET', '/api/firmware/slots/2')).body as { body: unknown }).body).toMatchObject({ version: '7.4.3', current: false });
    const listing = (await call(sps.url, cookie, 'GET', '/api/firmware/fetch')).body as { items: { key: string }[] };
    expect(listing.items.map((item) => item.key)).toContain(key);
  });

  it('stores an upload in a slot that is neither running nor booted next, replacing its image', async () => {
    const cookie = await logIn(sps.url);
    const response = await upload(sps.url, cookie, 'sps-7.5.0.iso');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ key: '2', body: { version: '7.5.0' }, meta: { slot: '/api/firmware/slots/2', number_of_empty_slots: 0 } });
  });

  it('can be canceled, and a download without a free slot fails at its end', async () => {
    const cookie = await logIn(sps.url);
    const key = ((await call(sps.url, cookie, 'POST', '/api/firmware/fetch', image)).body as { key: string }).key;
    now += 50_000;
    expect((await call(sps.url, cookie, 'DELETE', `/api/firmware/fetch/${key}`)).status).toBe(200);
    now += 100_000;
    const canceled = ((await call(sps.url, cookie, 'GET', `/api/firmware/fetch/${key}`)).body as { body: Record<string, unknown> }).body;
    expect(canceled).toMatchObject({ status: 'canceled', slot_id: null });
    expect(canceled.bytes_downloaded).toBeGreaterThan(0);
    expect((await call(sps.url, cookie, 'GET', '/api/firmware/fetch/8f6f7b0f-bba1-4d86-babb-54868106d2e9')).status).toBe(404);

    const noRoom = ((await call(sps.url, cookie, 'POST', '/api/firmware/fetch', image)).body as { key: string }).key;
    now += 100_000;
    const failed = ((await call(sps.url, cookie, 'GET', `/api/firmware/fetch/${noRoom}`)).body as { body: Record<string, unknown> }).body;
    expect(failed).toMatchObject({ status: 'failed', info: 'Firmware fetching failed', error: 'No empty firmware slot to store the image in.' });
  });

  it('test and upgrade check the slot; the upgrade needs a message when the commit log is required', async () => {
    const cookie = await logIn(sps.url);
    expect((await call(sps.url, cookie, 'POST', '/api/firmware/test', { slot_id: 2 })).body).toMatchObject({ key: '2', meta: { slot: '/api/firmware/slots/2' } });
    const empty = await call(sps.url, cookie, 'POST', '/api/firmware/test', { slot_id: 9 });
    expect(empty.body).toMatchObject({ error: { type: 'ResourceNotFound', details: { resource: '9' } } });
    const withoutMessage = await call(sps.url, cookie, 'POST', '/api/firmware/upgrade', { slot_id: 2 });
    expect(withoutMessage.body).toMatchObject({ error: { type: 'IncompleteRequestBodyError', details: { missing_paths: ['message'] } } });
    expect((await call(sps.url, cookie, 'POST', '/api/firmware/upgrade', { slot_id: 2, message: 'Upgrade to 7.4.3' })).status).toBe(200);
    const slots = (await call(sps.url, cookie, 'GET', '/api/firmware/slots')).body as { items: { key: string; body: { after_reboot?: boolean } }[] };
    expect(slots.items.map(({ key, body }) => [key, body.after_reboot])).toEqual([['1', false], ['2', true]]);
    expect((await call(sps.url, cookie, 'DELETE', '/api/firmware/slots/2')).status).toBe(403);
  });
});

describe('a slot a running download has reserved', () => {
  let clock = Date.parse('2025-06-01T12:00:00Z');
  const quick = statefulMock({ firmwareDownloadSeconds: 10, now: () => clock });

  it('takes no upload meanwhile (403 when no other slot can), and receives the download when it settles', async () => {
    const cookie = await logIn(quick.url);
    const key = ((await call(quick.url, cookie, 'POST', '/api/firmware/fetch', image)).body as { key: string }).key;
    clock += 2_000;
    expect(await upload(quick.url, cookie, 'sps-8.0.0.iso')).toMatchObject({ status: 403, body: { error: { type: 'Unauthorized', message: expect.stringContaining('running download') } } });
    expect(((await call(quick.url, cookie, 'GET', '/api/firmware/slots/2')).body as { body: unknown }).body).toEqual({});
    expect((await call(quick.url, cookie, 'POST', '/api/firmware/upgrade', { slot_id: 2 })).body).toMatchObject({ error: { type: 'ResourceNotFound' } });
    clock += 10_000;
    expect(((await call(quick.url, cookie, 'GET', `/api/firmware/fetch/${key}`)).body as { body: unknown }).body).toMatchObject({ status: 'finished', slot_id: 2 });
    expect(((await call(quick.url, cookie, 'GET', '/api/firmware/slots/2')).body as { body: unknown }).body).toMatchObject({ version: '7.4.3' });
    expect((await upload(quick.url, cookie, 'sps-8.0.0.iso')).body).toMatchObject({ key: '2', body: { version: '8.0.0' } });
  });
});
