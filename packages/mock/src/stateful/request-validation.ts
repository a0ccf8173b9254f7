/**
 * Checks a request against its operation with Ajv, the way Prism does in the other mode: path and
 * query parameters (their text turned into the types their schemas admit), then the body of its media
 * type. Violations are answered as Prism answers them (see `invalidRequest`).
 */
import type { ErrorObject } from 'ajv';
import type { RequestViolation } from '../invalid-request.js';
import { isJsonMediaType } from '../openapi/index.js';
import { invalidRequest, prismProblem, type Answer } from './answers.js';
import type { Parameter, Route, SpecModel } from './routes.js';

export interface RawRequest {
  path: string;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  contentType: string | undefined;
  body: Buffer;
}

export interface CheckedRequest {
  /** Path and query parameters, in the types of their schemas. */
  params: Record<string, unknown>;
  /** The parsed JSON body, the form of a multipart body, or the bytes of a raw one; `undefined` without a body. */
  body: unknown;
  mediaType?: string;
}

/** The most violations listed in one answer. */
const maxViolations = 20;

export async function checkRequest(model: SpecModel, route: Route, request: RawRequest): Promise<CheckedRequest | Answer> {
  const params: Record<string, unknown> = {};
  const violations: RequestViolation[] = [];
  for (const parameter of route.parameters) {
    const texts = parameter.in === 'path' ? [request.pathParams[parameter.name]].filter((text) => text !== undefined) : request.query.getAll(parameter.name);
    if (!texts.length) {
      if (parameter.required) violations.push({ location: parameter.in, pointer: '', message: `Request ${parameter.in} parameter ${parameter.name} is required` });
      continue;
    }
    // A parameter given more than once is the list of its values, as Prism reads it: no schema of one value admits it.
    const value = texts.length === 1 ? typed(parameter, texts[0]!) : texts.map((text) => typed(parameter, text));
    if (!parameter.validate(value)) violations.push(...violationsOf(parameter.validate.errors, parameter.in, `Request ${parameter.in} parameter ${parameter.name}`, `/${parameter.name}`));
    params[parameter.name] = value;
  }
  if (violations.length) return invalidRequest(model, route, violations.slice(0, maxViolations), request.path);
  if (!route.requestBody) return { params, body: undefined };

  const mediaType = (request.contentType ?? (request.body.length ? 'application/json' : '')).split(';')[0]!.trim().toLowerCase();
  if (!request.body.length && !/^multipart\//.test(mediaType)) {
    if (!route.requestBody.required) return { params, body: undefined };
    return invalidRequest(model, route, [{ location: 'body', pointer: '', message: 'Body parameter is required' }], request.path);
  }
  const accepted = [...route.requestBody.mediaTypes.keys()].find((candidate) => candidate.toLowerCase() === mediaType);
  if (!accepted) return prismProblem('INVALID_CONTENT_TYPE', request.path, route.method);
  const validate = route.requestBody.mediaTypes.get(accepted);
  let body: unknown = request.body;
  let checked: unknown = body;
  if (isJsonMediaType(accepted)) {
    try {
      body = checked = JSON.parse(request.body.toString('utf8'));
    } catch {
      return { status: 400, json: { error: { code: 'invalid_json', message: 'Invalid JSON' } } };
    }
  } else if (accepted === 'multipart/form-data') {
    const form = await formOf(request);
    if (!form) return invalidRequest(model, route, [{ location: 'body', pointer: '', message: 'Request body is not a readable multipart/form-data body' }], request.path);
    body = form;
    // A file part is a string with a `contentMediaType` in the schema: stand in its name for the bytes.
    const fields: Record<string, string> = {};
    form.forEach((value, name) => (fields[name] = typeof value === 'string' ? value : value.name));
    checked = fields;
  }
  if (validate && !validate(checked)) return invalidRequest(model, route, violationsOf(validate.errors, 'body', 'Request body').slice(0, maxViolations), request.path);
  return { params, body, mediaType: accepted };
}

/** The text of a parameter as the JSON type its schema wants, where it reads as one. */
function typed(parameter: Parameter, text: string): unknown {
  if ((parameter.types.includes('integer') || parameter.types.includes('number')) && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return Number(text);
  if (parameter.types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

async function formOf(request: RawRequest): Promise<FormData | undefined> {
  try {
    return await new Response(request.body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': request.contentType ?? '' } }).formData();
  } catch {
    return undefined;
  }
}

/** Ajv's errors as violations, worded like Prism's ("Request body property primary must be string"). */
function violationsOf(errors: ErrorObject[] | null | undefined, location: string, subject: string, prefix = ''): RequestViolation[] {
  const seen = new Set<string>();
  return (errors ?? []).flatMap(({ instancePath, message, params }) => {
    const property = instancePath.split('/').pop();
    const found = 'additionalProperty' in params ? `; found '${String(params.additionalProperty)}'` : 'unevaluatedProperty' in params ? `: '${String(params.unevaluatedProperty)}'` : '';
    const text = `${subject}${instancePath && prefix === '' ? ` property ${property}` : ''} ${message ?? 'is invalid'}${found}`;
    const pointer = prefix + instancePath;
    if (seen.has(`${pointer} ${text}`)) return [];
    seen.add(`${pointer} ${text}`);
    return [{ location, pointer, message: text }];
  });
}
