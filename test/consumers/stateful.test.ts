/**
 * The testing guide's "Test a whole workflow", run where a user runs it: in a project where npm installed
 * the packed client and mock. Its TypeScript (two sessions, a transaction, the lock, the commit read back)
 * compiled with `tsc --strict --module nodenext` (by the preparation, in one program with the client's:
 * support/nodenext.ts) and run under plain Node.js with the in-process stateful mock; its curl workflow
 * run in bash against `npx sps-mock --stateful`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeBlocks } from '../support/markdown.js';
import { diagnosticsOf, nodeNextFolders, workflowSection, workflowTypeScript as typescript, type NodeNextCompiled } from './support/nodenext.js';
import { type Prepared } from './support/packages.js';
import { compiledConsumer, freePort, preparedConsumer, runToEnd, start, stopAll } from './support/prepared.js';

const block = (language: string, including: string) => codeBlocks(workflowSection, language).find((code) => code.includes(including));
const command = block('sh', 'sps-mock --stateful');
const curl = block('sh', 'curl');

let prepared: Prepared;
let compiled: NodeNextCompiled;
beforeAll(async () => {
  [prepared, compiled] = await Promise.all([preparedConsumer(), compiledConsumer()]);
}, 500_000);
afterAll(stopAll);

describe.concurrent('"Test a whole workflow" with the packed packages', () => {
  it('the guide has the section, its command, its curl workflow and its TypeScript', () => {
    expect(command).toMatch(/--users admin:secret,colleague:secret2/);
    expect(curl).toContain('mock=http://127.0.0.1:4011');
    expect(typescript).toContain('colleague.openTransaction()');
  });

  it('its TypeScript type-checks with `tsc --strict --module nodenext` and runs under plain Node.js', async () => {
    const folder = join(prepared.project, nodeNextFolders.workflow);
    expect(diagnosticsOf(compiled, nodeNextFolders.workflow)).toBe('');
    const { code, output } = await runToEnd(process.execPath, [join(prepared.project, 'out', nodeNextFolders.workflow, 'workflow.js')], { cwd: folder, timeoutMs: 30_000 });
    expect(code, output).toBe(0);
  }, 240_000);

  it('its curl workflow runs against `npx sps-mock --stateful` and reads the committed DNS back', async () => {
    const port = await freePort();
    const args = command!.trim().replace(/^pnpm exec sps-mock /, '').replace('--port 4011', `--port ${port}`).split(/\s+/);
    const mock = start('npx', ['sps-mock', ...args], { cwd: prepared.project, timeoutMs: 60_000 });
    await mock.waitFor(/Stateful mock SPS listening on http:\/\/127\.0\.0\.1:(\d+)/);
    const folder = join(prepared.project, 'curl');
    await mkdir(folder);
    // Each answer on a line of its own (curl prints a body as it comes, without a newline).
    const script = `set -euo pipefail\ncurl() { command curl "$@"; echo; }\n${curl!.replace('mock=http://127.0.0.1:4011', `mock=http://127.0.0.1:${port}`)}`;
    const { code, output } = await runToEnd('bash', ['-c', script], { cwd: folder, timeoutMs: 30_000 });
    expect(code, output).toBe(0);
    // The last call reads the DNS settings back after the commit.
    const last = JSON.parse(output.trim().split('\n').at(-1)!) as { body: { primary: string; secondary: null } };
    expect(last.body).toEqual(expect.objectContaining({ primary: '192.0.2.53', secondary: null }));
    await mock.stop();
  }, 120_000);
});
