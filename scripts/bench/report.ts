/** Shared helpers of the benchmarks: statistics and one way of printing results. */

export const median = (values: number[]) => percentile(values, 50);

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export interface Result {
  name: string;
  value: number;
  unit: 'ms' | 'kB' | 'MB' | '×' | '/s';
  /** Upper bound the value should stay under; printed as the ratio value / target. */
  target?: number;
}

export function report(title: string, results: Result[]) {
  console.log(`\n${title}`);
  for (const { name, value, unit, target } of results) {
    const shown = unit === 'ms' && value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(2)} ${unit}`;
    const versus = target === undefined ? '' : `   ${(value / target).toFixed(2)} of target (${target} ${unit})${value > target ? '  OVER' : ''}`;
    console.log(`  ${name.padEnd(34)} ${shown.padStart(12)}${versus}`);
  }
}
