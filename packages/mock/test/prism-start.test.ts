import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundlePath } from '../src/openapi/bundle.js';

const preload = fileURLToPath(new URL('../src/prism-start.cjs', import.meta.url));
const prismCli = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
const prismHttp = createRequire(prismCli).resolve('@stoplight/prism-http');
const generator = prismHttp.replace(/index\.js$/, 'mocker/generator/JSONSchema.js');
const fromGenerator = createRequire(generator);

/** Runs `script` (CommonJS) in a fresh node with the preload (or without) and returns what it printed, parsed. */
function inPrismNode<T>(script: string, preloaded = true): T {
  const args = preloaded ? ['--require', preload, '-e', script] : ['-e', script];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 })) as T;
}

describe("Prism's data generator", () => {
  it('gets faker with its English locale only; faker fakes, in another locale too when a description asks', () => {
    // Fakes a word; then switches faker to German as Prism does for `x-json-schema-faker: { locale: de }`.
    const faked = inPrismNode<{ word?: string; error?: string; locales: string[]; german: [boolean, boolean] }>(`
      const { generate } = require(${JSON.stringify(generator)});
      const word = generate({}, {}, { type: 'string', 'x-faker': 'lorem.word' });
      const locales = Object.keys(require.cache).filter((file) => /[\\\\/]@faker-js[\\\\/]faker[\\\\/]dist[\\\\/]cjs[\\\\/]locales[\\\\/][^\\\\/]+[\\\\/]index\\.js$/.test(file));
      const faker = require(${JSON.stringify(fromGenerator.resolve('json-schema-faker'))}).JSONSchemaFaker.locate('faker');
      faker.setLocale('de');
      const name = generate({}, {}, { type: 'string', 'x-faker': 'name.firstName' }).right;
      const germanNames = require(${JSON.stringify(fromGenerator.resolve('@faker-js/faker/locale/de'))}).definitions.name.first_name;
      console.log(JSON.stringify({
        word: word.right, error: word.left?.message, locales: locales.map((file) => file.split(/[\\\\/]/).at(-2)),
        german: [JSON.stringify(faker.definitions.name.first_name) === JSON.stringify(germanNames), germanNames.includes(name)],
      }));
    `);
    expect(faked.error).toBeUndefined();
    expect(faked.word).toMatch(/^[a-z]+$/);
    // Without the preload: all of faker's locales, some sixty.
    expect(faked.locales).toEqual(['en']);
    // Faker's first names are its German ones, and the faked name is one of them.
    expect(faked.german).toEqual([true, true]);
  });
});

