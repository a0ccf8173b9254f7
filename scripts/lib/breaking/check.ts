import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operationsAffectedBy, type JsonObject, type OperationEntry } from '@sps-openapi/kit';
import { bundleFile, findBase } from './base.js';
import { majorChangesets } from './changesets.js';
import { diffFiles, type DiffChange } from './diff.js';

export interface BreakingChange {
  rule: string;
  message: string;
  /** Where the change is, in the base document (or the revision, for something added). */
  pointer: string;
  /** Every operation it affects: `GET /api/transaction (getTransaction)`. */
  operations: string[];
}

export type Outcome =
  | { none: string }
  | {
      base: { ref: string; commit: string; why: string; version: string };
      version: string;
      breaking: BreakingChange[];
      /** How many changes are not breaking. */
      other: number;
      /** What accepts the breaking changes: changesets that bump the spec by major, or a major release already made. */
      acceptedBy: string[];
    };

const label = ({ method, path, operation }: OperationEntry) =>
  `${method.toUpperCase()} ${path}${typeof operation.operationId === 'string' ? ` (${operation.operationId})` : ''}`;
const versionOf = (document: JsonObject) => String((document.info as JsonObject | undefined)?.version ?? '');
const majorOf = (version: string) => Number(/^(\d+)\./.exec(version)?.[1] ?? Number.NaN);

function breakingChanges(changes: DiffChange[], base: JsonObject, revision: JsonObject): BreakingChange[] {
  const found = new Map<string, BreakingChange>();
  for (const change of changes.filter(({ impact }) => impact === 'major')) {
    const affected = new Set([
      ...(change.base ? operationsAffectedBy(base, change.base.pointer).map(label) : []),
      ...(change.revision ? operationsAffectedBy(revision, change.revision.pointer).map(label) : []),
    ]);
    const pointer = change.base?.pointer ?? change.revision?.pointer ?? change.path;
    const verdicts = change.verdicts.filter(({ impact }) => impact === 'major');
    for (const { ruleId, message } of verdicts.length ? verdicts : [{ ruleId: change.kind, message: `${change.kind}: ${change.path}` }]) {
      const key = `${ruleId}\n${message}\n${pointer}`;
      const entry = found.get(key) ?? { rule: ruleId, message, pointer, operations: [] };
      entry.operations = [...new Set([...entry.operations, ...affected])];
      found.set(key, entry);
    }
  }
  return [...found.values()];
}

/** Redocly's changes from the bundle text `base` to the file `revisionFile`. */
async function diffWith(base: string, revisionFile: string): Promise<DiffChange[]> {
  const dir = await mkdtemp(join(tmpdir(), 'sps-breaking-'));
  try {
    const baseFile = join(dir, 'base.json');
    await writeFile(baseFile, base);
    return await diffFiles(baseFile, revisionFile);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Compares the bundle in the working tree under `root` with the one at the base (`requestedBase`, or
 * the default of `findBase`): its breaking changes, every operation each affects, and what accepts them.
 * The same text at both ends has no change, and needs no Redocly run.
 */
export async function checkBreaking(root: string, requestedBase?: string): Promise<Outcome> {
  const revisionFile = join(root, bundleFile);
  const revisionText = await readFile(revisionFile, 'utf8').catch(() => {
    throw new Error(`${bundleFile} is missing: run \`pnpm build\` first`);
  });
  const base = await findBase(root, requestedBase);
  if ('none' in base) return base;

  const parse = (text: string, where: string) => {
    try {
      return JSON.parse(text) as JsonObject;
    } catch (error) {
      throw new Error(`${bundleFile} ${where} is not JSON: ${(error as Error).message}`);
    }
  };
  const revision = parse(revisionText, 'in the working tree');
  const baseDocument = parse(base.bundle, `at ${base.ref}`);

  const changes = base.bundle === revisionText ? [] : await diffWith(base.bundle, revisionFile);

  const breaking = breakingChanges(changes, baseDocument, revision);
  const version = versionOf(revision);
  const baseVersion = versionOf(baseDocument);
  const acceptedBy = breaking.length ? await majorChangesets(root) : [];
  if (breaking.length && majorOf(version) > majorOf(baseVersion)) {
    acceptedBy.push(`the major release already made: @sps-openapi/spec ${baseVersion} → ${version}`);
  }
  return {
    base: { ref: base.ref, commit: base.commit, why: base.why, version: baseVersion },
    version,
    breaking,
    other: changes.length - changes.filter(({ impact }) => impact === 'major').length,
    acceptedBy,
  };
}

/** 1 when there are breaking changes nothing accepts, else 0. */
export const exitCode = (outcome: Outcome) => ('none' in outcome || !outcome.breaking.length || outcome.acceptedBy.length ? 0 : 1);
