// How an operation authenticates, decided in this one place for the stateful mock, the docs, the tests
// and the lint rule (spec/lint/sps-plugin.js, which Redocly loads through tsx).
import type { JsonObject } from './document.js';

export type Credentials = { kind: 'cookie'; name: string } | { kind: 'basic' } | { kind: 'none' };
type Scheme = JsonObject | undefined;

/** The security requirements that apply to an operation: its own, else the document's. */
export function securityRequirements(document: JsonObject, operation: JsonObject): JsonObject[] {
  return (operation.security ?? document.security ?? []) as JsonObject[];
}

function securityScheme(document: JsonObject, name: string): Scheme {
  const scheme = ((document.components as JsonObject | undefined)?.securitySchemes as JsonObject | undefined)?.[name] as Scheme;
  if (scheme && typeof scheme.$ref === 'string') {
    throw new Error(`The security scheme ${name} is a $ref (${scheme.$ref}): define it in components.securitySchemes itself`);
  }
  return scheme;
}

const isSessionCookie = (scheme: Scheme) => scheme?.type === 'apiKey' && scheme.in === 'cookie';
const isHttpBasic = (scheme: Scheme) => scheme?.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic';

/** The schemes one requirement names (all of them at once), as defined in the document. */
const schemesOf = (document: JsonObject, requirement: JsonObject) => Object.keys(requirement).map((name) => securityScheme(document, name));

/**
 * Whether the operation cannot be called without the session cookie: every requirement that applies
 * names a cookie scheme. Such an operation answers 401 to a request without one.
 */
export function requiresSession(document: JsonObject, operation: JsonObject): boolean {
  const requirements = securityRequirements(document, operation);
  return requirements.length > 0 && requirements.every((requirement) => schemesOf(document, requirement).some(isSessionCookie));
}

/**
 * What a valid request carries: the session cookie where a requirement accepts it (the usual way), else
 * HTTP Basic credentials (the login), else nothing (anonymous operations).
 */
export function credentials(document: JsonObject, operation: JsonObject): Credentials {
  const schemes = securityRequirements(document, operation).flatMap((requirement) => schemesOf(document, requirement));
  const cookie = schemes.find(isSessionCookie);
  if (cookie) return { kind: 'cookie', name: String(cookie.name) };
  if (schemes.some(isHttpBasic)) return { kind: 'basic' };
  return { kind: 'none' };
}
