/** What the root README promises about `pnpm test` and `.ci/run` is what they print and measure. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const readme = read('README.md').replace(/\s+/g, ' '); // as rendered: line breaks are spaces

describe('README', () => {
  it("quotes .ci/run's closing line as .ci/run prints it", () => {
    expect(read('.ci/run')).toMatch(/console\.log\(`\$\{r\.numPassedTests\} passed, \$\{failed\} failed`\)/);
    expect(readme).toContain('`.ci/run` closes with one line, `N passed, N failed`.');
  });

  it("names vitest's summary lines and the contract gate's line that ends `pnpm test`", () => {
    expect(readme).toContain('Vitest prints its summary (`Test Files N passed (N)`, `Tests N passed (N)`');
    expect(read('test/setup/contract-coverage.ts')).toContain('✔ Contract coverage: ');
    expect(readme).toContain("the gate's `✔ Contract coverage: …`");
  });

  it("states the wall-time target of `pnpm test` that `pnpm bench test` measures, not a duration of its own", () => {
    const [, target] = /name: 'wall time', value: ms, unit: 'ms', target: (\d[\d_]*)/.exec(read('scripts/bench/test.ts')) ?? [];
    expect(target).toBeDefined();
    expect(readme).toContain(`\`pnpm bench test\` times it; the target is ${Number(target!.replaceAll('_', '')) / 1000} s`);
    expect(readme).not.toMatch(/a minute or two/);
  });
});
