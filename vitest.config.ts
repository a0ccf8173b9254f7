import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    globalSetup: ['test/setup/mock.ts', 'test/setup/contract-coverage.ts'],
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
