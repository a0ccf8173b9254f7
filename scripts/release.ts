/**
 * `pnpm release`: applies the pending changesets (new versions, CHANGELOG.md entries), writes
 * @sps-openapi/spec's version into spec/openapi.yaml, rebuilds, and shows what would be published
 * (`pnpm -r publish --dry-run`). It publishes nothing: review, commit and publish by hand
 * (CONTRIBUTING.md, "Cutting a release").
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import readChangesets from '@changesets/read';
import { build } from './build.js';
import { repoRoot } from './lib/paths.js';
import { syncSpecVersion } from './lib/spec-version.js';

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/**
 * `changeset version` in `root` (versions, CHANGELOG.md, the changesets consumed), then
 * spec/openapi.yaml's `info.version` set to @sps-openapi/spec's new version.
 */
export async function versionPackages(root: string): Promise<{ from: string; to: string }> {
  await run(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], root);
  return syncSpecVersion(root);
}

async function release(): Promise<void> {
  const pending = await readChangesets(repoRoot);
  if (pending.length === 0) {
    console.log('Nothing to release: there is no pending changeset in .changeset/ (add one with `pnpm changeset`).');
    return;
  }
  // The packages' builds only emit (tsconfig.build.json, `noCheck`): nothing is versioned unless the types check.
  await run('pnpm', ['typecheck'], repoRoot);
  const { from, to } = await versionPackages(repoRoot);
  console.log(`✔ versioned ${pending.length} changeset(s); @sps-openapi/spec ${from} → ${to} (spec/openapi.yaml info.version)`);
  await build();
  await run('pnpm', ['-r', 'publish', '--dry-run', '--no-git-checks', '--access', 'public'], repoRoot);
  console.log(`
✔ release prepared; nothing was published. Next, by hand:
  git diff                                   # review versions, CHANGELOG.md, spec/ and the generated files
  git commit -am "Release" && pnpm test
  pnpm -r publish --access public            # needs npm credentials
  pnpm changeset tag && git push --follow-tags   # @sps-openapi/<package>@<version> tags`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  release().catch((error: unknown) => {
    console.error(`✘ release failed\n${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
