/**
 * What a global setup prepares in the background for some test files (test/setup/consumers.ts,
 * test/setup/docs-site.ts) reaches them as files in a folder: each result under its own name, written
 * whole; `failed.txt` when preparing failed; `skipped.txt` when the run does not include those files.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const failedFile = 'failed.txt';
const skippedFile = 'skipped.txt';

/** Writes `name` whole (a part file, then renamed): a test waiting for it never reads half of it. */
export function publish(dir: string, name: string, text: string): void {
  writeFileSync(join(dir, `${name}.part`), text);
  renameSync(join(dir, `${name}.part`), join(dir, name));
}

export const publishFailure = (dir: string, error: unknown) => publish(dir, failedFile, error instanceof Error ? error.message : String(error));

/** The run does not include the files it prepares for: `reason` says which. */
export const publishSkipped = (dir: string, reason: string) => publish(dir, skippedFile, reason);

/**
 * Waits (at most `timeoutMs`) for `name` in `dir`: its text, or why the run skipped the preparation.
 * A failed preparation throws, as `<what> failed:` and its message.
 */
export async function published(dir: string, name: string, what: string, timeoutMs: number): Promise<{ text: string } | { skipped: string }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(join(dir, name))) return { text: readFileSync(join(dir, name), 'utf8') };
    if (existsSync(join(dir, failedFile))) throw new Error(`${what} failed:\n${readFileSync(join(dir, failedFile), 'utf8')}`);
    if (existsSync(join(dir, skippedFile))) return { skipped: readFileSync(join(dir, skippedFile), 'utf8') };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not finish (${name}) within ${timeoutMs / 1000} s`);
}
