import { existsSync } from 'node:fs';
import { join } from 'node:path';
import readChangesets from '@changesets/read';

/** The pending changesets (`.changeset/<id>.md`) under `root` that release `packageName` as `major`. */
export async function majorChangesets(root: string, packageName = '@sps-openapi/spec'): Promise<string[]> {
  if (!existsSync(join(root, '.changeset'))) return [];
  const pending = await readChangesets(root);
  return pending
    .filter(({ releases }) => releases.some(({ name, type }) => name === packageName && type === 'major'))
    .map(({ id }) => `.changeset/${id}.md`);
}
