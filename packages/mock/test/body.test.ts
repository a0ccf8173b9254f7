import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { megabytes, readBounded, restAfter } from '../src/body.js';

const text = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
};

describe('readBounded()', () => {
  it('reads a body up to the limit whole', async () => {
    expect(await readBounded(Readable.from([Buffer.from('abc'), Buffer.from('def')]), 6)).toEqual({ complete: true, data: Buffer.from('abcdef') });
  });

  it('stops past the limit; the rest stays in the stream', async () => {
    const stream = Readable.from([Buffer.from('abc'), Buffer.from('def'), Buffer.from('ghi')]);
    const read = await readBounded(stream, 4);
    expect(read).toEqual({ complete: false, head: Buffer.from('abcdef') });
    expect(await text(restAfter((read as { head: Buffer }).head, stream))).toBe('abcdefghi');
  });

  it('rejects when the stream closes before its end', async () => {
    const stream = new PassThrough();
    const read = readBounded(stream, 100);
    stream.write('abc');
    stream.destroy();
    await expect(read).rejects.toThrow('the connection closed in the middle of the body');
  });

  it('rejects when the stream fails', async () => {
    const stream = new PassThrough();
    const read = readBounded(stream, 100);
    stream.destroy(new Error('ECONNRESET'));
    await expect(read).rejects.toThrow('ECONNRESET');
  });

  it('megabytes() says how large', () => {
    expect(megabytes(10 * 2 ** 20)).toBe('10 MB');
    expect(megabytes(2 ** 19)).toBe('0.5 MB');
  });
});
