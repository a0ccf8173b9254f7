/** `pnpm breaking [--base <git-ref>]`: the breaking-change gate of the bundled spec. */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { checkBreaking, exitCode } from './lib/breaking/check.js';
import { report } from './lib/breaking/report.js';

export const help = `Usage: pnpm breaking [--base <git-ref>]

Compares the bundled spec in the working tree (packages/spec/openapi.json: run \`pnpm build\` after
changing spec/) with the bundle at <git-ref>, with Redocly's diff and its diff-recommended rules, and
prints each breaking change with every operation it affects (found through the $refs of the bundle).

  --base <git-ref>  what to compare with. Default: the last @sps-openapi/spec@* tag reachable from HEAD,
                    else HEAD~1. When that commit does not exist (the first commit, a shallow clone) or
                    has no packages/spec/openapi.json, it says so and passes.
  -h, --help        this text.

Breaking changes pass only when a pending changeset (.changeset/*.md) releases @sps-openapi/spec as
major, or when the spec's major version is already higher than at the base.

Exit codes: 0 no breaking change, breaking changes accepted, or nothing to compare with;
            1 breaking changes that nothing accepts;
            2 a usage error, or the comparison could not run (a --base that names no commit, a missing
              or broken bundle, Redocly failing).`;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** Runs the gate in `root` with the command-line arguments `argv`; resolves with the exit code. */
export async function main(argv: string[], root = process.cwd(), io: Output = { out: console.log, err: console.error }): Promise<number> {
  let values: { base?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({ args: argv, options: { base: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${help}`);
    return 2;
  }
  if (values.help) {
    io.out(help);
    return 0;
  }
  try {
    const outcome = await checkBreaking(root, values.base);
    io.out(report(outcome));
    return exitCode(outcome);
  } catch (error) {
    io.err(`✘ ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
