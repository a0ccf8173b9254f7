import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { problems, redocly } from '@sps-openapi/kit';

const config = fileURLToPath(new URL('./redocly-diff.yaml', import.meta.url));

export type Impact = 'major' | 'minor' | 'patch' | 'none';

/** One place of a change, in the base or the revision document. */
export interface DiffSide {
  file: string;
  /** JSON pointer (`#/components/schemas/Meta/properties/href`) in that document. */
  pointer: string;
}

/** One change of Redocly's JSON diff report (`reportVersion` 1). */
export interface DiffChange {
  /** Where Redocly lists it: the first path from an operation that reaches it, `$ref`s inlined. */
  path: string;
  kind: 'added' | 'removed' | 'modified' | string;
  impact: Impact;
  verdicts: { ruleId: string; impact: Impact; message: string; location: DiffSide }[];
  base?: DiffSide;
  revision?: DiffSide;
}

/** Compares two OpenAPI files with `redocly diff` and the diff-recommended rules. */
export async function diffFiles(base: string, revision: string): Promise<DiffChange[]> {
  const dir = await mkdtemp(join(tmpdir(), 'sps-diff-'));
  try {
    const output = join(dir, 'diff.json');
    const args = ['diff', base, revision, '--config', config, '--format', 'json', '--fail-on', 'none', '--output', output];
    const result = await redocly(args);
    if (!result.ok) throw new Error(`redocly diff failed:\n${problems(result)}`);
    const report = JSON.parse(await readFile(output, 'utf8')) as { reportVersion: string; changes: DiffChange[] };
    if (report.reportVersion !== '1') throw new Error(`redocly diff wrote a report of version ${report.reportVersion}; this script reads version 1`);
    return report.changes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
