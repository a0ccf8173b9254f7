import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleLifetimeMs, tar } from '../../src/stateful/support-bundle.js';
import { call, logIn, statefulMock } from './support.js';

let now = Date.parse('2025-06-01T12:00:00Z');
const sps = statefulMock({ now: () => now });
const base = '/api/troubleshooting/support-bundle';
const keysListed = async (cookie: string) => ((await call(sps.url, cookie, 'GET', base)).body as { items: { key: string }[] }).items.map(({ key }) => key);

/** What GNU tar (the system's `tar`) reads in an archive: its listing and the text of its files. */
function untar(archive: Uint8Array) {
  const folder = mkdtempSync(join(tmpdir(), 'sps-bundle-'));
  try {
    writeFileSync(join(folder, 'bundle.tar.gz'), archive);
    const listed = spawnSync('tar', ['-tzf', 'bundle.tar.gz'], { cwd: folder, encoding: 'utf8', timeout: 10_000 });
    const extracted = spawnSync('tar', ['-xzOf', 'bundle.tar.gz'], { cwd: folder, encoding: 'utf8', timeout: 10_000 });
    return { status: listed.status, files: listed.stdout.trim().split('\n'), text: extracted.stdout, errors: listed.stderr + extracted.stderr };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('support bundles', () => {
  it('start as the listing example, are made at once, downloaded as a .tar.gz and deleted', async () => {
    const cookie = await logIn(sps.url);
    const [example] = await keysListed(cookie);
    expect(example).toBe('0a5a1f1e-6d8c-4b5e-9f57-2f4c1d3e8b90');

    const started = await call(sps.url, cookie, 'POST', base);
    expect(started.status).toBe(201);
    const key = (started.body as { key: string }).key;
    expect(await keysListed(cookie)).toEqual([key]);
    expect((await call(sps.url, cookie, 'GET', `${base}/${example}`)).status).toBe(404);
    expect((await call(sps.url, cookie, 'GET', `${base}/${key}`)).body).toMatchObject({ key, body: { status: 'finished' } });

    const download = await fetch(`${sps.url}${base}/${key}/download`, { headers: { Cookie: cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    const read = untar(new Uint8Array(await download.arrayBuffer()));
    expect(read.errors).toBe('');
    expect(read.files).toEqual([`support-bundle-${key}/README.txt`]);
    expect(read.text).toContain(`Support bundle ${key}`);

    expect((await call(sps.url, cookie, 'DELETE', `${base}/${key}`)).status).toBe(200);
    expect(await keysListed(cookie)).toEqual([]);
    expect((await call(sps.url, cookie, 'GET', `${base}/${key}/download`)).status).toBe(404);
    expect((await call(sps.url, cookie, 'DELETE', `${base}/${key}`)).status).toBe(404);
  });

  it('are gone 24 hours after they were made', async () => {
    const cookie = await logIn(sps.url);
    const key = ((await call(sps.url, cookie, 'POST', base)).body as { key: string }).key;
    now += bundleLifetimeMs - 1;
    expect(await keysListed(await logIn(sps.url))).toEqual([key]);
    now += 1;
    const fresh = await logIn(sps.url);
    expect(await keysListed(fresh)).toEqual([]);
    expect((await call(sps.url, fresh, 'GET', `${base}/${key}`)).status).toBe(404);
  });
});

describe('tar()', () => {
  it('writes a ustar archive that tar reads, whatever the length of the file', () => {
    for (const length of [0, 511, 512, 513]) {
      const data = Buffer.alloc(length, 'x');
      const archive = tar('folder/file.txt', data, new Date('2025-01-01T00:00:00Z'));
      expect(archive.length % 512).toBe(0);
      const read = untar(new Uint8Array(gzipSync(archive)));
      expect(read, `${length} bytes`).toMatchObject({ status: 0, errors: '', files: ['folder/file.txt'], text: 'x'.repeat(length) });
    }
  });
});
