import { describe, expect, it } from 'vitest';
import { startMock } from '../src/index.js';
import { portInUse } from './port-in-use.js';

const cookie = { Cookie: 'session_id=a1f71d030e657634730b9e887cb59a5e56162860' };
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('startMock()', () => {
  const blockedPort = portInUse();

  it('serves the SPS description on a free port and stops by its pid, leaving nothing behind', async () => {
    const mock = await startMock();
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${mock.url}/api/transaction`, { headers: { ...cookie, Prefer: 'example=open' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ key: 'transaction', body: { status: 'open' } });
    expect(isRunning(mock.pid)).toBe(true);

    await mock.stop();
    expect(isRunning(mock.pid)).toBe(false);
    await expect(fetch(mock.url)).rejects.toThrow();
    await mock.stop(); // a second stop is harmless
  });

  it('says so when the port is taken, before starting Prism', async () => {
    await expect(startMock({ port: blockedPort() })).rejects.toThrow(`port ${blockedPort()} on 127.0.0.1 is already in use`);
  });

  it.each([[-1], [65536], [1.5], [Number.NaN]])('refuses the port %s', async (port) => {
    await expect(startMock({ port })).rejects.toThrow('the port must be an integer from 0 to 65535');
  });

  it('says so when the host is not an address of this machine', async () => {
    await expect(startMock({ host: '192.0.2.1' })).rejects.toThrow('cannot listen on 192.0.2.1: it is not an address of this machine');
  });

  it('reports why Prism failed to start, with what Prism said', async () => {
    const error = await startMock({ spec: '/nonexistent/openapi.json' }).then(() => undefined, (reason: Error) => reason);
    expect(error?.message).toMatch(/^Prism exited/);
    expect(error?.message).toContain('/nonexistent/openapi.json');
  });

  it('passes Prism\'s warnings to log', async () => {
    const lines: string[] = [];
    const mock = await startMock({ log: (line) => lines.push(line) });
    try {
      await fetch(`${mock.url}/api/transaction`); // no cookie: a request violation Prism warns about
      await expect.poll(() => lines.join('\n')).toContain('Invalid security scheme used');
    } finally {
      await mock.stop();
    }
  });
});
