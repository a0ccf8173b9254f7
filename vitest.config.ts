import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Runs the workspace typecheck (test/typecheck.test.ts, a tsc process) first, so that it uses a core while
 * the rest start, and the consumer tests (test/consumers/) last: test/setup/consumers.ts packs and installs
 * for them meanwhile.
 */
class TypecheckFirstConsumersLast extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) =>
      /[/\\]test[/\\]typecheck\.test\.ts$/.test(file.moduleId) ? 0 : /[/\\]test[/\\]consumers[/\\]/.test(file.moduleId) ? 2 : 1;
    return [0, 1, 2].flatMap((wanted) => sorted.filter((file) => rank(file) === wanted));
  }
}

const testFiles = ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'];

/**
 * Test files that need a fresh worker of their own: port-race replaces a module with `vi.mock`, which would
 * also replace it for the files that later share the worker (its module registry); audit-trail and
 * start-proxy bound how much this process's RSS grows, which garbage of earlier files could blur.
 */
const isolatedFiles = ['packages/mock/test/port-race.test.ts', 'packages/client/test/audit-trail.test.ts', 'packages/mock/test/start-proxy.test.ts'];

const timeouts = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    // The global setups run once for the run (not per project) and read these files to see what it includes.
    include: testFiles,
    globalSetup: ['test/setup/mock.ts', 'test/setup/contract-coverage.ts', 'test/setup/consumers.ts', 'test/setup/docs-site.ts'],
    sequence: { sequencer: TypecheckFirstConsumersLast },
    // Vitest runs one worker fewer than the cores (one, here); many suites mostly wait on child processes
    // (Prism, Chromium, tsc, npm), so three keep two cores busy: `pnpm bench test` measured 250 s → 200 s.
    maxWorkers: 3,
    ...timeouts,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        // A worker runs file after file: each file no longer pays a fresh process and fresh imports of the
        // bundle, Ajv's compiled schemas, typescript… Vitest still restores mocks and spies after each file.
        test: { name: 'shared', include: testFiles, exclude: [...configDefaults.exclude, ...isolatedFiles], isolate: false, ...timeouts },
      },
      {
        test: {
          name: 'isolated',
          include: isolatedFiles,
          ...timeouts,
          // Type tests (`*.test-d.ts`: expectTypeOf, @ts-expect-error) run through tsc next to the other tests.
          typecheck: {
            enabled: true,
            include: ['packages/client/test/**/*.test-d.ts'],
            tsconfig: 'packages/client/tsconfig.typetests.json',
          },
        },
      },
    ],
  },
});
