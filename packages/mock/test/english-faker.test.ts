import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const preload = fileURLToPath(new URL('../src/english-faker.cjs', import.meta.url));
const prismHttp = createRequire(createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js')).resolve('@stoplight/prism-http');
const generator = prismHttp.replace(/index\.js$/, 'mocker/generator/JSONSchema.js');

/** Loads Prism's data generator in a fresh node with the preload, has it fake a word, and says what faker loaded. */
function generate() {
  const script = `
    const { generate } = require(${JSON.stringify(generator)});
    const word = generate({}, {}, { type: 'string', 'x-faker': 'lorem.word' });
    const locales = Object.keys(require.cache).filter((file) => /[\\\\/]@faker-js[\\\\/]faker[\\\\/]dist[\\\\/]cjs[\\\\/]locales[\\\\/][^\\\\/]+[\\\\/]index\\.js$/.test(file));
    console.log(JSON.stringify({ word: word.right, error: word.left?.message, locales: locales.map((file) => file.split(/[\\\\/]/).at(-2)) }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { word?: string; error?: string; locales: string[] };
}

describe('english-faker.cjs, preloaded into Prism', () => {
  it("gives Prism's generator faker with its English locale only, and faker still fakes", () => {
    const english = generate();
    expect(english.error).toBeUndefined();
    expect(english.word).toMatch(/^[a-z]+$/);
    // Without the preload: all of faker's locales, some sixty.
    expect(english.locales).toEqual(['en']);
  });
});
