import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const preload = fileURLToPath(new URL('../src/english-faker.cjs', import.meta.url));
const prismHttp = createRequire(createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js')).resolve('@stoplight/prism-http');
const generator = prismHttp.replace(/index\.js$/, 'mocker/generator/JSONSchema.js');
const fromGenerator = createRequire(generator);

interface Faked {
  word?: string;
  error?: string;
  /** The faker locales loaded before the description asked for another one. */
  locales: string[];
  /** After `setLocale('de')`: whether faker's first names are its German ones, and a faked name is one of them. */
  german: [boolean, boolean];
}

/**
 * In a fresh node with the preload: loads Prism's data generator and fakes a word; then switches faker to
 * German as Prism does for `x-json-schema-faker: { locale: de }`, and fakes a first name.
 */
function fake(): Faked {
  const script = `
    const { generate } = require(${JSON.stringify(generator)});
    const word = generate({}, {}, { type: 'string', 'x-faker': 'lorem.word' });
    const locales = Object.keys(require.cache).filter((file) => /[\\\\/]@faker-js[\\\\/]faker[\\\\/]dist[\\\\/]cjs[\\\\/]locales[\\\\/][^\\\\/]+[\\\\/]index\\.js$/.test(file));
    const faker = require(${JSON.stringify(fromGenerator.resolve('json-schema-faker'))}).JSONSchemaFaker.locate('faker');
    faker.setLocale('de');
    const name = generate({}, {}, { type: 'string', 'x-faker': 'name.firstName' }).right;
    const germanNames = require(${JSON.stringify(fromGenerator.resolve('@faker-js/faker/locale/de'))}).definitions.name.first_name;
    const german = [JSON.stringify(faker.definitions.name.first_name) === JSON.stringify(germanNames), germanNames.includes(name)];
    console.log(JSON.stringify({
      word: word.right, error: word.left?.message, locales: locales.map((file) => file.split(/[\\\\/]/).at(-2)), german,
    }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--require', preload, '-e', script], { encoding: 'utf8' })) as Faked;
}

describe('english-faker.cjs, preloaded into Prism', () => {
  it("gives Prism's generator faker with its English locale only; faker fakes, in another locale too when asked", () => {
    const faked = fake();
    expect(faked.error).toBeUndefined();
    expect(faked.word).toMatch(/^[a-z]+$/);
    // Without the preload: all of faker's locales, some sixty.
    expect(faked.locales).toEqual(['en']);
    expect(faked.german).toEqual([true, true]);
  });
});
