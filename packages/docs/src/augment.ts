/**
 * The copy of the bundled description that the reference is rendered from: code samples on every
 * operation, a visible note where a body is undocumented, badges for the SPS version something appeared
 * in, and the way back to the guides. The bundle itself is never changed.
 */
import { isObject, operations, resolve, type Json, type JsonObject } from '@sps-openapi/kit';
import { codeSamples } from './code-samples.js';
import { addVersionBadges } from './version-badges.js';

export interface GuideLink {
  title: string;
  /** Relative to the reference page. */
  href: string;
}

export interface AugmentOptions {
  /** Listed in a "Guides" section of the reference's introduction. */
  guides?: GuideLink[];
  /** Image shown above the reference's sidebar, linking back to the landing page. */
  logo?: { url: string; href: string; altText: string };
}

export const undocumentedFlag = 'x-sps-undocumented-body';

export function augmentForDocs(bundle: JsonObject, { guides = [], logo }: AugmentOptions = {}): JsonObject {
  const document = structuredClone(bundle);
  for (const entry of operations(document)) {
    entry.operation['x-codeSamples'] = codeSamples(document, entry) as unknown as Json;
    const note = undocumentedBodyNote(undocumentedBodies(document, entry.operation));
    if (note) entry.operation.description = `${note}\n\n${String(entry.operation.description ?? '')}`.trim();
  }
  addVersionBadges(document);
  const info = document.info as JsonObject;
  if (logo) info['x-logo'] = { ...logo };
  if (guides.length) {
    const list = guides.map(({ title, href }) => `- [${title}](${href})`).join('\n');
    info.description = `${String(info.description ?? '').trim()}\n\n## Guides\n\nTask-oriented walkthroughs that link back here:\n\n${list}\n`;
  }
  return document;
}

/** Where an operation's schemas carry the undocumented-body flag: `request`, and the response statuses. */
export function undocumentedBodies(document: JsonObject, operation: JsonObject): string[] {
  const places: string[] = [];
  const requestBody = operation.requestBody ? resolve(document, operation.requestBody) : undefined;
  if (requestBody && contentIsFlagged(document, requestBody)) places.push('request');
  for (const [status, response] of Object.entries((operation.responses ?? {}) as JsonObject)) {
    if (contentIsFlagged(document, resolve(document, response))) places.push(status);
  }
  return places;
}

function contentIsFlagged(document: JsonObject, body: JsonObject): boolean {
  return Object.values((body.content ?? {}) as Record<string, JsonObject>).some((media) => schemaIsFlagged(document, media.schema, new Set()));
}

/** Looks through references, compositions, properties and items, since the flag may sit on `body` only. */
function schemaIsFlagged(document: JsonObject, schema: Json | undefined, seen: Set<Json>): boolean {
  if (!isObject(schema) || seen.has(schema)) return false;
  seen.add(schema);
  if (typeof schema.$ref === 'string') return schemaIsFlagged(document, resolve(document, schema), seen);
  if (schema[undocumentedFlag] === true) return true;
  const children = [
    ...(['allOf', 'oneOf', 'anyOf'] as const).flatMap((key) => (Array.isArray(schema[key]) ? schema[key] : [])),
    ...Object.values(isObject(schema.properties) ? schema.properties : {}),
    schema.items,
  ];
  return children.some((child) => schemaIsFlagged(document, child, seen));
}

function undocumentedBodyNote(places: string[]): string | undefined {
  if (!places.length) return undefined;
  const statuses = places.filter((place) => place !== 'request');
  const parts = [
    ...(places.includes('request') ? ['the request body'] : []),
    ...(statuses.length ? [`the ${statuses.join(' and ')} response body`] : []),
  ];
  return (
    `> **Undocumented body.** The vendor documentation does not describe ${parts.join(' or ')} of this ` +
    `operation. The schema stays open and names only what is known (\`${undocumentedFlag}\`): SPS may send ` +
    `other fields, and none are guessed here.`
  );
}
