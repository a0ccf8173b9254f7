import type { IncomingHttpHeaders } from 'node:http';

export interface Violation {
  /**
   * Where, as Prism names it: `request`, `request.body.status`, `response.body.key`…; `upstream` when the
   * appliance failed to answer, `validator` when the proxy's own Prism did.
   */
  location: string;
  message: string;
}

export interface PrismViolation {
  location?: string[];
  message?: string;
}

/** What Prism lists in its `sl-violations` header (JSON), or `undefined` when it is not readable (Prism cuts it when very long). */
export function prismViolations(header: string): PrismViolation[] | undefined {
  try {
    const parsed = JSON.parse(header) as unknown;
    return Array.isArray(parsed) ? (parsed as PrismViolation[]) : undefined;
  } catch {
    return undefined;
  }
}

export function violationsFromHeader(header: string | string[] | undefined): Violation[] {
  if (typeof header !== 'string') return [];
  return prismViolations(header)?.map(toViolation) ?? [{ location: 'response', message: header.slice(0, 500) }];
}

/** Prism answers with `application/problem+json` when it rejects a request itself. */
export function isPrismProblem(headers: IncomingHttpHeaders): boolean {
  return (headers['content-type'] ?? '').startsWith('application/problem+json');
}

export function violationsFromProblem(body: string): Violation[] {
  try {
    const problem = JSON.parse(body) as { title?: string; detail?: string; validation?: PrismViolation[] };
    if (problem.validation?.length) return problem.validation.map(toViolation);
    return [{ location: 'request', message: [problem.title, problem.detail].filter(Boolean).join(': ') }];
  } catch {
    return [{ location: 'response', message: 'unreadable error answer from Prism' }];
  }
}

/** Prism's own 422 answers leave out the `request` prefix that its header puts on request locations. */
function toViolation({ location = [], message = '' }: PrismViolation): Violation {
  const where = location[0] === 'request' || location[0] === 'response' ? location : ['request', ...location];
  return { location: where.join('.'), message };
}

export function dedupe(violations: Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter(({ location, message }) => !seen.has(`${location} ${message}`) && seen.add(`${location} ${message}`));
}
