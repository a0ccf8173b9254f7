import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSpsClient, type UploadProgress } from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { fail, fakeSpsPerTest, inSequence, loginRoute, ok } from './support/fake-sps.js';

// Uploads stream: they run over a socket.
const serve = fakeSpsPerTest();

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

  it("names the file part after a File's name, unless filename is given; a Blob has none: firmware.iso", async () => {
    const server = await serve({ 'POST /api/upload/firmware': slot });
    const client = createSpsClient({ baseUrl: server.url });
    await client.uploadFirmware(new File([image], 'sps-7.4.1.iso'));
    await client.uploadFirmware(new File([image], 'other.iso'), { filename: 'sps-7.4.1.iso' });
    await client.uploadFirmware(new File([image], ''));
    await client.uploadFirmware(new Blob([image]));
    const filenames = server.requests.map((request) => /filename="([^"]*)"/.exec(request.body.subarray(0, 300).toString('latin1'))?.[1]);
    expect(filenames).toEqual(['sps-7.4.1.iso', 'sps-7.4.1.iso', 'firmware.iso', 'firmware.iso']);
    expect(multipartFile(server.requests[0]!.body, server.requests[0]!.headers['content-type']!).equals(image)).toBe(true);
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
