/**
 * Why a request target cannot be served, or `undefined` when it is a plain path (origin-form, `/api/info?x`).
 * `OPTIONS *`, absolute URLs (`GET http://other/api/info`, what `curl -x` sends) and `CONNECT host:port`
 * are refused: sps-mock answers the SPS API, it is not an HTTP proxy. So is a path with a malformed
 * percent-encoding (`/api/audit/sessions/%ZZ`), and one with a backslash, which no path may hold
 * unencoded (RFC 3986 §3.3) and URL parsers read as a `/` (`/\evil/` as the other origin `//evil/`).
 */
export function requestTargetProblem(method: string | undefined, target: string | undefined): string | undefined {
  if (method === 'CONNECT') return 'CONNECT is not supported: sps-mock is not an HTTP proxy';
  if (target === '*') return `${method ?? 'a request'} * is not supported; send requests to a path such as /api/info`;
  if (!target?.startsWith('/') || target.startsWith('//')) {
    const what = /^[a-z][a-z0-9+.-]*:\/\//i.test(target ?? '') ? 'an absolute URL: sps-mock is not an HTTP proxy' : `"${(target ?? '').slice(0, 100)}"`;
    return `the request target must be a path such as /api/info, got ${what}`;
  }
  const path = target.split('?', 1)[0]!;
  if (path.includes('\\')) return `the request path must not hold a backslash (percent-encode it as %5C), got "${path.slice(0, 100)}"`;
  // Prism decodes path parameters with decodeURIComponent, outside any try: a malformed one ended it.
  if (!decodes(path)) return 'the request path has a malformed percent-encoding: a "%" not followed by two hex digits, or escaped bytes that are not UTF-8';
  return undefined;
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
