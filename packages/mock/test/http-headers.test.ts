import { describe, expect, it } from 'vitest';
import { contentTypeProblem, endToEnd, readableAccept } from '../src/http-headers.js';

describe('endToEnd()', () => {
  it('drops the hop-by-hop headers and those Connection names, and adds the extra ones', () => {
    const headers = {
      connection: 'keep-alive, x-hop',
      'keep-alive': 'timeout=5',
      'transfer-encoding': 'chunked',
      'proxy-authorization': 'Basic eA==',
      upgrade: 'websocket',
      te: 'trailers',
      'x-hop': '1',
      host: 'sps.example',
      cookie: 'session_id=a',
      'content-type': 'application/json',
    };
    expect(endToEnd(headers, { host: 'upstream.example', 'content-length': 3 })).toEqual({
      host: 'upstream.example',
      cookie: 'session_id=a',
      'content-type': 'application/json',
      'content-length': 3,
    });
  });
});

describe('contentTypeProblem()', () => {
  it.each([[undefined], ['application/json'], ['application/json; charset=utf-8'], ['multipart/form-data; boundary="a b"']])('lets %s through', (value) => {
    expect(contentTypeProblem(value)).toBeUndefined();
  });

  it.each([['foo'], [';;;'], ['application/json; charset'], ['multipart/form-data; boundary=XX;']])('says %s is no media type', (value) => {
    expect(contentTypeProblem(value)).toBe(`the Content-Type header is not a media type such as application/json, got ${JSON.stringify(value)}`);
  });
});

describe('readableAccept()', () => {
  it.each([
    [undefined, undefined],
    ['application/json, text/csv;q=0.5', 'application/json, text/csv;q=0.5'],
    ['foo, application/json', 'application/json'],
    [';;;,foo', undefined],
  ])('keeps of %s the media ranges Prism reads: %s', (value, kept) => {
    expect(readableAccept(value)).toBe(kept);
  });
});
