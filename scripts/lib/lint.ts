import { problems, redocly } from '@sps-openapi/kit';

/**
 * Lints an OpenAPI description (by default spec/, the `sps` API of redocly.yaml) and throws with
 * Redocly's report — file, line and rule of each problem — when there is any problem at all.
 */
export async function lintSpec(entry = 'sps'): Promise<void> {
  const result = await redocly(['lint', entry, '--format=codeframe', '--max-problems=100']);
  const report = problems(result);
  if (!result.ok || !/Your API description is valid/.test(report)) {
    throw new Error(`The spec has problems:\n${report}`);
  }
}
