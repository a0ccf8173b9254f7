/**
 * What the three tarballs contain: compiled JavaScript and declarations for every source, a README, a
 * LICENSE and a changelog, nothing else; manifests whose entry points exist and whose dependencies are all
 * on npm; and @arethetypeswrong/cli's verdict on the client and the mock.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageDir, publishedPackages, repoRoot, run, type Prepared, type PublishedPackage } from './support/packages.js';
import { preparedConsumer, runToEnd, stopAll } from './support/prepared.js';

let prepared: Prepared;
beforeAll(async () => {
  prepared = await preparedConsumer();
}, 330_000);
afterAll(stopAll);

interface Manifest {
  name: string;
  private?: boolean;
  exports?: Record<string, string | Record<string, string>>;
  bin?: Record<string, string>;
  engines?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

const tarballFiles = (name: PublishedPackage) =>
  execFileSync('tar', ['-tzf', prepared.tarballs[name]], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((file) => file.replace(/^package\//, ''))
    .sort();
const tarballText = (name: PublishedPackage, file: string) => execFileSync('tar', ['-xzOf', prepared.tarballs[name], `package/${file}`], { encoding: 'utf8' });
const manifestOf = (name: PublishedPackage) => JSON.parse(tarballText(name, 'package.json')) as Manifest;

/** What `tsc -p tsconfig.build.json` makes of each file under src/: `x.ts` → `dist/x.js` + `dist/x.d.ts`, `x.cjs` → `dist/x.cjs` + `dist/x.d.cts`, any other file copied. */
function compiledSources(name: PublishedPackage): string[] {
  const src = join(packageDir(name), 'src');
  return readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(src, join(entry.parentPath, entry.name)))
    .flatMap((file) => {
      const [, stem, extension] = /^(.*)\.([cm]?[jt]s)$/.exec(file) ?? [];
      if (stem === undefined || file.endsWith('.d.ts')) return [file];
      const [js, dts] = { ts: ['js', 'd.ts'], js: ['js', 'd.ts'], cjs: ['cjs', 'd.cts'], cts: ['cjs', 'd.cts'], mjs: ['mjs', 'd.mts'], mts: ['mjs', 'd.mts'] }[extension!]!;
      return [`${stem}.${js}`, `${stem}.${dts}`];
    })
    .map((file) => `dist/${file}`);
}

const documents = ['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json'];

describe('the tarballs', () => {
  it('@sps-openapi/spec ships the bundled description and its documents, nothing else', () => {
    expect(tarballFiles('spec')).toEqual([...documents, 'openapi.json', 'openapi.yaml'].sort());
  });

  it.each(['client', 'mock'] as const)('@sps-openapi/%s ships dist/ (JavaScript and .d.ts of every source) and its documents, nothing else', (name) => {
    const files = tarballFiles(name);
    const expected = [...documents, ...compiledSources(name)];
    expect(files).toEqual(expected.sort());
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
  });

  it.each(publishedPackages)('@sps-openapi/%s has the repository LICENSE and its own README', (name) => {
    expect(tarballText(name, 'LICENSE')).toBe(readFileSync(join(repoRoot, 'LICENSE'), 'utf8'));
    expect(tarballText(name, 'README.md')).toBe(readFileSync(join(packageDir(name), 'README.md'), 'utf8'));
  });

  // npm shows the README without the repository around it: `../docs/…` leads nowhere there.
  it.each(publishedPackages)("@sps-openapi/%s's README links only to web addresses, its own headings and files of the tarball", (name) => {
    const files = tarballFiles(name);
    const targets = [...tarballText(name, 'README.md').matchAll(/\]\(<?([^)\s>]+)>?(?:\s[^)]*)?\)/g)].map(([, target]) => target!);
    expect(targets.filter((target) => !/^(https?:|mailto:|#)/.test(target) && !files.includes(target.replace(/^\.\//, '').split('#')[0]!))).toEqual([]);
  });
});

