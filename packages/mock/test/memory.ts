import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** The resident set size of process `pid` in bytes (Linux). */
export function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

/** The highest RSS of each of `pids`, sampled every 25 ms until `work` settles. */
export async function peakRss<T>(pids: number[], work: Promise<T>): Promise<{ result: T; peaks: number[] }> {
  const peaks = pids.map(rssOf);
  const timer = setInterval(() => pids.forEach((pid, i) => (peaks[i] = Math.max(peaks[i]!, rssOf(pid)))), 25);
  try {
    return { result: await work, peaks };
  } finally {
    clearInterval(timer);
  }
}

export const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** The local addresses (`127.0.0.1:40321`) of the TCP sockets that process `pid` listens on (Linux). */
export function listeningAddresses(pid: number): string[] {
  const inodes = new Set(
    readdirSync(`/proc/${pid}/fd`).flatMap((fd) => {
      try {
        return [/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1]].filter(Boolean);
      } catch {
        return [];
      }
    }),
  );
  return ['tcp', 'tcp6'].flatMap((table) =>
    readFileSync(`/proc/${pid}/net/${table}`, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === '0A' && inodes.has(fields[9]))
      .map((fields) => address(fields[1]!)),
  );
}

function address(hex: string): string {
  const [ip, port] = hex.split(':') as [string, string];
  const v4 = ip.length === 8 ? ip : ip.slice(24); // an IPv4(-mapped) address is the last 4 bytes
  const dotted = v4.match(/../g)!.map((byte) => parseInt(byte, 16)).reverse().join('.');
  const host = ip.length === 8 || ip.startsWith('0000000000000000FFFF0000') ? dotted : `[${ip}]`;
  return `${host}:${parseInt(port, 16)}`;
}
