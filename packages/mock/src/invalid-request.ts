import type { IncomingHttpHeaders } from 'node:http';
import { prismViolations, type PrismViolation } from './violations.js';

/** The documented SPS error types whose example Prism picks for any request that breaks the schema. */
const genericTypes = new Set(['InvalidRequestBody', 'SyntacticError']);

export interface RequestViolation {
  /** `body`, `query`, `path` or `header`. */
  location: string;
  /** JSON pointer into that location, e.g. `/primary`; `''` for the whole body. */
  pointer: string;
  message: string;
}

/**
 * Prism answers a well-formed request that breaks the schema with the operation's documented 400 and its
 * first example (`InvalidRequestBody`: "The request body is not valid JSON."), and lists the real problems
 * only in its `sl-violations` header. This puts them into the SPS error envelope: the same documented
 * `error.type`, the message "… does not match the schema", and `details.violations` (location, JSON
 * pointer, message). Returns the new body, or `undefined` to keep Prism's answer.
 */
export function explainInvalidRequest(status: number, headers: IncomingHttpHeaders, body: Buffer): Buffer | undefined {
  const header = headers['sl-violations'];
  if (status !== 400 || typeof header !== 'string' || !(headers['content-type'] ?? '').startsWith('application/json')) return undefined;
  let answer: { error?: { type?: unknown; message?: unknown; details?: unknown } };
  try {
    answer = JSON.parse(body.toString()) as typeof answer;
  } catch {
    return undefined;
  }
  if (!answer.error || !genericTypes.has(answer.error.type as string)) return undefined;
  const listed = prismViolations(header);
  const violations = listed ? requestViolations(listed) : [];
  if (listed && !violations.length) return undefined;
  const subject = violations.every(({ location }) => location === 'body') ? 'The request body' : 'The request';
  const message = `${subject} does not match the schema${listed ? `: ${summary(violations)}` : ' (too many violations to list them)'}.`;
  return Buffer.from(JSON.stringify({ ...answer, error: { ...answer.error, message, details: { violations } } }));
}

function requestViolations(listed: PrismViolation[]): RequestViolation[] {
  return listed.flatMap(({ location = [], message = '' }) => {
    const [side, where = 'body', ...path] = location.map(String);
    if (side !== 'request') return [];
    return [{ location: where, pointer: path.map((segment) => `/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''), message }];
  });
}

/** The first few violations in words; all of them are in `details.violations`. */
function summary(violations: RequestViolation[]): string {
  const shown = violations.slice(0, 3).map(({ location, pointer, message }) => `${location === 'body' ? '' : `${location} `}${pointer || '/'}: ${message}`);
  const more = violations.length - shown.length;
  return `${shown.join('; ')}${more ? ` (and ${more} more in details.violations)` : ''}`;
}
