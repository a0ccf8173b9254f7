import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TempRepo {
  root: string;
  /** Writes the files (`null` deletes one), commits them all; resolves with the commit's hash. */
  commit(files: Record<string, string | null>, message?: string): Promise<string>;
  /** Writes files into the working tree without committing them. */
  write(files: Record<string, string>): Promise<void>;
  git(...args: string[]): Promise<string>;
  remove(): Promise<void>;
}

/** A new git repository in a temporary folder, isolated from the machine's git configuration. */
export async function tempRepo(): Promise<TempRepo> {
  const root = await mkdtemp(join(tmpdir(), 'sps-repo-'));
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const identity = ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false'];
  const git = async (...args: string[]) => (await run('git', [...identity, ...args], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 })).stdout;
  const write = async (files: Record<string, string | null>) => {
    for (const [path, content] of Object.entries(files)) {
      if (content === null) await rm(join(root, path), { force: true });
      else {
        await mkdir(dirname(join(root, path)), { recursive: true });
        await writeFile(join(root, path), content);
      }
    }
  };
  await git('init', '-q', '-b', 'main');
  return {
    root,
    git,
    write,
    async commit(files, message = 'change') {
      await write(files);
      await git('add', '-A');
      await git('commit', '-q', '--allow-empty', '-m', message);
      return (await git('rev-parse', 'HEAD')).trim();
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
