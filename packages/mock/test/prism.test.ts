import { describe, expect, it } from 'vitest';
import { startPrism } from '../src/prism.js';
import { listeningAddresses } from './memory.js';
import { smallSpec } from './small-spec.js';

describe('startPrism()', () => {
  it('runs Prism on a free port of 127.0.0.1 only, without CORS headers of its own, and stops it', async () => {
    const prism = await startPrism({ args: ['mock', smallSpec] });
    try {
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
