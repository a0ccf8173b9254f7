import type { JsonObject } from './document.js';

export type Credentials = { kind: 'cookie'; name: string } | { kind: 'basic' } | { kind: 'none' };

/** The security requirements that apply to an operation: its own, else the document's. */
export function securityRequirements(document: JsonObject, operation: JsonObject): JsonObject[];

/**
 * Whether the operation cannot be called without the session cookie: every requirement that applies
 * names a cookie scheme. Such an operation answers 401 to a request without one.
 */
export function requiresSession(document: JsonObject, operation: JsonObject): boolean;

/**
 * What a valid request carries: the session cookie where a requirement accepts it (the usual way), else
 * HTTP Basic credentials (the login), else nothing (anonymous operations).
 */
export function credentials(document: JsonObject, operation: JsonObject): Credentials;
