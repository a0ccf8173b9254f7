import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpsNetworkError, SpsTimeoutError } from '@sps-openapi/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveDownload } from '../src/download.js';

const request = { method: 'GET', path: '/api/troubleshooting/support-bundle/1/download', pathTemplate: '/api/troubleshooting/support-bundle/{key}/download' };
const bytes = (text: string) => new TextEncoder().encode(text);

/** A body that sends `chunks`, then ends, or breaks off with `failure`. */
function body(chunks: string[], failure?: Error): ReadableStream<Uint8Array> {
  const queue = [...chunks];
  return new ReadableStream({
    pull(controller) {
      const next = queue.shift();
      if (next !== undefined) controller.enqueue(bytes(next));
      else if (failure) controller.error(failure);
      else controller.close();
    },
  });
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sps-client-download-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('saveDownload to a file', () => {
  it('streams the body into the file and reports the bytes received', async () => {
    const path = join(dir, 'bundle.tar.gz');
    const seen: number[] = [];
    const saved = await saveDownload(body(['abc', 'defg']), path, { request, onBytes: (count) => seen.push(count) });
    expect(saved).toBe(7);
    expect(seen).toEqual([3, 7]);
    expect(readFileSync(path, 'utf8')).toBe('abcdefg');
    expect(readdirSync(dir)).toEqual(['bundle.tar.gz']);
  });

  it('removes the partial file when the body breaks off, and keeps a file that was there', async () => {
    const path = join(dir, 'bundle.tar.gz');
    writeFileSync(path, 'yesterday');
    const error = await saveDownload(body(['abc'], new TypeError('terminated')), path, { request }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsNetworkError);
    expect(error).toMatchObject({ method: 'GET', path: request.path, pathTemplate: request.pathTemplate, cause: { message: 'terminated' } });
    expect(readdirSync(dir)).toEqual(['bundle.tar.gz']);
    expect(readFileSync(path, 'utf8')).toBe('yesterday');
  });

  it('a body cut off by the request\'s timeout: rejects with its SpsTimeoutError and removes the partial file', async () => {
    const path = join(dir, 'bundle.tar.gz');
    const timeout = new SpsTimeoutError(request, 300);
    const error = await saveDownload(body(['abc'], timeout), path, { request }).catch((caught: unknown) => caught);
    expect(error).toBe(timeout);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops when the signal aborts, rejects with its reason and removes the partial file', async () => {
    const controller = new AbortController();
    const path = join(dir, 'bundle.tar.gz');
    const error = await saveDownload(body(['a', 'b', 'c']), path, { request, signal: controller.signal, onBytes: () => controller.abort(new Error('stop')) })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ message: 'stop' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops a body that stalls when the signal aborts (the body need not be tied to the signal)', async () => {
    const controller = new AbortController();
    const path = join(dir, 'bundle.tar.gz');
    let sent = false;
    const stalling = new ReadableStream<Uint8Array>({
      pull: (stream) => (sent ? new Promise<void>(() => undefined) : void ((sent = true), stream.enqueue(bytes('abc')))),
    });
    const error = await saveDownload(stalling, path, { request, signal: controller.signal, onBytes: () => setTimeout(() => controller.abort(new Error('stop')), 5) })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ message: 'stop' });
    expect(readdirSync(dir)).toEqual([]);
  }, 5_000);

  it('rejects with the file system error when the file cannot be written', async () => {
    const error = await saveDownload(body(['a']), join(dir, 'missing', 'bundle.tar.gz'), { request }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cancels the body when the target cannot be opened, rather than leave the answer unread until its timeout', async () => {
    const cancelled: unknown[] = [];
    const unread = () => new ReadableStream<Uint8Array>({ cancel: (reason) => void cancelled.push(reason) });
    const missing = await saveDownload(unread(), join(dir, 'missing', 'bundle.tar.gz'), { request }).catch((caught: unknown) => caught);
    expect(missing).toMatchObject({ code: 'ENOENT' });
    const locked = new WritableStream<Uint8Array>();
    locked.getWriter();
    const busy = await saveDownload(unread(), locked, { request }).catch((caught: unknown) => caught);
    expect(busy).toBeInstanceOf(TypeError);
    expect(cancelled).toEqual([missing, busy]);
  });

  it('writes beside the path under <path>.<random>.part, as the README says, and renames it when complete', async () => {
    const to = join(dir, 'bundle.tar.gz');
    const seen: string[][] = [];
    await saveDownload(body(['ab', 'c']), to, { request, onBytes: () => seen.push(readdirSync(dir)) });
    expect(seen[0]).toEqual([expect.stringMatching(/^bundle\.tar\.gz\.[a-z0-9]+\.part$/)]);
    expect(readdirSync(dir)).toEqual(['bundle.tar.gz']);
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('`<path>.<random>.part`');
    expect(readme).not.toContain('`<path>.part`');
  });
});

describe('saveDownload to a WritableStream', () => {
  function collector() {
    const received: string[] = [];
    let closed = false;
    let aborted: unknown;
    const stream = new WritableStream<Uint8Array>({
      write: (chunk) => void received.push(new TextDecoder().decode(chunk)),
      close: () => void (closed = true),
      abort: (reason) => void (aborted = reason),
    });
    return { stream, received, state: () => ({ closed, aborted }) };
  }

  it('writes every chunk and closes the stream', async () => {
    const sink = collector();
    expect(await saveDownload(body(['ab', 'c']), sink.stream, { request })).toBe(3);
    expect(sink.received).toEqual(['ab', 'c']);
    expect(sink.state()).toEqual({ closed: true, aborted: undefined });
  });

  it('aborts the stream with the error when the body breaks off', async () => {
    const sink = collector();
    const error = await saveDownload(body(['ab'], new TypeError('terminated')), sink.stream, { request }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpsNetworkError);
    expect(sink.state()).toEqual({ closed: false, aborted: error });
  });
});
