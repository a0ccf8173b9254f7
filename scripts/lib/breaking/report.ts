import { bundleFile } from './base.js';
import type { Outcome } from './check.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What `pnpm breaking` prints for an outcome. */
export function report(outcome: Outcome): string {
  if ('none' in outcome) return `✔ Nothing to compare with: ${outcome.none}. Passing.`;
  const { base, version, breaking, other, acceptedBy } = outcome;
  const lines = [
    `Comparing ${bundleFile} (working tree, spec ${version}) with ${base.ref} (${base.commit.slice(0, 12)}, ${base.why}; spec ${base.version})`,
  ];
  for (const change of breaking) {
    lines.push(
      '',
      `✖ ${change.message} (${change.rule})`,
      `    at ${change.pointer}`,
      `    affects ${plural(change.operations.length, 'operation')}:`,
      ...change.operations.map((operation) => `      ${operation}`),
    );
  }
  lines.push('');
  const summary = `${plural(breaking.length, 'breaking change')} (${other} not breaking)`;
  if (!breaking.length) lines.push(`✔ No breaking change (${other} not breaking).`);
  else if (acceptedBy.length) lines.push(`✔ ${summary}, accepted by ${acceptedBy.join(' and ')}.`);
  else {
    lines.push(
      `✖ ${summary}. They break the client's types and the users of the mock and the proxy.`,
      '  If that is intended, add a changeset that releases @sps-openapi/spec as major (`pnpm changeset`),',
      '  saying what users must change; otherwise keep the old shape (add, deprecate, do not remove).',
    );
  }
  return lines.join('\n');
}
