/**
 * Prism crashes on JSON nested a few thousand levels deep (its logger recurses through the parsed body
 * until the stack overflows), and no SPS body comes near this bound, so deeper bodies never reach it.
 */
export const maxJsonDepth = 500;


/** Whether the JSON text in `body` opens more than `limit` arrays and objects inside each other (strings skipped). */
export function nestedDeeperThan(body: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === 0x5c) i++; // backslash: skip the escaped character
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > limit) return true;
    } else if (byte === 0x5d || byte === 0x7d) {
      depth--;
    }
  }
  return false;
}

/** Whether `body` is JSON text as Prism reads a body labelled JSON (`JSON.parse` of its UTF-8); it fails on anything else. */
export function isJsonText(body: Buffer): boolean {
  try {
    JSON.parse(body.toString());
    return true;
  } catch {
    return false;
  }
}