describe("Prism's x-json-schema-faker options", () => {
  const dir = mkdtempSync(join(tmpdir(), 'sps-prism-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Has Prism's CLI read the options of a description (file → its JSON); returns json-schema-faker's maxItems then. */
  const maxItemsAfterReading = (files: Record<string, unknown>) => {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(content));
    const cli = prismCli.replace(/index\.js$/, '');
    return inPrismNode<number>(`
      require(${JSON.stringify(`${cli}util/createServer.js`)});
      const { configureExtensionsUserProvided } = require(${JSON.stringify(`${cli}extensions.js`)});
      const { JSONSchemaFaker } = require(require('node:module').createRequire(${JSON.stringify(cli)}).resolve('json-schema-faker'));
      configureExtensionsUserProvided(${JSON.stringify(join(dir, 'openapi.json'))}, { fillProperties: undefined })
        .then(() => console.log(JSON.stringify(JSONSchemaFaker.option('maxItems'))));
    `);
  };
  const description = (options: unknown, paths: unknown = {}) => ({ openapi: '3.1.0', info: { title: 't', version: '1' }, 'x-json-schema-faker': options, paths });

  it('are read from the description without resolving the rest of it (Prism has resolved it already)', () => {
    // The broken reference would make resolving the whole description fail.
    expect(maxItemsAfterReading({ 'openapi.json': description({ 'max-items': 3 }, { '/x': { $ref: './missing.json' } }) })).toBe(3);
  });

  it('are resolved when they are a $ref', () => {
    expect(maxItemsAfterReading({ 'openapi.json': description({ $ref: './faker-options.json' }), 'faker-options.json': { 'max-items': 4 } })).toBe(4);
  });
});

describe("Prism's reading of the description", () => {
  const operationsModule = prismHttp.replace(/index\.js$/, 'utils/operations.js');
  /** The operations Prism reads from `spec`, as JSON, and whether its Postman support was loaded for it. */
  const readOperations = (spec: string | object, preloaded: boolean) =>
    inPrismNode<{ operations: string; postman: boolean }>(
      `
      require(${JSON.stringify(operationsModule)}).getHttpOperationsFromSpec(${JSON.stringify(spec)}).then((operations) => console.log(JSON.stringify({
        operations: JSON.stringify(operations),
        postman: Object.keys(require.cache).some((file) => /[\\\\/]postman-collection[\\\\/]/.test(file)),
      })));
    `,
      preloaded,
    );

  it('reads the same operations from the SPS description as without the preload, without loading its Postman support', () => {
    const [plain, preloaded] = [readOperations(bundlePath, false), readOperations(bundlePath, true)];
    expect(plain.postman).toBe(true);
    expect(preloaded.postman).toBe(false);
    expect(preloaded.operations.length).toBeGreaterThan(100_000);
    expect(preloaded.operations === plain.operations).toBe(true); // not toEqual: a diff of megabytes helps no one
  });

  it('still reads a Postman collection', () => {
    const collection = { info: { name: 'c', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [{ name: 'info', request: { method: 'GET', url: 'https://sps.example/api/info' } }] };
    const read = readOperations(collection, true);
    expect(read.postman).toBe(true);
    expect(JSON.parse(read.operations)).toMatchObject([{ method: 'get', path: '/api/info' }]);
  });

  it('turns cycles into $refs to their first place exactly as @stoplight/json does, with and without a replacer', () => {
    const json = createRequire(operationsModule).resolve('@stoplight/json');
    const compared = inPrismNode<{ same: boolean[]; decycled: string }>(`
      const json = require(${JSON.stringify(json)});
      const { decycleWith } = require(${JSON.stringify(preload)});
      const decycle = decycleWith(json);
      const doc = { a: { b: [1, { c: null }, [ , 2]] }, 'x/y~z %': { n: null } };
      doc.a.b[1].c = doc.a;
      doc['x/y~z %'].self = doc['x/y~z %'];
      doc.shared = [doc.a.b, doc.a.b];
      doc.a.b.push(doc);
      const replacer = (node) => (typeof node === 'number' ? node + 1 : node && node.n === null ? { n: 'replaced' } : node);
      const pairs = [[json.decycle(doc), decycle(doc)], [json.decycle(doc, replacer), decycle(doc, replacer)]];
      console.log(JSON.stringify({ same: pairs.map(([a, b]) => JSON.stringify(a) === JSON.stringify(b)), decycled: JSON.stringify(pairs[0][1]) }));
    `);
    expect(compared.same).toEqual([true, true]);
    expect(compared.decycled).toContain('{"$ref":"#/a"}');
    expect(compared.decycled).toContain('{"$ref":"#/x~1y~0z%20%25"}');
    expect(compared.decycled).toContain('{"$ref":"#"}');
  });
});

describe("Prism's HTTP Basic check", () => {
  const handlers = prismHttp.replace(/index\.js$/, 'validator/validators/security/handlers/index.js');
  /** Whether Prism's security handlers take each Authorization header (`undefined`: none sent) for HTTP Basic. */
  const accepted = (authorizations: (string | undefined)[], preloaded = true) =>
    inPrismNode<boolean[]>(
      `
      const basic = require(${JSON.stringify(handlers)}).findSecurityHandler({ type: 'http', scheme: 'basic' }).right;
      const authorizations = ${JSON.stringify(authorizations.map((authorization) => authorization ?? null))};
      console.log(JSON.stringify(authorizations.map((authorization) => basic({ headers: authorization === null ? {} : { authorization } })._tag === 'Right')));
    `,
      preloaded,
    );
  const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString('base64')}`;

  it('takes a password with colons (RFC 7617: the user-id ends at the first colon), as it takes one without; still refuses no header, a token without a colon, an empty token and another scheme', () => {
    const taken = [basic('admin:pa:ss'), basic('admin:s:e:c:r:e:t'), basic('admin::'), basic('admin:secret')];
    const refused = [undefined, basic('adminsecret'), 'Basic ', `Bearer ${Buffer.from('admin:pa:ss').toString('base64')}`];
    expect(accepted([...taken, ...refused])).toEqual([...taken.map(() => true), ...refused.map(() => false)]);
    // Without the preload Prism wants exactly one colon.
    expect(accepted([basic('admin:pa:ss'), basic('admin:secret')], false)).toEqual([false, true]);
  });
});
