import type { IncomingMessage, ServerResponse } from 'node:http';
import { discardRest, readBounded } from './body.js';
import { maxJsonDepth, nestedDeeperThan } from './json-nesting.js';
import { isJsonMediaType } from './openapi/media-types.js';

/** The largest request body either mock reads (Prism reads no larger ones). */
export const requestBodyLimit = 10 * 2 ** 20;

/**
 * Reads a client's request body for either mock, or answers it at the HTTP layer and resolves with
 * `undefined`: a body above 10 MB gets a 413 (after it has been read to its end, so that the client
 * sees the answer), JSON nested deeper than 500 levels a 400, both in the shape Prism's HTTP layer uses.
 */
export async function readRequestBody(incoming: IncomingMessage, outgoing: ServerResponse): Promise<Buffer | undefined> {
  const read = await readBounded(incoming, requestBodyLimit);
  if (!read.complete) {
    await discardRest(incoming);
    httpLayerError(outgoing, 413, 'request_entity_too_large', 'Body exceeded 10mb limit');
    return undefined;
  }
  if (isJsonMediaType(incoming.headers['content-type']) && nestedDeeperThan(read.data, maxJsonDepth)) {
    httpLayerError(outgoing, 400, 'invalid_json', `JSON nested deeper than ${maxJsonDepth} levels`);
    return undefined;
  }
  return read.data;
}

/** An error of the HTTP layer, in the shape Prism's own HTTP layer answers malformed JSON with (not the SPS envelope). */
export function httpLayerError(outgoing: ServerResponse, status: number, code: string, message: string) {
  outgoing.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: { code, message } }));
}
