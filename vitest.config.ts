import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/** Runs the consumer tests (test/consumers/) last: test/setup/consumers.ts packs and installs for them meanwhile. */
class ConsumersLast extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const isConsumer = (file: TestSpecification) => /[/\\]test[/\\]consumers[/\\]/.test(file.moduleId);
    return [...sorted.filter((file) => !isConsumer(file)), ...sorted.filter(isConsumer)];
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    globalSetup: ['test/setup/mock.ts', 'test/setup/contract-coverage.ts', 'test/setup/consumers.ts', 'test/setup/docs-site.ts'],
    sequence: { sequencer: ConsumersLast },
    // Vitest runs one worker fewer than the cores (one, here); many suites mostly wait on child processes
    // (Prism, Chromium, tsc, npm), so three keep two cores busy: `pnpm bench test` measured 250 s → 200 s.
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Type tests (`*.test-d.ts`: expectTypeOf, @ts-expect-error) run through tsc next to the other tests.
    typecheck: {
      enabled: true,
      include: ['packages/client/test/**/*.test-d.ts'],
      tsconfig: 'packages/client/tsconfig.typetests.json',
    },
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
