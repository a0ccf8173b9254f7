/** The measurements the two mock benchmarks share: start-up of the `sps-mock` command, and request latency. */
import { spawn } from 'node:child_process';
import { spsMockBin } from '../../../test/support/sps-mock-cli.js';

/** From spawning `sps-mock <args>` to the line with its URL, in ms. */
export function timeCliStart(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [spsMockBin, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    let ready: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (ready === undefined && /http:\/\/\S+/.test(out)) {
        ready = performance.now() - started;
        child.kill('SIGTERM');
      }
    });
    child.once('exit', (code) => (ready === undefined ? reject(new Error(`sps-mock exited (${code}) before printing its URL`)) : resolve(ready)));
  });
}

/** The latency of `requests` sequential requests, in ms, after 50 to warm up; a non-2XX answer fails. */
export async function latencies(send: () => Promise<Response>, requests: number): Promise<number[]> {
  for (let i = 0; i < 50; i++) await (await send()).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const response = await send();
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (!response.ok) throw new Error(`the mock answered ${response.status}`);
  }
  return times;
}
