import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isScalar, parse, parseDocument } from 'yaml';

/** The source of `info.version` (spec/openapi.yaml) and the package whose version it follows. */
export const specSource = 'spec/openapi.yaml';
export const specPackageJson = 'packages/spec/package.json';

/**
 * `source` (the YAML text of spec/openapi.yaml) with `info.version` set to `version`; every other byte
 * stays as it is, comments and formatting included.
 */
export function withInfoVersion(source: string, version: string): string {
  const document = parseDocument(source);
  if (document.errors.length) throw new Error(`${specSource} is not valid YAML: ${document.errors[0]?.message}`);
  const node = document.getIn(['info', 'version'], true);
  if (!isScalar(node) || !node.range) throw new Error(`${specSource} has no info.version`);
  const [start, end] = node.range;
  const text = parse(version) === version ? version : JSON.stringify(version); // plain unless YAML would read it otherwise
  return `${source.slice(0, start)}${text}${source.slice(end)}`;
}

/** Writes `@sps-openapi/spec`'s version into `info.version` of spec/openapi.yaml under `root`. */
export async function syncSpecVersion(root: string): Promise<{ from: string; to: string }> {
  const { version } = JSON.parse(await readFile(join(root, specPackageJson), 'utf8')) as { version: string };
  const path = join(root, specSource);
  const source = await readFile(path, 'utf8');
  const from = String(parseDocument(source).getIn(['info', 'version']));
  if (from !== version) await writeFile(path, withInfoVersion(source, version));
  return { from, to: version };
}
