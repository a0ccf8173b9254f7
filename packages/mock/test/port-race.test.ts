/**
 * Prism's port is chosen free, then released, then listened on by Prism: in between, another process (or
 * this one) may take it. Here `freePort` hands out chosen ports on purpose: the same port to everyone,
 * or first a port another server holds. Both happened in CI, where many mocks start at once. Prism
 * serves a two-operation description here (fixtures/small-spec): these tests are about its process.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMock, startProxy } from '../src/index.js';
import { portInUse } from './port-in-use.js';
import { smallSpec } from './small-spec.js';

const chosen = vi.hoisted(() => ({ ports: [] as number[], handedOut: [] as number[] }));
vi.mock('../src/port.js', async (original) => {
  const actual = await original<typeof import('../src/port.js')>();
  return {
    ...actual,
    async freePort(host: string) {
      const next = chosen.ports.shift() ?? (await actual.freePort(host));
      chosen.handedOut.push(next);
      return next;
    },
  };
});

const cookie = { Cookie: 'session_id=a1f71d030e657634730b9e887cb59a5e56162860' };
let free = 0;
beforeAll(async () => {
  const { freePort } = await vi.importActual<typeof import('../src/port.js')>('../src/port.js');
  free = await freePort('127.0.0.1');
});
beforeEach(() => {
  chosen.ports = [];
  chosen.handedOut = [];
});

describe('a port taken between choosing it and listening on it', () => {
  const blockedPort = portInUse();

  it('the front server keeps its port while Prism is handed the same free port (startMock, then startProxy)', async () => {
    chosen.ports = [free, free];
    const mock = await startMock({ spec: smallSpec });
    try {
      expect(new URL(mock.url).port).not.toBe(String(free));
      const response = await fetch(`${mock.url}/api/transaction`, { headers: cookie });
      expect(response.status).toBe(200);
      expect(chosen.handedOut).toEqual([free]); // only Prism's port is chosen this way
    } finally {
      await mock.stop();
    }
    chosen.ports = [free];
    const proxy = await startProxy({ upstream: 'http://127.0.0.1:9', spec: smallSpec });
    try {
      expect(new URL(proxy.url).port).not.toBe(String(free));
      expect(chosen.handedOut).toEqual([free, free]);
    } finally {
      await proxy.stop();
    }
  });

  it('Prism is started again on another port when its port was taken meanwhile', async () => {
    chosen.ports = [blockedPort()];
    const mock = await startMock({ spec: smallSpec });
    try {
      expect(chosen.handedOut).toHaveLength(2);
      expect(chosen.handedOut[0]).toBe(blockedPort());
      expect((await fetch(`${mock.url}/api/transaction`, { headers: cookie })).status).toBe(200);
    } finally {
      await mock.stop();
    }
  });

  it('gives up after three taken ports, with what Prism said', async () => {
    chosen.ports = [blockedPort(), blockedPort(), blockedPort()];
    await expect(startMock({ spec: smallSpec })).rejects.toThrow(/EADDRINUSE/);
    expect(chosen.handedOut).toEqual([blockedPort(), blockedPort(), blockedPort()]);
  });
});

