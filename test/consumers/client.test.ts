/**
 * @sps-openapi/client as a user meets it: installed with npm from its tarball, its README's examples
 * type-checked in an ESM TypeScript project (`tsc --strict --module nodenext`, @types/node) and one of
 * them run under plain Node.js against the packed mock (`npx sps-mock`); the README's CommonJS example
 * run with `require()`; CommonJS TypeScript with nodenext, and the documented error with node16. The
 * nodenext compilations are one tsc program, run by the preparation (support/nodenext.ts).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCertificates } from '../../packages/client/test/support/certificates.js';
import { packageDir, type Prepared } from './support/packages.js';
import { diagnosticsOf, nodeNextFolders, readmeExamples as examples, type NodeNextCompiled } from './support/nodenext.js';
import { compiledConsumer, freePort, preparedConsumer, runToEnd, start, stopAll, type Started } from './support/prepared.js';
import { browserConsumer, browserTsconfig, nodeConsumer, nodeTsconfig, tsc } from './support/typescript.js';

const readme = await readFile(join(packageDir('client'), 'README.md'), 'utf8');
/** The README's CommonJS example: the ```js block that `require()`s the client. */
const commonJsExample = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!).find((code) => code.includes("require('@sps-openapi/client')"));
const readmeMock = 'http://127.0.0.1:4010';

let prepared: Prepared;
let compiled: NodeNextCompiled;
let mock: Started;
let mockUrl: string;

beforeAll(async () => {
  prepared = await preparedConsumer();
  // The packed mock, as the README says to run it: `npx sps-mock --port <port>` in the project.
  mock = start('npx', ['sps-mock', '--port', String(await freePort())], { cwd: prepared.project });
  [mockUrl, compiled] = await Promise.all([mock.waitFor(/listening on (http:\/\/\S+)/).then((match) => match[1]!), compiledConsumer()]);
}, 540_000);

afterAll(stopAll);

// Each test waits on its own child processes (tsc, node, the mock): all of them run at once.
describe.concurrent('the client installed with npm', () => {
  describe('an ESM TypeScript project', () => {
    const esm = () => join(prepared.project, nodeNextFolders.examples);

    it('the README has TypeScript examples and a CommonJS one', () => {
      expect(examples.length).toBeGreaterThanOrEqual(10);
      expect(commonJsExample).toBeDefined();
    });

    it('type-checks every README example with `tsc --strict --module nodenext`', () => {
      expect(diagnosticsOf(compiled, nodeNextFolders.examples)).toBe('');
    });

    it("runs the README's first example under plain Node.js against `npx sps-mock`", async () => {
      expect(diagnosticsOf(compiled, nodeNextFolders.examples), 'the README examples compile').toBe('');
      const script = join(prepared.project, 'out', nodeNextFolders.examples, 'example-1.js');
      const javascript = await readFile(script, 'utf8');
      expect(javascript).toContain(readmeMock);
      await writeFile(script, javascript.replaceAll(readmeMock, mockUrl));
      const { code, output } = await runToEnd(process.execPath, [script], { cwd: esm(), timeoutMs: 30_000 });
      // The DNS servers of the mock's example answer.
      expect(output).toMatch(/^\S+ \S+\n$/);
      expect(code).toBe(0);
    }, 200_000);

    it("runs the \"Use it in your project\" guide's dns.ts against `npx sps-mock` as the guide says: SPS_URL and a password, no CA file", async () => {
      expect(diagnosticsOf(compiled, nodeNextFolders.guide), 'the guide script compiles').toBe('');
      const folder = join(prepared.project, 'out', nodeNextFolders.guide);
      const env: NodeJS.ProcessEnv = { ...process.env, SPS_URL: mockUrl, SPS_PASSWORD: 'any' };
      delete env.SPS_CA;
      const { code, output } = await runToEnd(process.execPath, [join(folder, 'dns.js')], { cwd: folder, env, timeoutMs: 30_000 });
      expect(output).toMatch(/^\S+ \S+\n$/);
      expect(code).toBe(0);
    }, 200_000);

    it('type-checks a Node.js consumer with exactOptionalPropertyTypes and library checks on (its @ts-expect-error lines prove the types are real)', async () => {
      await mkdir(join(prepared.project, 'strict'));
      await writeFile(join(prepared.project, 'strict', 'consumer.ts'), nodeConsumer);
      await writeFile(join(prepared.project, 'strict', 'tsconfig.json'), JSON.stringify(nodeTsconfig));
      await expect(tsc(join(prepared.project, 'strict'), ['-p', 'tsconfig.json'])).resolves.toBe('');
    }, 200_000);

    it('type-checks a browser consumer without any Node.js types', async () => {
      await mkdir(join(prepared.project, 'browser'));
      await writeFile(join(prepared.project, 'browser', 'browser.ts'), browserConsumer);
      await writeFile(join(prepared.project, 'browser', 'tsconfig.json'), JSON.stringify(browserTsconfig));
      await expect(tsc(join(prepared.project, 'browser'), ['-p', 'tsconfig.json'])).resolves.toBe('');
    }, 200_000);
  });

  describe('a CommonJS project', () => {
    // Its package.json (`"type": "commonjs"`) and version.ts: support/nodenext.ts.
    const cjs = () => join(prepared.project, nodeNextFolders.commonJs);

    it("runs the README's CommonJS example: require() loads the client on Node.js 20.19+", async () => {
      await writeFile(join(cjs(), 'index.js'), commonJsExample!.replaceAll(readmeMock, mockUrl));
      const { code, output } = await runToEnd(process.execPath, ['index.js'], { cwd: cjs(), timeoutMs: 30_000 });
      expect(output).toBe('7.4.0\n'); // firmware_version of the mock's /api/info, and no warning
      expect(code).toBe(0);
    });

    it('type-checks TypeScript that imports the client as CommonJS with nodenext; node16 stops with the documented TS1479', async () => {
      expect(diagnosticsOf(compiled, nodeNextFolders.commonJs)).toBe('');
      // node16 fails on the import itself: the installed declarations are checked by the nodenext program.
      await expect(tsc(cjs(), ['--strict', '--module', 'node16', '--noEmit', '--skipLibCheck', 'version.ts'])).rejects.toThrow(/TS1479.*cannot be imported with 'require'/);
    }, 200_000);

    it('imports and requires the same module, over HTTPS with its own CA', async () => {
      const certs = makeTestCertificates();
      await writeFile(join(prepared.project, 'tls.json'), JSON.stringify(certs));
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
      await writeFile(join(prepared.project, 'tls.mjs'), script);
      const { code, output } = await runToEnd(process.execPath, ['tls.mjs'], { cwd: prepared.project, timeoutMs: 30_000 });
      expect(code, output).toBe(0);
      expect(JSON.parse(output)).toEqual({
        same: true,
        info: { key: 'about_info', body: { cookie: 'session_id=abc' } },
        base: 'https://sps.example.net',
      });
    });
  });
});
