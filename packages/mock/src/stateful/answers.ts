/**
 * What the stateful mock answers, and its error answers: the documented SPS error envelopes (taken from
 * the operation's own named examples) and, where the description documents nothing, Prism's problem
 * documents, so that both modes of sps-mock answer bad requests alike.
 */
import { withViolations, type RequestViolation } from '../invalid-request.js';
import type { Json, JsonObject } from '../openapi/index.js';
import type { Route, SpecModel } from './routes.js';

export interface Answer {
  status: number;
  /** A JSON body (sent as `application/json` unless `contentType` says otherwise). */
  json?: unknown;
  /** A text or binary body. */
  raw?: string | Uint8Array;
  contentType?: string;
  headers?: Record<string, string | string[]>;
}

export const json = (status: number, body: unknown, headers?: Answer['headers']): Answer => ({ status, json: body, ...(headers && { headers }) });

/**
 * The operation's documented error answer for `status`: its named example whose `error.type` is `type`
 * (else its first one), with `message` and `details` when given. Without any example, a bare envelope.
 */
export function documentedError(model: SpecModel, route: Route, status: number, type?: string, message?: string, details?: JsonObject): Answer {
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((candidate) => route.statuses.includes(candidate));
  if (!key) throw new Error(`${route.method} ${route.path} documents no ${status} answer`);
  const examples = model.examples(route, key) as { error?: JsonObject }[];
  const example = examples.find((candidate) => candidate.error?.type === type) ?? examples[0];
  const error: JsonObject = { ...(example?.error ?? {}), type: type ?? (example?.error?.type as string | undefined) ?? 'Error' };
  if (message !== undefined) error.message = message;
  if (details !== undefined) error.details = details;
  else if (type !== undefined && example?.error?.type !== type) delete error.details;
  return json(status, { ...(example ?? {}), error });
}

export type ProblemKind = 'NO_PATH_MATCHED_ERROR' | 'NO_METHOD_MATCHED_ERROR' | 'UNPROCESSABLE_ENTITY' | 'INVALID_CONTENT_TYPE';

/** A problem document (RFC 7807) in the words Prism 5 uses for requests the description documents no answer to. */
export function prismProblem(kind: ProblemKind, path: string, method: string, validation?: RequestViolation[]): Answer {
  const [status, title, detail] = {
    NO_PATH_MATCHED_ERROR: [404, 'Route not resolved, no path matched', `The route ${path} hasn't been found in the specification file`],
    NO_METHOD_MATCHED_ERROR: [405, 'Route resolved, but no method matched', `The route ${path} has been matched, but it does not have "${method.toLowerCase()}" method defined`],
    UNPROCESSABLE_ENTITY: [422, 'Invalid request', 'Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.'],
    INVALID_CONTENT_TYPE: [415, 'Invalid content type', 'The request body media type is not one the operation accepts.'],
  }[kind] as [number, string, string];
  const problem: JsonObject = { type: `https://stoplight.io/prism/errors#${kind}`, title, status, detail };
  if (validation) {
    problem.validation = validation.map(({ location, pointer, message }) => ({
      location: [location, ...pointer.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))],
      severity: 'Error',
      message,
    })) as Json;
  }
  return { status, json: problem, contentType: 'application/problem+json' };
}

/**
 * The answer to a request that breaks the schema, as Prism gives it: the operation's documented 400 (its
 * generic SPS error explaining the violations) when it has one and no 422 or 4XX, else Prism's 422.
 */
export function invalidRequest(model: SpecModel, route: Route, violations: RequestViolation[], path: string): Answer {
  const documented400 = route.statuses.includes('400') && !route.statuses.includes('422') && !route.statuses.includes('4XX');
  if (!documented400) return prismProblem('UNPROCESSABLE_ENTITY', path, route.method, violations);
  const example = model.example(route, 400) as { error: { type?: unknown } } | undefined;
  if (example) return json(400, withViolations(example, violations) ?? example);
  // No example: the generic error where the documented schema admits it, else the one error it documents
  // for a request body (`IncompleteRequestBodyError`, naming the required fields that are missing).
  const generic = withViolations({ error: { type: 'InvalidRequestBody' } }, violations)!;
  if (model.conforms(route, 400, generic)) return json(400, generic);
  const missing = violations.flatMap(({ message }) => /must have required property '([^']+)'/.exec(message)?.[1] ?? []);
  return json(400, { error: { type: 'IncompleteRequestBodyError', message: 'Some paths were missing from the request body', details: { missing_paths: missing, violations } } });
}
