import { execFile } from 'node:child_process';

/** Runs git in `cwd`; resolves with its stdout, or `undefined` when git exits with an error. */
export function git(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error && typeof error.code !== 'number') reject(error); // git itself could not run
      else resolve(error ? undefined : stdout);
    });
  });
}
