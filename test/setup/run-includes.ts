import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Whether this run includes a test file that `wanted` picks: every file when the run is unfiltered, else
 * the files its filters (`vitest run <filter>…`) match. For global setups that prepare for some files only.
 */
export async function runIncludes(project: TestProject, wanted: (file: string) => boolean): Promise<boolean> {
  // Vitest keeps the filters here (not a public field; without it, prepare anyway).
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? [];
  if (filters.length === 0) return true;
  const { testFiles } = await project.globTestFiles();
  return testFiles.filter(wanted).some((file) => filters.some((filter) => file.includes(filter) || file.includes(join(project.config.root, filter))));
}
