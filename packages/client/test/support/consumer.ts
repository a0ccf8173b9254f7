/**
 * The published package as a consumer gets it: `pnpm pack` (which builds dist/), the tarball unpacked
 * into a fresh directory outside the workspace, and its dependencies linked from the workspace's store,
 * as `npm install` would place them (offline: nothing is downloaded).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const clientDir = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
export const tscBin = require.resolve('typescript/bin/tsc');

export interface Consumer {
  /** A fresh directory outside the workspace, with node_modules/@sps-openapi/client from the tarball. */
  dir: string;
  tarball: string;
  /** package.json of the tarball. */
  manifest: { exports: unknown; dependencies: Record<string, string>; files?: string[] };
  /** Files in the tarball, relative to its root. */
  files: string[];
}

export function packAndInstall(): Consumer {
  const dir = mkdtempSync(join(tmpdir(), 'sps-client-consumer-'));
  const packDir = join(dir, 'pack');
  mkdirSync(packDir);
  execFileSync('pnpm', ['pack', '--pack-destination', packDir], { cwd: clientDir, stdio: 'pipe' });
  const tarball = join(packDir, readdirSync(packDir).find((file) => file.endsWith('.tgz'))!);

  const installed = join(dir, 'node_modules', '@sps-openapi', 'client');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((file) => file.replace(/^package\//, ''));
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Consumer['manifest'];

  // The runtime dependencies (and @types/node for the consumer's own code), from the workspace store.
  const link = (name: string, from: string) => {
    const target = realpathSync(dirname(createRequire(join(from, 'package.json')).resolve(`${name}/package.json`)));
    mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
    symlinkSync(target, join(dir, 'node_modules', name), 'dir');
    return JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as { version: string };
  };
  for (const [name, range] of Object.entries(manifest.dependencies)) {
    const { version } = link(name, clientDir);
    if (version !== range) throw new Error(`the workspace has ${name}@${version}, the package pins ${range}`);
  }
  link('@types/node', join(clientDir, '../..'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  return { dir, tarball, manifest, files };
}

/** Runs tsc on a project of the consumer; returns its output (throws with it on errors). */
export function typeCheck(consumerDir: string, tsconfig: string): string {
  try {
    return execFileSync(process.execPath, [tscBin, '-p', join(consumerDir, tsconfig)], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`tsc -p ${tsconfig} failed in the consumer:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

/** A Node.js consumer file that uses the package's types the way the README does. */
export const nodeConsumer = `
import { createSpsClient, isConfigLocked, unwrap, type components, type SpsClient } from '@sps-openapi/client';

const sps: SpsClient = createSpsClient({ baseUrl: 'sps.example.net', ca: '-----BEGIN CERTIFICATE-----', timeoutMs: 10_000 });
const dns: components['schemas']['DnsSettingsUpdate'] = { primary: '192.0.2.53', secondary: null };

export async function rotateDns(): Promise<string> {
  await sps.login({ username: 'admin', password: 'from-a-vault' });
  try {
    return await sps.withTransaction(async (tx) => {
      const answer = await unwrap(tx.PUT('/api/configuration/network/dns', { body: dns }));
      const slots = await tx.listSlots();
      return String(answer.key) + String(slots.items?.length);
    }, { message: 'Rotate DNS' });
  } catch (error) {
    if (isConfigLocked(error)) return error.type ?? 'locked';
    throw error;
  }
}

// Proves the types are real (not \`any\`): these lines must not compile.
// @ts-expect-error -- no such path
void sps.GET('/api/nope');
// @ts-expect-error -- wrong body
void sps.PUT('/api/transaction', { body: { status: 'rollback' } });
`;

export const nodeTsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2023'],
    types: ['node'],
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck: false,
  },
  files: ['consumer.ts'],
};

/** A browser-bundler consumer: no Node.js types at all, so the declarations must not need them. */
export const browserConsumer = `
import { createSpsClient, type SpsClient } from '@sps-openapi/client';

export const sps: SpsClient = createSpsClient({ baseUrl: location.origin, credentials: 'include', xToken: 'token' });
export const slots = sps.listSlots().then((list) => list.items?.map((slot) => slot.body?.version));
`;

export const browserTsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
  },
  files: ['browser.ts'],
};
