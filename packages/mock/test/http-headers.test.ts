import { describe, expect, it } from 'vitest';
import { endToEnd } from '../src/http-headers.js';

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
