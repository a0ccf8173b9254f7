/**
 * @sps-openapi/client as a user meets it: installed with npm from its tarball, its README's examples
 * type-checked in an ESM TypeScript project (`tsc --strict --module nodenext`, @types/node) and one of
 * them run under plain Node.js against the packed mock (`npx sps-mock`); the README's CommonJS example
 * run with `require()`; CommonJS TypeScript with nodenext, and the documented error with node16.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCertificates } from '../../packages/client/test/support/certificates.js';
import { packageDir, type Prepared } from './support/packages.js';
import { freePort, preparedConsumer, runToEnd, start, stopAll, type Started } from './support/prepared.js';
import { browserConsumer, browserTsconfig, nodeConsumer, nodeTsconfig, tsc } from './support/typescript.js';

const readme = await readFile(join(packageDir('client'), 'README.md'), 'utf8');
/** The README's TypeScript examples, in order. */
const examples = [...readme.matchAll(/```ts(?: no-run)?\n([\s\S]*?)```/g)].map((match) => match[1]!);
/** The README's CommonJS example: the ```js block that `require()`s the client. */
const commonJsExample = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!).find((code) => code.includes("require('@sps-openapi/client')"));
const readmeMock = 'http://127.0.0.1:4010';

let prepared: Prepared;
let mock: Started;
let mockUrl: string;

beforeAll(async () => {
  prepared = await preparedConsumer();
  // The packed mock, as the README says to run it: `npx sps-mock --port <port>` in the project.
  mock = start('npx', ['sps-mock', '--port', String(await freePort())], { cwd: prepared.project });
  mockUrl = (await mock.waitFor(/listening on (http:\/\/\S+)/))[1]!;
}, 400_000);

afterAll(stopAll);

// Each test waits on its own child processes (tsc, node, the mock): all of them run at once.
describe.concurrent('the client installed with npm', () => {
  describe('an ESM TypeScript project', () => {
    let compiled: Promise<string>;
    const esm = () => join(prepared.project, 'esm');

    beforeAll(async () => {
      await mkdir(esm());
      const files = await Promise.all(
        examples.map(async (code, index) => {
          await writeFile(join(esm(), `example-${index + 1}.ts`), `${code}\nexport {};\n`);
          return `example-${index + 1}.ts`;
        }),
      );
      // As a user runs it: strict, nodenext, @types/node from the project; emitted so that Node.js can run it.
      compiled = tsc(esm(), ['--strict', '--module', 'nodenext', '--outDir', 'out', ...files]);
      compiled.catch(() => {}); // reported by the tests below
    });

    it('the README has TypeScript examples and a CommonJS one', () => {
      expect(examples.length).toBeGreaterThanOrEqual(10);
      expect(commonJsExample).toBeDefined();
    });

    it('type-checks every README example with `tsc --strict --module nodenext`', async () => {
      await expect(compiled).resolves.toBe('');
    }, 200_000);

    it("runs the README's first example under plain Node.js against `npx sps-mock`", async () => {
      await compiled;
      const script = join(esm(), 'out', 'example-1.js');
      const javascript = await readFile(script, 'utf8');
      expect(javascript).toContain(readmeMock);
      await writeFile(script, javascript.replaceAll(readmeMock, mockUrl));
      const { code, output } = await runToEnd(process.execPath, [script], { cwd: esm(), timeoutMs: 30_000 });
      // The DNS servers of the mock's example answer.
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
    const cjs = () => join(prepared.project, 'cjs');

    beforeAll(async () => {
      await mkdir(cjs());
      await writeFile(join(cjs(), 'package.json'), JSON.stringify({ name: 'cjs-consumer', private: true, type: 'commonjs' }));
    });

    it("runs the README's CommonJS example: require() loads the client on Node.js 20.19+", async () => {
      await writeFile(join(cjs(), 'index.js'), commonJsExample!.replaceAll(readmeMock, mockUrl));
      const { code, output } = await runToEnd(process.execPath, ['index.js'], { cwd: cjs(), timeoutMs: 30_000 });
      expect(output).toBe('7.4.0\n'); // firmware_version of the mock's /api/info, and no warning
      expect(code).toBe(0);
    });

    it('type-checks TypeScript that imports the client as CommonJS with nodenext; node16 stops with the documented TS1479', async () => {
      const source = `import { createSpsClient, unwrap } from '@sps-openapi/client';\n\nexport async function version(): Promise<string> {\n  const sps = createSpsClient({ baseUrl: 'sps.example.net' });\n  return (await unwrap(sps.GET('/api/info'))).body.firmware_version ?? 'unknown';\n}\n`;
      await writeFile(join(cjs(), 'version.ts'), source);
      await expect(tsc(cjs(), ['--strict', '--module', 'nodenext', '--noEmit', 'version.ts'])).resolves.toBe('');
      await expect(tsc(cjs(), ['--strict', '--module', 'node16', '--noEmit', 'version.ts'])).rejects.toThrow(/TS1479.*cannot be imported with 'require'/);
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
