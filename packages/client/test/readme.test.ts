/**
 * The README's examples are real: every ```ts block type-checks against the client's sources, and the
 * runnable ones (all but ```ts no-run) run against the mock SPS.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { typeCheck } from '../../../test/support/type-check.js';

const clientDir = fileURLToPath(new URL('../', import.meta.url));
const readme = readFileSync(join(clientDir, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts( no-run)?\n([\s\S]*?)```/g)].map((match, index) => ({
  name: `example-${index + 1}`,
  section: [...readme.slice(0, match.index).matchAll(/^#+ (.+)$/gm)].at(-1)?.[1] ?? 'top',
  runnable: !match[1],
  code: match[2]!,
}));

const dir = mkdtempSync(join(tmpdir(), 'sps-client-readme-'));
const source = fileURLToPath(new URL('../src/index.js', import.meta.url));
const image = join(dir, 'sps-7.4.1.iso');
writeFileSync(image, new Uint8Array(4096).fill(1));

/** The example as a module of its own, importing the client from its sources. */
const asModule = (code: string) => `${code.replaceAll("'@sps-openapi/client'", JSON.stringify(source))}\nexport {};\n`;
const write = (name: string, code: string) => {
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, asModule(code));
  return file;
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README examples', () => {
  it('has examples, most of them runnable', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
    expect(blocks.filter((block) => block.runnable).length).toBeGreaterThanOrEqual(8);
  });

  it('all type-check (strict) against the client', () => {
    // The repository's compiler options (tsconfig.base.json: strict and more), as `tsc -p` would read them.
    const base = ts.readConfigFile(join(clientDir, '../../tsconfig.base.json'), ts.sys.readFile);
    const compilerOptions = { ...base.config.compilerOptions, noEmit: true, typeRoots: [join(clientDir, '../../node_modules/@types')] };
    const { options, errors } = ts.convertCompilerOptionsFromJson(compilerOptions, dir);
    expect([base.error, ...errors]).toEqual([undefined]);
    const problems = typeCheck(new Map(blocks.map((block) => [join(dir, `${block.name}.ts`), asModule(block.code)])), options, dir);
    if (problems.length) throw new Error(`README examples do not type-check:\n${problems.join('\n')}`);
  }, 60_000);

  it.each(blocks.filter((block) => block.runnable).map((block) => [block.name, block.section, block] as const))(
    '%s (%s) runs against the mock',
    async (name, _, block) => {
      const code = block.code
        .replaceAll('http://127.0.0.1:4010', inject('mockUrl'))
        .replaceAll("'sps-7.4.1.iso'", JSON.stringify(image))
        .replaceAll("'sps-support-bundle.tar.gz'", JSON.stringify(join(dir, 'sps-support-bundle.tar.gz')));
      const output: unknown[][] = [];
      const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void output.push(args));
      try {
        await import(pathToFileURL(write(`run-${name}`, code)).href);
      } finally {
        log.mockRestore();
      }
      expect(output.length).toBeGreaterThan(0);
    },
  );
});
