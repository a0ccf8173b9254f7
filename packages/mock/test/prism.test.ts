import { describe, expect, it, vi } from 'vitest';
import { startPrism } from '../src/prism.js';
import { listeningAddresses } from './memory.js';
import { smallSpec } from './small-spec.js';

describe('startPrism()', () => {
  it('runs Prism on a free port of 127.0.0.1 only, without CORS headers of its own, and stops it', async () => {
    const fetches = vi.spyOn(globalThis, 'fetch');
    const prism = await startPrism({ args: ['mock', smallSpec] });
    const requestsWhileStarting = fetches.mock.calls.length;
    fetches.mockRestore();
    try {
      // Waiting for it costs little CPU: no HTTP request before its port accepts connections (it took one
      // every 25 ms, ~0.6 ms of CPU each, while Prism spent seconds starting).
      expect(requestsWhileStarting).toBeLessThanOrEqual(2);
      expect(prism.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(listeningAddresses(prism.pid)).toEqual([new URL(prism.url).host]);
      const response = await fetch(`${prism.url}/api/info`, { headers: { Origin: 'https://evil.example' } });
      expect(response.status).toBe(200);
      expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    } finally {
      await prism.stop();
    }
    await prism.exited;
    expect(() => process.kill(prism.pid, 0)).toThrow(); // no such process any more
  });

  it('says what Prism said when it cannot start', async () => {
    await expect(startPrism({ args: ['mock', '/nonexistent/openapi.json'] })).rejects.toThrow(/^Prism exited \(\d+\) before it listened on http:\/\/127\.0\.0\.1:\d+\nPrism said:\n.*nonexistent/s);
  });
});
