import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bodyForPrism, normalizeMultipart } from '../src/multipart.js';

/** The multipart parser Prism validates with (parse-multipart-data, through @stoplight/prism-http). */
const fromPrismCli = createRequire(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json'));
const fromPrismHttp = createRequire(fromPrismCli.resolve('@stoplight/prism-http/package.json'));
const prismParser = fromPrismHttp('parse-multipart-data') as { parse(body: Buffer, boundary: string): { name: string; filename?: string; type?: string; data: Buffer }[] };

const contentType = 'multipart/form-data; boundary=sps-boundary';
const body = (...parts: [headers: string, data: string][]) =>
  Buffer.from(`${parts.map(([headers, data]) => `--sps-boundary\r\n${headers}\r\n\r\n${data}\r\n`).join('')}--sps-boundary--\r\n`, 'latin1');

describe('normalizeMultipart()', () => {
  it('gives a file part without Content-Type (optional in RFC 7578) the default application/octet-stream', () => {
    const original = body(['Content-Disposition: form-data; name="firmware"; filename="firmware.iso"', 'CD001\r\nimage']);
    expect(() => prismParser.parse(original, 'sps-boundary')).toThrow(TypeError);
    const normalized = normalizeMultipart(original, contentType)!;
    expect(normalized.toString('latin1')).toBe(
      '--sps-boundary\r\nContent-Disposition: form-data; name="firmware"; filename="firmware.iso"\r\nContent-Type: application/octet-stream\r\n\r\nCD001\r\nimage\r\n--sps-boundary--\r\n',
    );
    expect(prismParser.parse(normalized, 'sps-boundary')).toEqual([
      { filename: 'firmware.iso', type: 'application/octet-stream', name: 'firmware', data: Buffer.from('CD001\r\nimage') },
    ]);
  });

  it('leaves a body the parser reads as it is', () => {
    const fine = body(['Content-Disposition: form-data; name="firmware"; filename="a.iso"\r\nContent-Type: application/x-iso9660-image', 'x'], ['Content-Disposition: form-data; name="note"', 'y']);
    expect(normalizeMultipart(fine, contentType)).toBeUndefined();
    expect(normalizeMultipart(fine, 'multipart/form-data')).toBeUndefined(); // no boundary: Prism says so itself
  });

  it.each([
    ['no Content-Disposition', 'Content-Type: text/plain', { name: '', data: Buffer.from('data') }],
    ['no name', 'Content-Disposition: form-data; filename="a.iso"', { name: '', filename: 'a.iso', type: 'application/octet-stream', data: Buffer.from('data') }],
    ['an RFC 8187 file name', "Content-Disposition: form-data; name=\"firmware\"; filename*=UTF-8''a%20b.iso", { name: 'firmware', filename: 'a b.iso', type: 'application/octet-stream', data: Buffer.from('data') }],
    ['; = and quotes in the file name', 'Content-Disposition: form-data; name="firmware"; filename="a;b=c\\"d.iso"', { name: 'firmware', filename: 'a_b_c_d.iso', type: 'application/octet-stream', data: Buffer.from('data') }],
    ['a bare file name and lower-case header names', 'content-disposition: form-data; filename=a.iso; name=firmware', { name: 'firmware', filename: 'a.iso', type: 'application/octet-stream', data: Buffer.from('data') }],
  ])('rewrites a part with %s into one the parser reads', (_, headers, part) => {
    const normalized = normalizeMultipart(body([headers, 'data']), contentType)!;
    expect(prismParser.parse(normalized, 'sps-boundary')).toEqual([part]);
  });

  it('keeps every part, a preamble and binary data byte for byte', () => {
    const binary = Buffer.from([0, 255, 13, 10, 45, 45, 1]).toString('latin1');
    const original = Buffer.concat([
      Buffer.from('preamble\r\n'),
      body(['Content-Disposition: form-data; name="a"; filename="a.bin"', binary], ['Content-Disposition: form-data; name="b"', 'text']),
    ]);
    const parts = prismParser.parse(normalizeMultipart(original, 'multipart/form-data; boundary="sps-boundary"')!, 'sps-boundary');
    expect(parts.map(({ name, data }) => [name, data.toString('latin1')])).toEqual([
      ['a', binary],
      ['b', 'text'],
    ]);
  });

  it('leaves a body that is cut off after a part\'s headers as it is (the parser reads nothing there)', () => {
    const cut = Buffer.from('--sps-boundary\r\nContent-Disposition: form-data; name="firmware"; filename="a.iso"\r\n\r\nCD0');
    expect(normalizeMultipart(cut, contentType)).toBeUndefined();
    expect(prismParser.parse(cut, 'sps-boundary')).toEqual([]);
  });
});

describe('bodyForPrism()', () => {
  it('hands any other body over as it is', () => {
    const json = Buffer.from('{"primary": "192.0.2.53"}');
    expect(bodyForPrism(json, 'application/json')).toEqual({ body: json, readable: true });
    expect(bodyForPrism(json, undefined)).toEqual({ body: json, readable: true });
  });

  it('hands a multipart body over normalized, which Prism then reads', () => {
    const original = body(['Content-Disposition: form-data; name="firmware"; filename="firmware.iso"', 'CD001']);
    expect(bodyForPrism(original, contentType)).toEqual({ body: normalizeMultipart(original, contentType), readable: true });
  });

  it.each([
    ['a Content-Type header with a space before its colon', body(['Content-Disposition: form-data; name="firmware"; filename="a.iso"\r\nContent-Type : application/octet-stream', 'x'])],
    ['part data that the parser reads as a boundary', body(['Content-Disposition: form-data; name="firmware"; filename="a.iso"\r\nContent-Type: application/octet-stream', 'x\r\n\n--sps-boundary\r\nContent-Disposition: form-data; name="f"; filename="y"\r\n\r\ndata'])],
  ])('says Prism cannot read a body with %s: its parser throws on it', (_, hostile) => {
    const { body: forPrism, readable } = bodyForPrism(hostile, contentType);
    expect(readable).toBe(false);
    expect(() => prismParser.parse(forPrism, 'sps-boundary')).toThrow();
  });
});
