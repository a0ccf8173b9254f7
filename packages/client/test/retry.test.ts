import { createSpsClient, SpsNetworkError } from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { dropConnection, fail, fakeSpsPerTest, inSequence, ok } from './support/fake-sps.js';

const serve = fakeSpsPerTest();

const retry = { retries: 2, minDelayMs: 1, maxDelayMs: 5 };
const unavailable = fail(503, 'ServiceUnavailable');

describe('retries', () => {
  it.each([502, 503, 504])('retry a GET answered %i, then succeed', async (status) => {
    const server = await serve({ 'GET /api/info': inSequence(fail(status, 'Gateway'), ok({ key: 'about_info', body: {} })) });
    const { data } = await createSpsClient({ baseUrl: server.url, retry }).GET('/api/info');
    expect(data?.key).toBe('about_info');
    expect(server.requests).toHaveLength(2);
  });

  it('retry a GET after a dropped connection', async () => {
    const server = await serve({ 'GET /api/info': inSequence(dropConnection, dropConnection, ok({ key: 'about_info', body: {} })) });
    const { response } = await createSpsClient({ baseUrl: server.url, retry }).GET('/api/info');
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(3);
  });

  it('give up after `retries` and answer with the last response', async () => {
    const server = await serve({ 'GET /api/info': unavailable });
    const { response, error } = await createSpsClient({ baseUrl: server.url, retry }).GET('/api/info');
    expect(response.status).toBe(503);
    expect(error).toMatchObject({ error: { type: 'ServiceUnavailable' } });
    expect(server.requests).toHaveLength(3);
  });

  it('give up after `retries` network errors with an SpsNetworkError', async () => {
    const server = await serve({ 'GET /api/info': dropConnection });
    await expect(createSpsClient({ baseUrl: server.url, retry }).GET('/api/info')).rejects.toBeInstanceOf(SpsNetworkError);
    expect(server.requests).toHaveLength(3);
  });

  it('retry a configuration PUT with its body intact', async () => {
    const server = await serve({ 'PUT /api/configuration/management/soap': inSequence(unavailable, ok({ key: 'soap', body: {} })) });
    await createSpsClient({ baseUrl: server.url, retry }).PUT('/api/configuration/management/soap', { body: { enabled: false } });
    expect(server.requests.map((request) => request.json)).toEqual([{ enabled: false }, { enabled: false }]);
  });

  it('never retry a POST, on a 503 or on a dropped connection', async () => {
    const server = await serve({ 'POST /api/firmware/test': unavailable, 'POST /api/transaction': dropConnection });
    const client = createSpsClient({ baseUrl: server.url, retry });
    expect((await client.POST('/api/firmware/test', { body: { slot_id: 1 } })).response.status).toBe(503);
    await expect(client.openTransaction()).rejects.toBeInstanceOf(SpsNetworkError);
    expect(server.requests).toHaveLength(2);
  });

  it('never retry the commit (PUT /api/transaction), nor a DELETE', async () => {
    const server = await serve({ 'PUT /api/transaction': unavailable, 'DELETE /api/firmware/fetch/job-1': unavailable });
    const client = createSpsClient({ baseUrl: server.url, retry });
    await expect(client.commit('Rotate DNS')).rejects.toMatchObject({ status: 503 });
    await client.DELETE('/api/firmware/fetch/{key}', { params: { path: { key: 'job-1' } } });
    expect(server.requests).toHaveLength(2);
  });

  it('retry: false turns retries off, for the client or for one request', async () => {
    const server = await serve({ 'GET /api/info': unavailable });
    await createSpsClient({ baseUrl: server.url, retry: false }).GET('/api/info');
    await createSpsClient({ baseUrl: server.url, retry }).GET('/api/info', { retry: false });
    expect(server.requests).toHaveLength(2);
  });

  it('the timeout bounds the retries too', async () => {
    const server = await serve({ 'GET /api/info': unavailable });
    const client = createSpsClient({ baseUrl: server.url, timeoutMs: 100, retry: { retries: 50, minDelayMs: 40, maxDelayMs: 40 } });
    await expect(client.GET('/api/info')).rejects.toMatchObject({ name: 'SpsTimeoutError' });
    expect(server.requests.length).toBeLessThan(10);
  });
});
