import type { IncomingHttpHeaders } from 'node:http';
import { prismViolations, type PrismViolation } from './violations.js';

/** The documented SPS error types whose example Prism picks for any request that breaks the schema. */
export const genericErrorTypes: ReadonlySet<string> = new Set(['InvalidRequestBody', 'SyntacticError']);

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
  if (!answer.error) return undefined;
  const listed = prismViolations(header);
  const violations = listed ? requestViolations(listed) : undefined;
  if (violations && !violations.length) return undefined;
  const explained = withViolations(answer as { error: { type?: unknown } }, violations);
  return explained && Buffer.from(JSON.stringify(explained));
}

/**
 * An SPS error envelope with the generic type (`InvalidRequestBody`, `SyntacticError`) that explains the
 * request's schema violations: "… does not match the schema: …" and `details.violations`. `undefined`
 * stands for a list too long to be known; an envelope of another type is left alone (returns `undefined`).
 * The one place both mocks build this answer: Prism's (from its `sl-violations` header) and the stateful one.
 */
export function withViolations<T extends { error: { type?: unknown } }>(answer: T, violations: RequestViolation[] | undefined): T | undefined {
  if (!genericErrorTypes.has(answer.error.type as string)) return undefined;
  const subject = (violations ?? []).every(({ location }) => location === 'body') ? 'The request body' : 'The request';
  const message = `${subject} does not match the schema${violations ? `: ${summary(violations)}` : ' (too many violations to list them)'}.`;
  return { ...answer, error: { ...answer.error, message, details: { violations: violations ?? [] } } };
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
