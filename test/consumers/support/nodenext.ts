/**
 * The consumer TypeScript that a user compiles with `tsc --strict --module nodenext`: the client README's
 * examples (esm/), the testing guide's workflow (workflow/) and TypeScript that imports the client from a
 * CommonJS package (cjs/). They share the compiler settings, so one tsc program type-checks and emits them
 * all, and checks the installed declarations once instead of once per file set; test/setup/consumers.ts
 * runs it after installing the packages. Each test reads the diagnostics of its own folder.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { codeBlocks, markdownSection } from '../../support/markdown.js';
import { packageDir, repoRoot } from './packages.js';
import { tscBin } from './typescript.js';

const readme = await readFile(join(packageDir('client'), 'README.md'), 'utf8');
/** The client README's TypeScript examples, in order. */
export const readmeExamples = codeBlocks(readme, 'ts(?: no-run)?');

const testingGuide = await readFile(join(repoRoot, 'packages/docs/guides/testing.md'), 'utf8');
/** The testing guide's "Test a whole workflow" section. */
export const workflowSection = markdownSection(testingGuide, 'Test a whole workflow');
/** Its TypeScript: the workflow against the in-process stateful mock. */
export const workflowTypeScript = codeBlocks(workflowSection, 'ts').find((code) => code.includes('stateful: true'));

const inYourProjectGuide = await readFile(join(repoRoot, 'packages/docs/guides/in-your-project.md'), 'utf8');
/** The "Use it in your project" guide's first script, `dns.ts`. */
export const guideScript = codeBlocks(inYourProjectGuide, 'ts').find((code) => code.includes('createSpsClient'));

/** TypeScript in a CommonJS package (`"type": "commonjs"`) that imports the ESM-only client. */
export const commonJsVersion = `import { createSpsClient, unwrap } from '@sps-openapi/client';

export async function version(): Promise<string> {
  const sps = createSpsClient({ baseUrl: 'sps.example.net' });
  return (await unwrap(sps.GET('/api/info'))).body.firmware_version ?? 'unknown';
}
`;

/** The folders of the program in the consumer project; tsc emits each to `out/<folder>/`. */
export const nodeNextFolders = { examples: 'esm', workflow: 'workflow', commonJs: 'cjs', guide: 'guide' } as const;
export type NodeNextFolder = (typeof nodeNextFolders)[keyof typeof nodeNextFolders];

/** What tsc printed (its diagnostics, one per line with continuation lines indented), and whether it succeeded. */
export interface NodeNextCompiled {
  ok: boolean;
  output: string;
  /** How tsc failed (its exit code or the signal that ended it), when it did. */
  failure?: string;
}

/** Writes the files into `project` and compiles them in one `tsc --strict --module nodenext` run, emitting to `out/`. */
export async function compileNodeNext(project: string, signal?: AbortSignal): Promise<NodeNextCompiled> {
  const { examples, workflow, commonJs, guide } = nodeNextFolders;
  if (!workflowTypeScript) throw new Error('the testing guide has no TypeScript in "Test a whole workflow"');
  if (!guideScript) throw new Error('the "Use it in your project" guide has no TypeScript with createSpsClient');
  const files: Record<string, string> = {
    ...Object.fromEntries(readmeExamples.map((code, index) => [`${examples}/example-${index + 1}.ts`, `${code}\nexport {};\n`])),
    [`${workflow}/workflow.ts`]: `${workflowTypeScript}\nexport {};\n`,
    [`${guide}/dns.ts`]: `${guideScript}\nexport {};\n`,
    [`${commonJs}/version.ts`]: commonJsVersion,
    [`${commonJs}/package.json`]: JSON.stringify({ name: 'cjs-consumer', private: true, type: 'commonjs' }),
  };
  for (const folder of Object.values(nodeNextFolders)) await mkdir(join(project, folder));
  await Promise.all(Object.entries(files).map(([file, text]) => writeFile(join(project, file), text)));
  const roots = Object.keys(files).filter((file) => file.endsWith('.ts'));
  // As a user runs it: strict, nodenext, @types/node from the project; emitted so that Node.js can run it.
  const args = [tscBin, '--strict', '--module', 'nodenext', '--rootDir', '.', '--outDir', 'out', ...roots];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: project, timeout: 180_000, killSignal: 'SIGKILL', signal, maxBuffer: 64 * 2 ** 20 }, (error, stdout, stderr) => {
      if (signal?.aborted) reject(new Error('the compilation was aborted'));
      else resolve({ ok: !error, output: `${stdout}${stderr}`, ...(error && { failure: `tsc exited with ${error.code ?? error.signal}` }) });
    });
  });
}

/**
 * The diagnostics that concern `folder`: those of its files, and every one that is of no folder of the
 * program (an option, an installed declaration file, a crash), as a tsc run on that folder alone would print.
 */
export function diagnosticsOf(compiled: NodeNextCompiled, folder: NodeNextFolder): string {
  const diagnostics = compiled.output.split(/\n(?=\S)/).map((text) => text.trimEnd()).filter((text) => text !== '');
  const ownFolder = (text: string) => Object.values(nodeNextFolders).find((name) => text.startsWith(`${name}/`));
  const concerning = diagnostics.filter((text) => [folder, undefined].includes(ownFolder(text)));
  if (!compiled.ok && diagnostics.length === 0) return `tsc failed without a diagnostic: ${compiled.failure}`;
  return concerning.join('\n');
}
