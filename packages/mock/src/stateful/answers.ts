/**
 * What the stateful mock answers, and its error answers: the documented SPS error envelopes (taken from
 * the operation's own named examples) and, where the description documents nothing, Prism's problem
 * documents, so that both modes of sps-mock answer bad requests alike.
 */
import { genericErrorTypes, withViolations, type RequestViolation } from '../invalid-request.js';
import { isJsonMediaType, parameterExample, pointerSegments, resolve, type Json, type JsonObject } from '../openapi/index.js';
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
 * A documented answer of the operation (its success by default) as the description shows it: the headers
 * it gives examples of (the `Location` of a `303`), and a body of its media type — `json` (else the first
 * named example) for JSON, `raw` (else no bytes) for any other media type, nothing where it documents no
 * content.
 */
export function documentedAnswer(model: SpecModel, route: Route, status: number = route.successStatus, body: { json?: unknown; raw?: string | Uint8Array } = {}): Answer {
  const response = model.response(route, status);
  if (!response) throw new Error(`${route.method} ${route.path} documents no ${status} answer`);
  const headers = Object.fromEntries(
    Object.entries((response.headers ?? {}) as JsonObject).flatMap(([name, header]) => {
      const example = parameterExample(model.document, resolve(model.document, header));
      return typeof example === 'string' ? [[name.toLowerCase(), example]] : [];
    }),
  );
  const answer: Answer = { status, ...(Object.keys(headers).length && { headers }) };
  const mediaTypes = Object.keys((response.content ?? {}) as JsonObject);
  if (!mediaTypes.length) return answer;
  if (mediaTypes.some(isJsonMediaType)) return { ...answer, json: body.json !== undefined ? body.json : (model.example(route, status) ?? null) };
  return { ...answer, raw: body.raw ?? new Uint8Array(), contentType: mediaTypes[0]! };
}

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
 * Without an example, the error types the documented 400 pins decide: a generic one (`InvalidRequestBody`,
 * `SyntacticError`) explains the violations; `IncompleteRequestBodyError` names the required fields that
 * are missing, when some are; else the generic `InvalidRequestBody`, where the schema admits it.
 */
export function invalidRequest(model: SpecModel, route: Route, violations: RequestViolation[], path: string): Answer {
  const documented400 = route.statuses.includes('400') && !route.statuses.includes('422') && !route.statuses.includes('4XX');
  if (!documented400) return prismProblem('UNPROCESSABLE_ENTITY', path, route.method, violations);
  const example = model.example(route, 400) as { error: { type?: unknown } } | undefined;
  if (example) return json(400, withViolations(example, violations) ?? example);
  const types = model.errorTypes(route, 400);
  const missing = violations.flatMap(({ location, pointer, message }) => {
    const name = location === 'body' ? /must have required property '([^']+)'/.exec(message)?.[1] : undefined;
    return name === undefined ? [] : [[...pointerSegments(`#${pointer}`), name].join('.')];
  });
  const candidates = [
    ...types.filter((type) => genericErrorTypes.has(type)).map((type) => withViolations({ error: { type } }, violations)!),
    ...(types.includes('IncompleteRequestBodyError') && missing.length
      ? [{ error: { type: 'IncompleteRequestBodyError', message: `Some paths were missing from the request body: ${missing.join(', ')}.`, details: { missing_paths: missing, violations } } }]
      : []),
    withViolations({ error: { type: 'InvalidRequestBody' } }, violations)!,
  ];
  const admitted = candidates.find((candidate) => model.conforms(route, 400, candidate));
  return admitted ? json(400, admitted) : prismProblem('UNPROCESSABLE_ENTITY', path, route.method, violations);
}
