/**
 * The client's modules form layers without import circles: generated types → types → errors →
 * transport → requests → helpers → client (see the README of the package).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url);
const modules = readdirSync(src).filter((file) => file.endsWith('.ts'));
const importsOf = (file: string) =>
  [...readFileSync(new URL(file, src), 'utf8').matchAll(/^(?:import|export)[^;]*? from '\.\/([\w-]+)\.js';/gm)].map((match) => `${match[1]}.ts`);

const layers = [
  ['types.ts'],
  ['errors.ts', 'base-url.ts', 'tls.ts', 'search-query.ts'],
  ['transport.ts'],
  ['requests.ts'],
  ['unwrap.ts', 'download.ts'],
  ['session.ts', 'transaction.ts', 'firmware.ts', 'upload.ts', 'hypermedia.ts', 'search.ts', 'audit-trail.ts', 'local-users.ts', 'support-bundle.ts'],
  ['client.ts'],
  ['index.ts'],
];
const layerOf = (file: string) => layers.findIndex((layer) => layer.includes(file));

describe('module layers', () => {
  it('every module has a layer', () => {
    expect(modules.filter((file) => layerOf(file) < 0)).toEqual([]);
  });

  it.each(modules)('%s imports only from lower layers', (file) => {
    const upward = importsOf(file).filter((imported) => layerOf(imported) >= layerOf(file) && imported !== file);
    expect(upward).toEqual([]);
  });

  it('the import pattern sees imports (the checks above can fail)', () => {
    expect(importsOf('client.ts')).toEqual(expect.arrayContaining(['transport.ts', 'requests.ts', 'session.ts']));
  });
});
