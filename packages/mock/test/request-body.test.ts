import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxJsonDepth } from '../src/json-nesting.js';
import { readRequestBody, requestBodyLimit } from '../src/request-body.js';

let server: Server;
let url: string;

/** Echoes the body `readRequestBody` resolves with, or leaves the answer it gave. */
beforeAll(async () => {
  server = createServer((incoming, outgoing) => {
    void readRequestBody(incoming, outgoing).then((data) => {
      if (data) outgoing.writeHead(200, { 'content-type': 'application/octet-stream' }).end(data);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** `body` in ASCII only: its length is its size in bytes. */
const post = (body: string, contentType = 'application/json') => fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('readRequestBody()', () => {
  it('resolves with the whole body up to the limit', async () => {
    const body = 'a'.repeat(requestBodyLimit);
    const answer = await post(body, 'application/octet-stream');
    expect(answer.status).toBe(200);
    expect((await answer.text()) === body).toBe(true);
  });

  it('answers a body over the limit with 413 after reading it, and keeps serving', async () => {
    const answer = await post('a'.repeat(requestBodyLimit + 1), 'application/octet-stream');
    expect(answer.status).toBe(413);
    expect(await answer.json()).toEqual({ error: { code: 'request_entity_too_large', message: 'Body exceeded 10mb limit' } });
    expect((await post('{"a":1}')).status).toBe(200);
  });

  it('answers JSON nested deeper than the bound with 400; the same bytes as another media type pass', async () => {
    const deep = `${'['.repeat(maxJsonDepth + 1)}${']'.repeat(maxJsonDepth + 1)}`;
    const answer = await post(deep, 'application/json; charset=utf-8');
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({ error: { code: 'invalid_json', message: `JSON nested deeper than ${maxJsonDepth} levels` } });
    expect((await post(deep, 'text/plain')).status).toBe(200);
    const atTheBound = `${'['.repeat(maxJsonDepth)}${']'.repeat(maxJsonDepth)}`;
    expect(await (await post(atTheBound)).text()).toBe(atTheBound);
  });
});
