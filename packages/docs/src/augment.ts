/**
 * The copy of the bundled description that the reference is rendered from: code samples on every
 * operation, a visible note where a body is undocumented, badges for the SPS version something appeared
 * in, and the way back to the guides; without the source notes (`x-sps-source`), which Redoc does not
 * show. The bundle itself is never changed.
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

/** Where an operation or an example comes from in the vendor's pages: for the spec's readers, never shown by Redoc. */
const sourceKey = 'x-sps-source';

export function augmentForDocs(bundle: JsonObject, { guides = [], logo }: AugmentOptions = {}): JsonObject {
  const document = structuredClone(bundle);
  for (const entry of operations(document)) {
    entry.operation['x-codeSamples'] = codeSamples(document, entry) as unknown as Json;
    noteUndocumentedBodies(document, entry.operation);
    delete entry.operation[sourceKey];
  }
  for (const example of Object.values((document.components as JsonObject | undefined)?.examples ?? {})) if (isObject(example)) delete example[sourceKey];
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
  return flaggedBodies(document, operation).map(({ place }) => place);
}

interface FlaggedBody {
  /** `request`, or the response's status. */
  place: string;
  /** The request body or response, resolved. */
  body: JsonObject;
}

function flaggedBodies(document: JsonObject, operation: JsonObject): FlaggedBody[] {
  const flagged: FlaggedBody[] = [];
  const requestBody = operation.requestBody ? resolve(document, operation.requestBody) : undefined;
  if (requestBody && contentIsFlagged(document, requestBody)) flagged.push({ place: 'request', body: requestBody });
  for (const [status, response] of Object.entries((operation.responses ?? {}) as JsonObject)) {
    const body = resolve(document, response);
    if (contentIsFlagged(document, body)) flagged.push({ place: status, body });
  }
  return flagged;
}

/**
 * Puts the note on the body it is about — the request body, or the response of a status — so that it
 * shows where that body is rendered (the operation's description shows under "Request"). A shared
 * response is copied into the operation first; the bundle's components stay as they are.
 */
function noteUndocumentedBodies(document: JsonObject, operation: JsonObject): void {
  for (const { place, body } of flaggedBodies(document, operation)) {
    const noted = { ...body, description: `${undocumentedBodyNote(place)}\n\n${String(body.description ?? '')}`.trim() };
    if (place === 'request') operation.requestBody = noted;
    else (operation.responses as JsonObject)[place] = noted;
  }
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

function undocumentedBodyNote(place: string): string {
  const body = place === 'request' ? 'the request body' : `the ${place} response body`;
  return (
    `> **Undocumented body.** The vendor documentation does not describe ${body} of this operation. ` +
    `The schema stays open and names only what is known (\`${undocumentedFlag}\`): SPS may send other ` +
    `fields, and none are guessed here.`
  );
}
