import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSpsClient, SpsApiError, SpsNetworkError, SpsTimeoutError, SpsUnexpectedAnswerError, type SupportBundleProgress } from '@sps-openapi/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fail, fakeSps, fakeSpsPerTest, inSequence, json, ok, type Handler, type Routes } from './support/fake-sps.js';

const key = '0a5a1f1e-6d8c-4b5e-9f57-2f4c1d3e8b90';
const base = '/api/troubleshooting/support-bundle';
const archive = 'pretend-this-is-a-tar.gz';
const job = (status: string): Handler => ok({ key, body: { status }, meta: { href: `${base}/${key}` } });
const download: Handler = () => ({
  status: 200,
  text: archive,
  headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(archive.length) },
});

/** An SPS that makes a bundle in two polls and lets it be downloaded and deleted. */
function routes(extra: Routes = {}): Routes {
  return {
    [`POST ${base}`]: json(202, { key, meta: { href: `${base}/${key}` } }),
    [`GET ${base}/${key}`]: inSequence(job('running'), job('Finished')),
    [`GET ${base}/${key}/download`]: download,
    [`DELETE ${base}/${key}`]: ok({ meta: { href: base } }),
    ...extra,
  };
}

const route = ({ method, path }: { method: string; path: string }) => `${method} ${path}`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sps-client-bundle-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createSupportBundle', () => {
  it('starts the job, polls until finished (any case), saves the archive, deletes it on SPS', async () => {
    const server = fakeSps(routes());
    const to = join(dir, 'bundle.tar.gz');
    const progress: SupportBundleProgress[] = [];
    const bundle = await server.client().createSupportBundle({ to, pollIntervalMs: 1, onProgress: (step) => progress.push(step) });

    expect(bundle).toEqual({ key, path: to, bytes: archive.length });
    expect(readFileSync(to, 'utf8')).toBe(archive);
    expect(readdirSync(dir)).toEqual(['bundle.tar.gz']);
    expect(server.requests.map(route)).toEqual([
      `POST ${base}`,
      `GET ${base}/${key}`,
      `GET ${base}/${key}`,
      `GET ${base}/${key}/download`,
      `DELETE ${base}/${key}`,
    ]);
    expect(progress).toEqual([
      { stage: 'collecting', key, job: { status: 'running' } },
      { stage: 'collecting', key, job: { status: 'Finished' } },
      { stage: 'downloading', key, bytesReceived: archive.length, bytesTotal: archive.length },
    ]);
  });

  it('writes to a WritableStream', async () => {
    const chunks: Uint8Array[] = [];
    const to = new WritableStream<Uint8Array>({ write: (chunk) => void chunks.push(chunk) });
    const bundle = await fakeSps(routes()).client().createSupportBundle({ to, pollIntervalMs: 1 });
    expect(bundle).toEqual({ key, path: undefined, bytes: archive.length });
    expect(Buffer.concat(chunks).toString()).toBe(archive);
  });

  it('a job that fails aborts a WritableStream target with the error, so its reader sees the failure', async () => {
    let aborted: unknown;
    const to = new WritableStream<Uint8Array>({ abort: (reason) => void (aborted = reason) });
    const server = fakeSps(routes({ [`GET ${base}/${key}`]: job('failed') }));
    const error = await server.client().createSupportBundle({ to, pollIntervalMs: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsUnexpectedAnswerError);
    expect(aborted).toBe(error);
    // A stream that has been aborted rejects every writer from now on.
    await expect(to.getWriter().write(new Uint8Array(1))).rejects.toBe(error);
    expect(server.sent(`DELETE ${base}/${key}`)).toHaveLength(1);
  });

  it('a job that cannot start (409, the configuration is locked) aborts a WritableStream target with the error too', async () => {
    let aborted: unknown;
    const to = new WritableStream<Uint8Array>({ abort: (reason) => void (aborted = reason) });
    const server = fakeSps(routes({ [`POST ${base}`]: fail(409, 'WebGuiOrRpcApiConfigInProgress') }));
    const error = await server.client().createSupportBundle({ to, pollIntervalMs: 1 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 409, method: 'POST' });
    expect(aborted).toBe(error);
  });

  it('a target that cannot be opened (a missing directory): the download\'s body is cancelled at once, the bundle deleted', async () => {
    let cancelled: unknown;
    const server = fakeSps(routes());
    const client = server.client();
    // The answer's body stays open until it is read or cancelled; this one reports its cancel.
    client.use({
      onResponse: ({ request, response }) =>
        request.url.endsWith('/download')
          ? new Response(new ReadableStream({ cancel: (reason) => void (cancelled = reason) }), { status: 200, headers: response.headers })
          : undefined,
    });
    const error = await client.createSupportBundle({ to: join(dir, 'missing', 'bundle.tar.gz'), pollIntervalMs: 1 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'ENOENT' });
    expect(cancelled).toBe(error);
    expect(server.sent(`DELETE ${base}/${key}`)).toHaveLength(1);
  });

  it.each([[0], [-1], [Number.NaN], [Infinity], ['5']])('refuses pollIntervalMs %o (a tight loop or none), before sending anything', async (pollIntervalMs) => {
    const server = fakeSps(routes({ [`GET ${base}/${key}`]: job('failed') }));
    const error = await server.client().createSupportBundle({ to: join(dir, 'bundle.tar.gz'), pollIntervalMs: pollIntervalMs as number }).catch((caught: unknown) => caught);
    expect(error).toEqual(new TypeError('pollIntervalMs must be a positive number of milliseconds below 2^31'));
    expect(server.requests).toEqual([]);
  });

  it('names the file after the job in the current directory by default', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const bundle = await fakeSps(routes()).client().createSupportBundle({ pollIntervalMs: 1 });
      expect(bundle.path).toBe(`sps-support-bundle-${key}.tar.gz`);
      expect(readFileSync(join(dir, bundle.path!), 'utf8')).toBe(archive);
    } finally {
      process.chdir(cwd);
    }
  });

  it('aborted while polling: deletes the bundle, leaves no file and rejects with the reason', async () => {
    const server = fakeSps(routes({ [`GET ${base}/${key}`]: job('running') }));
    const controller = new AbortController();
    const to = join(dir, 'bundle.tar.gz');
    const error = await server.client()
      .createSupportBundle({ to, signal: controller.signal, pollIntervalMs: 60_000, onProgress: () => controller.abort(new Error('operator cancelled')) })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ message: 'operator cancelled' });
    expect(server.requests.map(route)).toEqual([`POST ${base}`, `GET ${base}/${key}`, `DELETE ${base}/${key}`]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(['failed', 'Canceled'])('a job that reports %s: rejects at once naming the status, deletes the bundle, leaves no file', async (status) => {
    // Should the client poll on, the third poll ends the test instead of letting it hang.
    const server = fakeSps(routes({ [`GET ${base}/${key}`]: inSequence(job('running'), job(status), job('running'), fail(500, 'Stop')) }));
    const to = join(dir, 'bundle.tar.gz');
    const error = await server.client().createSupportBundle({ to, pollIntervalMs: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsUnexpectedAnswerError);
    expect(error).toMatchObject({ method: 'GET', path: `${base}/${key}`, message: `GET ${base}/${key} answered 200 with \`body.status\` "${status}": the job failed` });
    expect(server.requests.map(route)).toEqual([`POST ${base}`, `GET ${base}/${key}`, `GET ${base}/${key}`, `DELETE ${base}/${key}`]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failed download: deletes the bundle and rejects with the SpsApiError', async () => {
    const server = fakeSps(routes({ [`GET ${base}/${key}/download`]: fail(404, 'NotFound') }));
    const error = await server.client().createSupportBundle({ to: join(dir, 'bundle.tar.gz'), pollIntervalMs: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsApiError);
    expect(error).toMatchObject({ status: 404, method: 'GET', path: `${base}/${key}/download` });
    expect(error).not.toHaveProperty('deleteError');
    expect(server.sent(`DELETE ${base}/${key}`)).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a login page instead of the archive (200, text/html): SpsUnexpectedAnswerError, no file, bundle deleted", async () => {
    const page: Handler = () => ({ status: 200, text: '<html>Sign in</html>', headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    const server = fakeSps(routes({ [`GET ${base}/${key}/download`]: page }));
    const error = await server.client().createSupportBundle({ to: join(dir, 'bundle.tar.gz'), pollIntervalMs: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsUnexpectedAnswerError);
    expect(error).toMatchObject({
      method: 'GET',
      path: `${base}/${key}/download`,
      message: `GET ${base}/${key}/download answered 200 with Content-Type text/html, not application/octet-stream or application/gzip or application/x-gzip`,
    });
    expect(server.sent(`DELETE ${base}/${key}`)).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(['application/gzip', 'application/x-gzip'])('saves an archive sent as %s', async (mediaType) => {
    const server = fakeSps(routes({ [`GET ${base}/${key}/download`]: () => ({ status: 200, text: archive, headers: { 'Content-Type': mediaType } }) }));
    const to = join(dir, 'bundle.tar.gz');
    await expect(server.client().createSupportBundle({ to, pollIntervalMs: 1 })).resolves.toMatchObject({ bytes: archive.length });
    expect(readFileSync(to, 'utf8')).toBe(archive);
  });

  it('a 204 instead of the archive: SpsUnexpectedAnswerError, no file (the bundle is deleted, the archive would be lost)', async () => {
    const sps = fakeSps(routes({ [`GET ${base}/${key}/download`]: () => ({ status: 204, headers: { 'Content-Type': 'application/octet-stream' } }) }));
    const to = join(dir, 'bundle.tar.gz');
    await expect(sps.client().createSupportBundle({ to, pollIntervalMs: 1 })).rejects.toBeInstanceOf(SpsUnexpectedAnswerError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('attaches a failed delete to the error that made it necessary', async () => {
    const server = fakeSps(routes({ [`GET ${base}/${key}`]: fail(500, 'InternalError'), [`DELETE ${base}/${key}`]: fail(503, 'Unavailable') }));
    const error = await server.client().createSupportBundle({ to: join(dir, 'bundle.tar.gz'), pollIntervalMs: 1 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 500, method: 'GET', deleteError: { status: 503, method: 'DELETE', path: `${base}/${key}` } });
  });

  it('a failed delete after a good download rejects, and keeps the archive', async () => {
    const server = fakeSps(routes({ [`DELETE ${base}/${key}`]: fail(500, 'InternalError') }));
    const to = join(dir, 'bundle.tar.gz');
    const error = await server.client().createSupportBundle({ to, pollIntervalMs: 1 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 500, method: 'DELETE' });
    expect(readFileSync(to, 'utf8')).toBe(archive);
  });

  it('sends nothing when the signal is already aborted, or `to` is neither a path nor a stream', async () => {
    const server = fakeSps(routes());
    await expect(server.client().createSupportBundle({ signal: AbortSignal.abort(new Error('too late')) })).rejects.toThrow('too late');
    await expect(server.client().createSupportBundle({ to: 42 as never })).rejects.toThrow(TypeError);
    expect(server.requests).toEqual([]);
  });

  describe('over a socket', () => {
    const serve = fakeSpsPerTest();

    it('starts the job with Content-Length: 0, as it reaches the wire (SPS answers 411 to a POST without a length)', async () => {
      const server = await serve(routes());
      await createSpsClient({ baseUrl: server.url }).createSupportBundle({ to: join(dir, 'bundle.tar.gz'), pollIntervalMs: 1 });
      expect(server.sent(`POST ${base}`)[0]!.headers['content-length']).toBe('0');
    });

    it('a download that breaks off: SpsNetworkError, partial file removed, bundle deleted', async () => {
      let downloading: ServerResponse | undefined;
      const server = await serve(
        routes({
          [`GET ${base}/${key}/download`]: () => ({
            raw: (response) => {
              response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': '100000' });
              response.write(Buffer.alloc(20_000, 1));
              downloading = response;
            },
          }),
        }),
      );
      const to = join(dir, 'bundle.tar.gz');
      const received: number[] = [];
      const error = await createSpsClient({ baseUrl: server.url })
        .createSupportBundle({
          to,
          pollIntervalMs: 1,
          onProgress: (step) => {
            if (step.stage !== 'downloading') return;
            received.push(step.bytesReceived);
            downloading?.socket?.destroy(); // the connection drops once part of the archive is saved
          },
        })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SpsNetworkError);
      expect(error).toMatchObject({ method: 'GET', path: `${base}/${key}/download` });
      expect(received[0]).toBeGreaterThan(0);
      expect(readdirSync(dir)).toEqual([]);
      expect(server.sent(`DELETE ${base}/${key}`)).toHaveLength(1);
    });

    /** The headers and 3 bytes of a 100 kB archive, then nothing, or 1 byte every `trickleMs`. */
    const stalling =
      (trickleMs?: number): Handler =>
      () => ({
        raw: (response) => {
          response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': '100000' });
          response.write('abc');
          if (trickleMs === undefined) return;
          const timer = setInterval(() => response.write('x'), trickleMs);
          response.on('close', () => clearInterval(timer));
        },
      });

    it.each([
      ['stalls', undefined],
      ['trickles (a byte every 50 ms)', 50],
    ])('a download that %s: SpsTimeoutError after the client\'s timeoutMs, partial file removed, bundle deleted', async (_, trickleMs) => {
      const server = await serve(routes({ [`GET ${base}/${key}/download`]: stalling(trickleMs) }));
      const to = join(dir, 'bundle.tar.gz');
      const received: number[] = [];
      const started = Date.now();
      const error = await createSpsClient({ baseUrl: server.url, timeoutMs: 300 })
        .createSupportBundle({ to, pollIntervalMs: 1, onProgress: (step) => void (step.stage === 'downloading' && received.push(step.bytesReceived)) })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SpsTimeoutError);
      expect(error).toMatchObject({ method: 'GET', path: `${base}/${key}/download`, timeoutMs: 300 });
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(received[0]).toBe(3); // the body had started
      expect(readdirSync(dir)).toEqual([]);
      expect(server.sent(`DELETE ${base}/${key}`)).toHaveLength(1);
    }, 3_000);
  });
});
