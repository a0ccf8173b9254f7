/** The measurements the two mock benchmarks share: start-up of the `sps-mock` command, and request latency. */
import { spawn } from 'node:child_process';
import { Agent, request, type OutgoingHttpHeaders } from 'node:http';
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

/** Sends one request; resolves with the answer's status once its body is read. */
export type Send = () => Promise<number>;

/** A request made with `fetch`, as a `Send`. */
export const viaFetch =
  (send: () => Promise<Response>): Send =>
  async () => {
    const response = await send();
    await response.arrayBuffer();
    return response.status;
  };

/**
 * Requests to `origin` over one node:http connection kept open: a client that adds less of its own to a
 * latency than `fetch`, whose allocations (some 100 kB a request) bring garbage collections of several
 * milliseconds into the server's p99 when both share a process.
 */
export function nodeHttpClient(origin: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port } = new URL(origin);
  return {
    send: (method: string, path: string, headers: OutgoingHttpHeaders = {}, body?: () => string): Send => () =>
      new Promise((resolve, reject) => {
        const data = body?.();
        const outgoing = request({ hostname, port, path, method, agent, headers: { ...headers, ...(data !== undefined && { 'Content-Length': Buffer.byteLength(data) }) } }, (answer) => {
          answer.resume();
          answer.once('end', () => resolve(answer.statusCode ?? 0));
          answer.once('error', reject);
        });
        outgoing.once('error', reject);
        outgoing.end(data);
      }),
    close: () => agent.destroy(),
  };
}

/** The latency of `requests` sequential requests, in ms, after 50 to warm up; a non-2XX answer fails. */
export async function latencies(send: Send, requests: number): Promise<number[]> {
  const [times] = await latenciesSideBySide([send], requests);
  return times;
}

/**
 * The latencies of several servers compared with each other: their requests take turns, one each, so
 * that a drift of the machine or of the client's own warm-up weighs on all of them alike; 50 each to warm up.
 */
export async function latenciesSideBySide<Sends extends Send[]>(sends: [...Sends], requests: number): Promise<{ [K in keyof Sends]: number[] }> {
  for (let i = 0; i < 50; i++) for (const send of sends) await send();
  const times = sends.map((): number[] => []) as { [K in keyof Sends]: number[] };
  for (let i = 0; i < requests; i++) {
    for (const [index, send] of sends.entries()) {
      const started = performance.now();
      const status = await send();
      times[index]!.push(performance.now() - started);
      if (status < 200 || status > 299) throw new Error(`the mock answered ${status}`);
    }
  }
  return times;
}
