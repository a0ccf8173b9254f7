import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The vendor reference pages; they sit beside the repository (CI always has them). */
export const seedsDir = process.env.SPS_SEEDS_DIR ?? fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

/** `CI` set to anything but empty, `0` or `false` (`CI=true`, `CI=1`), as CI services do. */
export const isCi = (env: NodeJS.ProcessEnv = process.env) => !['', '0', 'false'].includes((env.CI ?? '').trim().toLowerCase());

/**
 * Whether the tests of the vendor samples run: when the pages are there. Without them they are skipped
 * on a developer's machine, but fail under CI, where a missing folder means a broken checkout.
 */
export function seedsPlan(dir = seedsDir, env: NodeJS.ProcessEnv = process.env): 'run' | 'skip' | 'fail' {
  if (existsSync(dir)) return 'run';
  return isCi(env) ? 'fail' : 'skip';
}

export interface SeedSample {
  seed: string;
  /** 1-based line where the sample starts. */
  line: number;
  text: string;
}

const withoutStrings = (line: string) => line.replace(/"(?:\\.|[^"\\])*"/g, '""');
/** JSON lines start with a JSON token; anything else is the page's prose again. */
const looksLikeProse = (line: string) => line.trim() !== '' && !/^(["{}[\],\d-]|true|false|null)/.test(line.trim());

/**
 * The JSON samples of one page: each starts on a line beginning with `{` and ends where its brackets
 * balance, or (for samples printed without their last brace) where prose starts again.
 */
export function samplesOf(seed: string, text: string): SeedSample[] {
  const lines = text.replaceAll('\u00a0', ' ').split('\n');
  const samples: SeedSample[] = [];
  for (let start = 0; start < lines.length; start++) {
    if (!lines[start]!.trim().startsWith('{')) continue;
    let depth = 0;
    let end = start;
    for (; end < lines.length; end++) {
      if (end > start && depth > 0 && looksLikeProse(lines[end]!)) break;
      for (const char of withoutStrings(lines[end]!)) {
        if (char === '{' || char === '[') depth++;
        else if (char === '}' || char === ']') depth--;
      }
      if (depth <= 0) {
        end++;
        break;
      }
    }
    samples.push({ seed, line: start + 1, text: lines.slice(start, end).join('\n').trimEnd() });
    start = end - 1;
  }
  return samples;
}

export function seedSamples(): SeedSample[] {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => samplesOf(name, readFileSync(join(seedsDir, name), 'utf8')));
}
