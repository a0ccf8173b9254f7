import { git } from '../git.js';

/** The bundle that is compared, relative to the repository root. */
export const bundleFile = 'packages/spec/openapi.json';
/** The tags a release of @sps-openapi/spec gets (`pnpm changeset tag`). */
export const releaseTags = '@sps-openapi/spec@*';

export type Base =
  | { ref: string; commit: string; why: string; bundle: string }
  | { none: string };

/** `HEAD~1`, `HEAD^`, `HEAD~3^2`: names that miss only when history is short (first commit, shallow clone). */
const headRelative = /^HEAD([~^]\d*)+$/;

const commitOf = async (ref: string, cwd: string) =>
  (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd))?.trim();

/**
 * What to compare the working tree with: `requested`, or else the last release tag of
 * @sps-openapi/spec reachable from HEAD, or else HEAD~1. `{ none }` says why there is nothing to
 * compare with; a `requested` ref that names nothing (other than a missing HEAD ancestor) throws.
 */
export async function findBase(cwd: string, requested?: string): Promise<Base> {
  let ref = requested;
  let why = 'given with --base';
  if (ref === undefined) {
    const tag = (await git(['describe', '--tags', '--abbrev=0', '--match', releaseTags, 'HEAD'], cwd))?.trim();
    [ref, why] = tag ? [tag, 'the last release tag of @sps-openapi/spec'] : ['HEAD~1', `the previous commit; there is no ${releaseTags} tag`];
  }
  const commit = await commitOf(ref, cwd);
  if (!commit) {
    if (requested === undefined || headRelative.test(ref)) {
      return { none: `${ref} does not exist (the first commit, or a shallow clone)` };
    }
    throw new Error(`--base ${ref} names no commit of this repository`);
  }
  const bundle = await git(['show', `${commit}:${bundleFile}`], cwd);
  if (bundle === undefined) return { none: `${bundleFile} does not exist at ${ref}` };
  return { ref, commit, why, bundle };
}
