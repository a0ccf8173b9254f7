/**
 * The published package, checked the way a user meets it: packed, installed outside the workspace,
 * type-checked from a Node.js and a browser consumer, imported and required, and checked by
 * @arethetypeswrong/cli.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCertificates } from './support/certificates.js';
import {
  browserConsumer,
  browserTsconfig,
  nodeConsumer,
  nodeTsconfig,
  packAndInstall,
  typeCheck,
  type Consumer,
} from './support/consumer.js';

let consumer: Consumer;

beforeAll(() => {
  consumer = packAndInstall();
}, 120_000);
afterAll(() => rmSync(consumer.dir, { recursive: true, force: true }));

describe('the packed package', () => {
  it('ships the compiled ESM and its declarations, not the sources or tests', () => {
    expect(consumer.files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts']));
    expect(consumer.files.filter((file) => !/^(dist\/.+\.(js|d\.ts)|package\.json|README\.md|LICENSE)$/.test(file))).toEqual([]);
    expect(consumer.manifest.exports).toEqual({
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './package.json': './package.json',
    });
  });

  it('type-checks a Node.js consumer (NodeNext, strict, library checks on)', () => {
    writeFileSync(join(consumer.dir, 'consumer.ts'), nodeConsumer);
    writeFileSync(join(consumer.dir, 'tsconfig.json'), JSON.stringify(nodeTsconfig));
    expect(typeCheck(consumer.dir, 'tsconfig.json')).toBe('');
  }, 60_000);

  it('type-checks a browser consumer without any Node.js types', () => {
    writeFileSync(join(consumer.dir, 'browser.ts'), browserConsumer);
    writeFileSync(join(consumer.dir, 'tsconfig.browser.json'), JSON.stringify(browserTsconfig));
    expect(typeCheck(consumer.dir, 'tsconfig.browser.json')).toBe('');
  }, 60_000);

  it('a wrong consumer does not type-check (the check above can fail)', () => {
    writeFileSync(join(consumer.dir, 'broken.ts'), `import { createSpsClient } from '@sps-openapi/client';\ncreateSpsClient({ baseUrl: 1 });\n`);
    writeFileSync(join(consumer.dir, 'tsconfig.broken.json'), JSON.stringify({ ...nodeTsconfig, files: ['broken.ts'] }));
    expect(() => typeCheck(consumer.dir, 'tsconfig.broken.json')).toThrow(/TS2322/);
  }, 60_000);

  it('runs: imported as ESM and required from CommonJS (Node.js ≥ 20.19), over HTTPS with its own CA', () => {
    const certs = makeTestCertificates();
    writeFileSync(join(consumer.dir, 'tls.json'), JSON.stringify(certs));
    const script = `
      import { readFileSync } from 'node:fs';
      import { createServer } from 'node:https';
      import { createRequire } from 'node:module';
      import * as esm from '@sps-openapi/client';
      const cjs = createRequire(import.meta.url)('@sps-openapi/client');
      const certs = JSON.parse(readFileSync('tls.json', 'utf8'));
      const server = createServer({ cert: certs.serverCert, key: certs.serverKey }, (request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ key: 'about_info', body: { cookie: request.headers.cookie ?? null } }));
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const sps = esm.createSpsClient({ baseUrl: 'https://127.0.0.1:' + server.address().port, sessionId: 'abc', ca: certs.ca });
      const info = await esm.unwrap(sps.GET('/api/info'));
      await sps.close();
      server.close();
      console.log(JSON.stringify({ same: cjs.createSpsClient === esm.createSpsClient, info, base: esm.normalizeBaseUrl('sps.example.net') }));
    `;
    writeFileSync(join(consumer.dir, 'run.mjs'), script);
    const output = execFileSync(process.execPath, ['--no-warnings', 'run.mjs'], { cwd: consumer.dir, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({
      same: true,
      info: { key: 'about_info', body: { cookie: 'session_id=abc' } },
      base: 'https://sps.example.net',
    });
  });

  it('passes @arethetypeswrong/cli (ESM-only profile)', () => {
    const attw = join(dirname(createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json')), 'dist/index.js');
    const run = () =>
      execFileSync(process.execPath, [attw, consumer.tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'json'], {
        encoding: 'utf8',
      });
    let report: string;
    try {
      report = run();
    } catch (error) {
      throw new Error(`attw found problems:\n${(error as { stdout?: string }).stdout ?? String(error)}`);
    }
    const { analysis } = JSON.parse(report) as { analysis: { types: { kind: string }; entrypoints: Record<string, unknown> } };
    expect(analysis.types.kind).toBe('included');
    expect(Object.keys(analysis.entrypoints)).toEqual(['.', './package.json']);
  }, 60_000);
});
