import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSpsClient, isResourceNotFound, SpsApiError, SpsNetworkError, SpsUnexpectedAnswerError, type AuditTrailProgress } from '@sps-openapi/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caught } from './support/caught.js';
import { fail, fakeSps, fakeSpsPerTest, type Handler } from './support/fake-sps.js';

const serve = fakeSpsPerTest();
const key = 'rUhhQZ3jYsY1NDWYp9DEpq';
const route = `GET /api/audit/sessions/${key}/audit_trail`;
const chunk = Buffer.alloc(64 * 1024, 0x5a);

/** Socket: answers `size` bytes (`chunk` again and again, with backpressure); with `dropAfter`, breaks off there. */
const trail =
  (size: number, dropAfter?: number): Handler =>
  () => ({
    raw: (response: ServerResponse) => {
      response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) });
      let sent = 0;
      const pump = () => {
        while (sent < size) {
          if (dropAfter !== undefined && sent >= dropAfter) return void response.socket?.destroy();
          const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
          sent += part.length;
          if (!response.write(part)) return void response.once('drain', pump);
        }
        response.end();
      };
      pump();
    },
  });

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'sps-trail-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('downloadAuditTrail', () => {
  it('streams a 200 MB trail to a file without holding it in memory', async () => {
    const size = 200 * 1024 * 1024;
    const sps = await serve({ [route]: trail(size) });
    const to = join(dir, 'session.zat');
    const client = createSpsClient({ baseUrl: sps.url, sessionId: 'x' });
    const before = process.memoryUsage.rss();
    let peak = before;
    let last: AuditTrailProgress | undefined;
    const bytes = await client.downloadAuditTrail(key, {
      to,
      onProgress: (progress) => {
        last = progress;
        peak = Math.max(peak, process.memoryUsage.rss());
      },
    });
    peak = Math.max(peak, process.memoryUsage.rss());
    expect(bytes).toBe(size);
    expect(statSync(to).size).toBe(size);
    expect(last).toEqual({ bytesReceived: size, bytesTotal: size });
    // Holding the trail would add its 200 MB; streaming needs a few chunks.
    expect((peak - before) / 1024 / 1024).toBeLessThan(80);
    expect(readdirSync(dir)).toEqual(['session.zat']);
    expect(sps.requests[0]!.headers.accept).toBe('application/octet-stream');
  }, 120_000);

  it('writes into a WritableStream and closes it; format=srs asks for the .srs format', async () => {
    const sps = await serve({ [route]: trail(300_000) });
    let received = 0;
    let closed = false;
    const to = new WritableStream<Uint8Array>({ write: (part) => void (received += part.byteLength), close: () => void (closed = true) });
    const bytes = await createSpsClient({ baseUrl: sps.url, sessionId: 'x' }).downloadAuditTrail(key, { to, format: 'srs' });
    expect([bytes, received, closed]).toEqual([300_000, 300_000, true]);
    expect(sps.requests[0]!.query.get('format')).toBe('srs');
  });

  it('a connection dropped mid-way rejects with SpsNetworkError and leaves no partial file, nor a changed one', async () => {
    const sps = await serve({ [route]: trail(10 * 1024 * 1024, 1024 * 1024) });
    const to = join(dir, 'session.zat');
    writeFileSync(to, 'an earlier download');
    const error = await caught(createSpsClient({ baseUrl: sps.url, sessionId: 'x', retry: false }).downloadAuditTrail(key, { to }));
    expect(error).toBeInstanceOf(SpsNetworkError);
    expect(error).toMatchObject({ method: 'GET', path: `/api/audit/sessions/${key}/audit_trail`, pathTemplate: '/api/audit/sessions/{key}/audit_trail' });
    expect(readdirSync(dir)).toEqual(['session.zat']);
    expect(readFileSync(to, 'utf8')).toBe('an earlier download');
  });

  it('refuses a session key "", "." or ".." before sending anything (it would name the search or its parent)', async () => {
    const sps = await serve({ [route]: trail(10) });
    const to = new WritableStream<Uint8Array>();
    for (const key of ['', '.', '..']) {
      const error = await caught(createSpsClient({ baseUrl: sps.url, sessionId: 'x' }).downloadAuditTrail(key, { to }));
      expect(error).toBeInstanceOf(TypeError);
      expect(String(error)).toContain('a key is a string other than "", "." and ".."');
    }
    expect(sps.requests).toEqual([]);
  });

  it('a dropped connection aborts a WritableStream', async () => {
    const sps = await serve({ [route]: trail(10 * 1024 * 1024, 1024 * 1024) });
    let aborted: unknown;
    const to = new WritableStream<Uint8Array>({ abort: (reason) => void (aborted = reason) });
    const error = await caught(createSpsClient({ baseUrl: sps.url, sessionId: 'x' }).downloadAuditTrail(key, { to }));
    expect(aborted).toBe(error);
  });

  it('aborting stops the download with the signal reason and removes the partial file', async () => {
    const sps = await serve({ [route]: trail(50 * 1024 * 1024) });
    const controller = new AbortController();
    const error = await caught(
      createSpsClient({ baseUrl: sps.url, sessionId: 'x' }).downloadAuditTrail(key, {
        to: join(dir, 'session.zat'),
        signal: controller.signal,
        onProgress: ({ bytesReceived }) => bytesReceived > 1024 * 1024 && controller.abort(),
      }),
    );
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an error answer rejects with SpsApiError before creating a file, and aborts a WritableStream', async () => {
    const sps = fakeSps({ [route]: fail(404, 'ResourceNotFound', 'No such session', { resource: key }) });
    const error = await caught(sps.client().downloadAuditTrail(key, { to: join(dir, 'session.zat') }));
    expect(isResourceNotFound(error)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
    let aborted: unknown;
    const to = new WritableStream<Uint8Array>({ abort: (reason) => void (aborted = reason) });
    expect(await caught(sps.client().downloadAuditTrail(key, { to }))).toBeInstanceOf(SpsApiError);
    expect(aborted).toBeInstanceOf(SpsApiError);
  });

  it('a login page (200, text/html) from a proxy or SSO in front of SPS is refused: no file, an earlier one unchanged, a stream aborted', async () => {
    const loginPage: Handler = () => ({ status: 200, text: '<html><form action="/sso/login">Sign in</form></html>', headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    const sps = fakeSps({ [route]: loginPage });
    const to = join(dir, 'session.zat');
    writeFileSync(to, 'an earlier download');
    const error = await caught(sps.client().downloadAuditTrail(key, { to }));
    expect(error).toBeInstanceOf(SpsUnexpectedAnswerError);
    expect(error).toMatchObject({
      method: 'GET',
      path: `/api/audit/sessions/${key}/audit_trail`,
      status: 200,
      contentType: 'text/html; charset=utf-8',
      message: `GET /api/audit/sessions/${key}/audit_trail answered 200 with Content-Type text/html, not application/octet-stream`,
    });
    expect(readdirSync(dir)).toEqual(['session.zat']);
    expect(readFileSync(to, 'utf8')).toBe('an earlier download');
    let aborted: unknown;
    const stream = new WritableStream<Uint8Array>({ abort: (reason) => void (aborted = reason) });
    expect(await caught(sps.client().downloadAuditTrail(key, { to: stream }))).toBeInstanceOf(SpsUnexpectedAnswerError);
    expect(aborted).toBeInstanceOf(SpsUnexpectedAnswerError);
  });

  it('takes an answer without Content-Type, or with parameters on the documented one, as the trail', async () => {
    const trailOf = (headers: HeadersInit) => createSpsClient({ baseUrl: 'http://127.0.0.1:9', fetch: async () => new Response(new TextEncoder().encode('ZAT'), { headers }) });
    const bare = join(dir, 'bare.zat');
    expect(await trailOf({}).downloadAuditTrail(key, { to: bare })).toBe(3);
    const typed = join(dir, 'typed.zat');
    expect(await trailOf({ 'Content-Type': 'Application/Octet-Stream; name=session.zat' }).downloadAuditTrail(key, { to: typed })).toBe(3);
    expect([readFileSync(bare, 'utf8'), readFileSync(typed, 'utf8')]).toEqual(['ZAT', 'ZAT']);
  });

  it('a 204 or 205 (no body at all) or an empty Content-Type is refused: no file', async () => {
    const answers = [() => new Response(null, { status: 204 }), () => new Response(null, { status: 205 }), () => new Response('ZAT', { headers: { 'Content-Type': '' } })];
    for (const answer of answers) {
      const client = createSpsClient({ baseUrl: 'http://127.0.0.1:9', fetch: async () => answer() });
      expect(await caught(client.downloadAuditTrail(key, { to: join(dir, 'trail.zat') }))).toBeInstanceOf(SpsUnexpectedAnswerError);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an empty trail is an empty file', async () => {
    const sps = fakeSps({ [route]: () => ({ status: 200, text: '', headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': '0' } }) });
    const to = join(dir, 'empty.zat');
    expect(await sps.client().downloadAuditTrail(key, { to })).toBe(0);
    expect(statSync(to).size).toBe(0);
  });

  it('refuses a destination that is neither a path nor a WritableStream', async () => {
    const sps = fakeSps({});
    await expect(sps.client().downloadAuditTrail(key, { to: {} as never })).rejects.toThrow(TypeError);
    expect(sps.requests).toEqual([]);
  });
});