describe('the manifests', () => {
  const privatePackages = readdirSync(join(repoRoot, 'packages')).filter(
    (folder) => (JSON.parse(readFileSync(join(repoRoot, 'packages', folder, 'package.json'), 'utf8')) as Manifest).private,
  );
  const rootDevDependencies = Object.keys(
    (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies,
  );

  it('the check knows the private packages and the root devDependencies it guards against', () => {
    expect(privatePackages).toEqual(expect.arrayContaining(['kit', 'docs']));
    expect(rootDevDependencies).toEqual(expect.arrayContaining(['tsx', 'typescript']));
  });

  it.each(publishedPackages)('@sps-openapi/%s depends at run time only on published packages, pinned, none a private or root development one', (name) => {
    const manifest = manifestOf(name);
    expect(manifest.private).toBeUndefined();
    expect(manifest.peerDependencies).toBeUndefined();
    expect(manifest.scripts ?? {}).toEqual({}); // nothing runs when it is installed
    const dependencies = Object.entries(manifest.dependencies ?? {});
    for (const [dependency, version] of dependencies) {
      expect(version, dependency).toMatch(/^\d+\.\d+\.\d+$/);
      expect(privatePackages.map((folder) => `@sps-openapi/${folder}`), dependency).not.toContain(dependency);
      const ours = publishedPackages.map((published) => `@sps-openapi/${published}`);
      if (!ours.includes(dependency)) expect(rootDevDependencies, dependency).not.toContain(dependency);
    }
  });

  it.each(publishedPackages)("@sps-openapi/%s: every file its exports and bin name is in the tarball", (name) => {
    const files = tarballFiles(name);
    const manifest = manifestOf(name);
    const targets = Object.values(manifest.exports ?? {}).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    for (const target of [...targets, ...Object.values(manifest.bin ?? {})]) expect(files, target).toContain(target.replace(/^\.\//, ''));
  });

  it("the mock pins the Prism packages the workspace tests with (pnpm-workspace.yaml's overrides), which npm would otherwise float", () => {
    // prism-cli asks for ^5.8.0 / ^5.12.0 of these; on Node.js 24 npm picks 5.15+, which hangs on malformed JSON.
    const { overrides } = parse(readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8')) as { overrides: Record<string, string> };
    const prism = Object.entries(overrides).filter(([name]) => name.startsWith('@stoplight/prism-'));
    expect(prism.length).toBeGreaterThanOrEqual(3);
    for (const [name, version] of prism) expect(manifestOf('mock').dependencies?.[name], name).toBe(version);
  });

  it("the mock's walker is an entry point of its own, compiled like the rest: @sps-openapi/mock/openapi", () => {
    expect(manifestOf('mock').exports?.['./openapi']).toEqual({ types: './dist/openapi/index.d.ts', default: './dist/openapi/index.js' });
  });

  it('the client and the mock are ESM for Node.js 20.19+, with declarations; the mock has the sps-mock command', () => {
    for (const name of ['client', 'mock'] as const) {
      const manifest = manifestOf(name);
      expect(manifest.engines).toEqual({ node: '>=20.19' });
      expect(manifest.exports?.['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    }
    const { bin } = manifestOf('mock');
    expect(bin).toEqual({ 'sps-mock': './dist/bin.js' });
    expect(tarballText('mock', 'dist/bin.js')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });
});

describe('@sps-openapi/spec under plain Node.js', () => {
  it('is imported as JSON and resolved as a file, as its README shows', async () => {
    const script = `
      import { createRequire } from 'node:module';
      import spec from '@sps-openapi/spec/openapi.json' with { type: 'json' };
      const require = createRequire(import.meta.url);
      console.log(JSON.stringify([spec.openapi, spec.info.version, require.resolve('@sps-openapi/spec/openapi.yaml')]));
    `;
    const { code, output } = await runToEnd(process.execPath, ['--input-type=module', '-e', script], { cwd: prepared.project, timeoutMs: 30_000 });
    expect(code, output).toBe(0);
    const { version } = JSON.parse(readFileSync(join(packageDir('spec'), 'package.json'), 'utf8')) as { version: string };
    expect(JSON.parse(output)).toEqual(['3.1.0', version, join(prepared.project, 'node_modules/@sps-openapi/spec/openapi.yaml')]);
  });
});

describe('@arethetypeswrong/cli', () => {
  const attw = join(dirname(createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json')), 'dist/index.js');

  it.concurrent.each(['client', 'mock'] as const)('finds no problem in @sps-openapi/%s (ESM-only profile)', async (name) => {
    const report = await run(process.execPath, [attw, prepared.tarballs[name], '--profile', 'esm-only', '--no-definitely-typed', '--format', 'json'], {
      cwd: repoRoot,
      timeoutMs: 120_000,
    });
    type Problem = { kind: string; entrypoint: string; resolutionKind?: string };
    const { analysis, problems } = JSON.parse(report) as { analysis: { types: { kind: string }; entrypoints: Record<string, unknown> }; problems: Record<string, Problem[]> };
    // The ESM-only profile ignores node10 and CommonJS resolution (a `require()` on Node.js 20.19+ works: client.test.ts).
    const ignored = ['node10', 'node16-cjs'];
    expect(Object.values(problems).flat().filter((problem) => !ignored.includes(problem.resolutionKind ?? ''))).toEqual([]);
    expect(analysis.types.kind).toBe('included');
    // Every entry point the package exports was analysed (the mock's `./openapi` too).
    expect(Object.keys(analysis.entrypoints).sort()).toEqual(Object.keys(manifestOf(name).exports ?? {}).sort());
    expect(Object.keys(analysis.entrypoints)).toContain('.');
  }, 120_000);
});
