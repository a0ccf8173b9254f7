/** JSON pointers (RFC 6901) in URI fragment form, as `$ref`s write them: `#/paths/~1api~1transaction/get`. */

export const escapeSegment = (segment: string | number) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1');

export const unescapeSegment = (segment: string) => segment.replaceAll('~1', '/').replaceAll('~0', '~');

/** `appendPointer('#/paths', '/api/info', 'get')` → `#/paths/~1api~1info/get`. */
export function appendPointer(pointer: string, ...segments: (string | number)[]): string {
  return pointer + segments.map((segment) => `/${escapeSegment(segment)}`).join('');
}

/** `#/paths/~1api~1info/get` → `['paths', '/api/info', 'get']`; `#` → `[]`. */
export function pointerSegments(pointer: string): string[] {
  if (pointer !== '#' && !pointer.startsWith('#/')) throw new Error(`Not a local JSON pointer: ${pointer}`);
  return pointer === '#' ? [] : pointer.slice(2).split('/').map(unescapeSegment);
}
