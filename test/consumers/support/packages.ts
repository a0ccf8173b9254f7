/**
 * The published packages as a user gets them: each packed once with `pnpm pack` (whose `prepack` builds
 * dist/ and which applies `publishConfig`), then installed from the tarballs with npm into a fresh folder
 * outside the workspace, where no workspace package, tsx or TypeScript can be found.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The packages that are published, by their folder under packages/. */
export const publishedPackages = ['spec', 'client', 'mock'] as const;
export type PublishedPackage = (typeof publishedPackages)[number];

export const packageDir = (name: PublishedPackage) => join(repoRoot, 'packages', name);

/** What the root devDependencies pin, so the consumer gets the same @types/node as the workspace. */
async function rootPin(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const version = manifest.devDependencies[name];
  if (!version) throw new Error(`the root package.json pins no ${name}`);
  return `${name}@${version}`;
}

export interface Prepared {
  /** The consumer project: package.json (`"type": "module"`) and node_modules installed by npm. */
  project: string;
  /** The tarball of each package. */
  tarballs: Record<PublishedPackage, string>;
  /** How long packing and installing took, in ms. */
  timings: { pack: number; install: number };
}

/** Runs a command to its end within `timeoutMs`; rejects with its output when it fails. */
export function run(command: string, args: string[], options: { cwd: string; timeoutMs: number; signal?: AbortSignal | undefined; env?: NodeJS.ProcessEnv }) {
  return new Promise<string>((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, timeout: options.timeoutMs, killSignal: 'SIGKILL', signal: options.signal, env: options.env, maxBuffer: 64 * 2 ** 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${command} ${args.join(' ')} failed in ${options.cwd} (${error.message.split('\n')[0]}):\n${stdout}${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

/** `pnpm pack` of the published packages into `destination`, in one pnpm run (each still runs its own `prepack`). */
export async function packAll(destination: string, signal?: AbortSignal): Promise<Record<PublishedPackage, string>> {
  await mkdir(destination, { recursive: true });
  const filters = publishedPackages.flatMap((name) => ['--filter', `@sps-openapi/${name}`]);
  await run('pnpm', ['--recursive', ...filters, 'pack', '--pack-destination', destination], { cwd: repoRoot, timeoutMs: 180_000, signal });
  const written = await readdir(destination);
  const tarballs = publishedPackages.map((name) => {
    const file = written.find((entry) => entry.startsWith(`sps-openapi-${name}-`) && entry.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack wrote no tarball for @sps-openapi/${name}`);
    return [name, join(destination, file)] as const;
  });
  return Object.fromEntries(tarballs) as Record<PublishedPackage, string>;
}

/**
 * `npm install` of the tarballs (and @types/node, as a TypeScript user adds it) into a new project in
 * `dir`. `--prefer-offline` takes what npm's cache has; no audit, no funding message, no install scripts
 * (none of the packages has one; the flag keeps a future one from reaching the network in a test).
 */
export async function installTarballs(dir: string, tarballs: Record<PublishedPackage, string>, signal?: AbortSignal): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'sps-consumer', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
  const args = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  await run('npm', [...args, ...publishedPackages.map((name) => tarballs[name]), await rootPin('@types/node')], {
    cwd: dir,
    timeoutMs: 300_000,
    signal,
    env: { ...withoutPackageManagerSettings(process.env), npm_config_update_notifier: 'false' },
  });
}

/** The environment without what `pnpm test` sets for its scripts (`npm_config_*`, `npm_package_*`, …): npm runs as a user's would. */
export function withoutPackageManagerSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^npm_/i.test(name)));
}

/** Packs the three packages and installs them into `<dir>/project`. */
export async function prepareConsumer(dir: string, signal?: AbortSignal): Promise<Prepared> {
  const started = performance.now();
  const tarballs = await packAll(join(dir, 'tarballs'), signal);
  const packed = performance.now();
  const project = join(dir, 'project');
  await installTarballs(project, tarballs, signal);
  return { project, tarballs, timings: { pack: packed - started, install: performance.now() - packed } };
}
