import { describe, expect, it } from 'vitest';
import { TimeoutError } from '../src/send-request.js';
import { upstreamFailure, upstreamOf } from '../src/upstream.js';
import { fakeUpstream } from './fake-upstream.js';

const appliance = fakeUpstream((request, response) => response.end(JSON.stringify({ headers: request.headers, url: request.url })));

describe('upstreamOf()', () => {
  it('sends the client\'s request with the appliance as Host, without hop-by-hop headers', async () => {
    const upstream = upstreamOf({ url: appliance.url, timeoutMs: 5000 });
    const answer = await upstream.send({
      method: 'PUT',
      path: '/api/transaction',
      headers: { host: '127.0.0.1:4010', cookie: 'session_id=a', connection: 'keep-alive', 'proxy-authorization': 'Basic eA==', 'transfer-encoding': 'chunked' },
      body: Buffer.from('{"status":"commit"}'),
    });
    let text = '';
    for await (const chunk of answer) text += String(chunk);
    const { headers, url } = JSON.parse(text) as { headers: Record<string, string>; url: string };
    expect(url).toBe('/api/transaction');
    expect(headers).toMatchObject({ host: new URL(appliance.url).host, cookie: 'session_id=a', 'content-length': '19' });
    expect(headers['proxy-authorization']).toBeUndefined();
    expect(headers['transfer-encoding']).toBeUndefined();
  });

  it.each([
    ['ftp://sps.example.net', 'the upstream must be an http:// or https:// URL, got "ftp://…"'],
    ['not a url', 'the upstream must be an http:// or https:// URL, got "not a url"'],
    ['https://admin:secret@sps.example.net', 'the upstream URL must not contain credentials; log in through the proxy instead'],
  ])('refuses the upstream %s', (url, message) => {
    expect(() => upstreamOf({ url, timeoutMs: 1000 })).toThrow(message);
  });

  it('refuses a CA file it cannot read', () => {
    expect(() => upstreamOf({ url: appliance.url, ca: '/nonexistent/ca.pem', timeoutMs: 1000 })).toThrow('cannot read the CA file /nonexistent/ca.pem');
  });
});

describe('upstreamFailure()', () => {
  it('is a 504 for silence and a 502 for anything else', () => {
    expect(upstreamFailure(new TimeoutError('no answer'), 30_000)).toEqual({ status: 504, message: 'the appliance sent nothing for 30 s' });
    expect(upstreamFailure(new Error('connect ECONNREFUSED 127.0.0.1:1'), 30_000)).toEqual({
      status: 502,
      message: 'the appliance could not be reached or broke off its answer: connect ECONNREFUSED 127.0.0.1:1',
    });
  });
});
