import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const preload = fileURLToPath(new URL('../src/prism-start.cjs', import.meta.url));
const prismCli = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
const prismHttp = createRequire(prismCli).resolve('@stoplight/prism-http');
const generator = prismHttp.replace(/index\.js$/, 'mocker/generator/JSONSchema.js');
const fromGenerator = createRequire(generator);

/** Runs `script` (CommonJS) in a fresh node with the preload and returns what it printed, parsed. */
function inPrismNode<T>(script: string): T {
  return JSON.parse(execFileSync(process.execPath, ['--require', preload, '-e', script], { encoding: 'utf8' })) as T;
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
