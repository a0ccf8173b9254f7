import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { problems as shown, redocly } from '@sps-openapi/kit';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/lint/${name}/openapi.yaml`, import.meta.url));

const failing: [name: string, rule: string][] = [
  ['operation-id-camel-case', 'rule/operation-id-camel-case'],
  ['operation-summary', 'operation-summary'],
  ['operation-one-tag', 'rule/operation-one-tag'],
  ['operation-source', 'rule/operation-source'],
  ['no-format-binary', 'rule/no-format-binary'],
  ['secured-operations-answer-401', 'sps/secured-operations-answer-401'],
  ['success-responses-have-examples', 'sps/success-responses-have-examples'],
  ['version-availability', 'sps/version-availability'],
];
const fixtures = ['valid', ...failing.map(([name]) => name)];

interface Problem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

/** The JSON reports Redocly writes one after another, one per file. */
function reportsIn(text: string): { problems: Problem[] }[] {
  const reports: { problems: Problem[] }[] = [];
  let start = 0;
  for (const { index } of text.matchAll(/\}\s*(?=\{|$)/g)) {
    try {
      reports.push(JSON.parse(text.slice(start, index + 1)));
      start = index + 1;
    } catch {
      // a `}{` inside a message: the report goes on
    }
  }
  return reports;
}

let linted: Promise<Map<string, Problem[]>> | undefined;
/**
 * The problems in a fixture. Every fixture is linted in one Redocly run, with the arguments of `pnpm lint`
 * (scripts/lib/lint.ts, whose report test/spec/lint.test.ts checks) but the JSON format: one report per
 * file, in the order of the files.
 */
async function problemsIn(name: string): Promise<Problem[]> {
  linted ??= redocly(['lint', ...fixtures.map(fixture), '--format=json', '--max-problems=100']).then((result) => {
    const reports = reportsIn(result.stdout);
    if (reports.length !== fixtures.length) throw new Error(`Redocly wrote ${reports.length} reports for ${fixtures.length} fixtures:\n${shown(result)}`);
    return new Map(fixtures.map((name, i) => [name, reports[i]?.problems ?? []]));
  });
  return (await linted).get(name) ?? [];
}

const errors = (problems: Problem[]) => problems.filter(({ severity }) => severity === 'error');

describe('our lint rules', () => {
  it('pass the fixture that follows every convention', async () => {
    expect(await problemsIn('valid')).toEqual([]);
  });

  it.each(failing)('fail the %s fixture with the rule %s', async (name, rule) => {
    expect(errors(await problemsIn(name)).map(({ ruleId }) => ruleId)).toContain(rule);
  });

  it('report every 2xx JSON answer without a named example, also one behind a shared response, and say how to fix it', async () => {
    const problems = (await problemsIn('success-responses-have-examples')).filter(({ ruleId }) => ruleId === 'sps/success-responses-have-examples');
    expect(problems.map(({ location }) => location[0]?.pointer)).toEqual([
      '#/paths/~1api~1transaction/get/responses/200/content/application~1json',
      '#/components/responses/Acknowledged/content/application~1json',
    ]);
    for (const { message } of problems) expect(message).toContain('Add one under `examples`');
  });

  it('report every misplaced or malformed x-sps-since / x-sps-until, also beside a $ref, and say what is expected', async () => {
    const problems = (await problemsIn('version-availability')).filter(({ ruleId }) => ruleId === 'sps/version-availability');
    expect(problems).toHaveLength(5);
    const pointers = problems.map(({ location }) => location[0]?.pointer);
    expect(pointers).toContain('#/paths/~1api~1transaction/get/x-sps-since');
    expect(pointers).toContain('#/paths/~1api~1transaction/get/parameters/0/x-sps-since');
    expect(pointers).toContain('#/components/schemas/Transaction/properties/body/x-sps-since');
    const messages = problems.map(({ message }) => message).join('\n');
    expect(messages).toContain('quote it, YAML reads 7.4 unquoted as a number');
    expect(messages).toContain('not on Response');
    expect(messages).toContain('`x-sps-since` (8.0) is later than `x-sps-until` (7.4)');
  });
});
