/**
 * `sps.example.net` → `https://sps.example.net`; a trailing slash and a trailing `/api` are dropped (the
 * operation paths start with `/api`, and `…/api/api/…` is a classic SPS client bug).
 */
export function normalizeBaseUrl(baseUrl: string): string {
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new TypeError('baseUrl must be the host name or URL of the SPS appliance');
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(baseUrl) ? baseUrl.trim() : `https://${baseUrl.trim()}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    // Not echoed: a malformed value may still carry a password.
    throw new TypeError('baseUrl is neither a host name nor a URL');
  }
  if (url.username || url.password) {
    throw new TypeError('baseUrl must not contain credentials; log in with login({ username, password })');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`baseUrl must be an https:// (or http://) URL, not ${url.protocol}`);
  }
  return withScheme.replace(/\/+$/, '').replace(/\/api$/, '');
}
