/**
 * TypeScript as a consumer project runs it: the workspace's pinned compiler (the version a user would
 * `npm install -D`), on files in the consumer project, resolving `@sps-openapi/*` and `@types/node` from
 * that project's node_modules. Also the consumer sources the tests and `pnpm bench client` check.
 */
import { createRequire } from 'node:module';
import { run } from './packages.js';

export const tscBin = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Runs tsc in `cwd` with `args`; resolves with its output, rejects with it (and the TS codes) when it fails. */
export function tsc(cwd: string, args: string[]): Promise<string> {
  return run(process.execPath, [tscBin, ...args], { cwd, timeoutMs: 180_000 });
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
