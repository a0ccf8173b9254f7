/**
 * The one form of a request path that the stateful mock routes by and finds objects at. Percent-encoded
 * unreserved characters (ALPHA / DIGIT / `-` / `.` / `_` / `~`) are the characters themselves
 * (RFC 3986 §6.2.2.2), so `/api/configuration/network/%64ns` is `/api/configuration/network/dns`; every
 * other escape stays one (its hex digits upper-cased, §6.2.2.1), so `%2F` never becomes a path separator.
 * Dot segments (`.`, `%2E`) are gone already: the URL parser removes them.
 */
export function normalizedPath(pathname: string): string {
  return pathname.replace(/%[0-9A-Fa-f]{2}/g, (escape) => {
    const character = String.fromCharCode(parseInt(escape.slice(1), 16));
    return /^[A-Za-z0-9._~-]$/.test(character) ? character : escape.toUpperCase();
  });
}
