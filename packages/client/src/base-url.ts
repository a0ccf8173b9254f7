/**
 * The base URL, parsed once. `sps.example.net` → `https://sps.example.net`; a trailing slash and a
 * trailing `/api` are dropped (the operation paths start with `/api`, and `…/api/api/…` is a classic
 * SPS client bug). Error messages never repeat the value: a malformed one may still carry a password.
 */
export function parseBaseUrl(baseUrl: string): URL {
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new TypeError('baseUrl must be the host name or URL of the SPS appliance');
  }
  if (baseUrl !== baseUrl.trim()) throw new TypeError('baseUrl must not start or end with whitespace');
  if (baseUrl.includes('?')) throw new TypeError('baseUrl must not have a query (…?…): every request would carry it');
  if (baseUrl.includes('#')) throw new TypeError('baseUrl must not have a fragment (…#…)');
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(baseUrl);
  // Without a scheme, `ht!tp://host` would be the host `ht!tp` and `https:/host` the host `https`, over https;
  // a colon before the first slash is a port (`host:8443/…`) or an IPv6 address (`[::1]`), nothing else.
  if (!hasScheme && /^[^/[]*:(?!\d+(\/|$))/.test(baseUrl)) throw new TypeError('baseUrl has a malformed scheme (or no "//" after it): start it with https:// or http://');
  let url: URL;
  try {
    url = new URL(hasScheme ? baseUrl : `https://${baseUrl}`);
  } catch {
    throw new TypeError('baseUrl is neither a host name nor a URL');
  }
  if (url.username || url.password) {
    throw new TypeError('baseUrl must not contain credentials; log in with login({ username, password })');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`baseUrl must be an https:// (or http://) URL, not ${url.protocol}`);
  }
  url.pathname = url.pathname.replace(/\/+$/, '').replace(/\/api$/, '');
  return url;
}

/** The base URL as the client uses it: `https://sps.example.net`, `https://proxy.example.net/sps`. */
export function normalizeBaseUrl(baseUrl: string): string {
  return parseBaseUrl(baseUrl).href.replace(/\/$/, '');
}

/** Plain `http://` to a host other than this machine: anyone on the way can read what is sent. */
export function isCleartextToAnotherHost(url: URL): boolean {
  return url.protocol === 'http:' && !/^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(url.hostname);
}

/** The path of `url` without the base URL's own prefix and without the query: `/api/info`. */
export function pathWithin(baseUrl: URL, url: string): string {
  const { pathname } = new URL(url);
  const prefix = baseUrl.pathname === '/' ? '' : baseUrl.pathname;
  return prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}
