import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { parse as parseMediaType } from 'content-type';

/** Headers that describe one connection (RFC 9110 §7.6.1), never passed on by an intermediary. */
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/** `headers` without the hop-by-hop ones (and those the `Connection` header names), plus `extra`. */
export function endToEnd(headers: IncomingHttpHeaders, extra: OutgoingHttpHeaders = {}): OutgoingHttpHeaders {
  const named = String(headers.connection ?? '').toLowerCase().split(',').map((name) => name.trim());
  const kept = Object.entries(headers).filter(([name]) => !hopByHop.has(name) && !named.includes(name));
  return { ...Object.fromEntries(kept), ...extra };
}

/**
 * Why Prism cannot read a request's `Content-Type`, or `undefined`. Prism parses it with the same library
 * (content-type, RFC 9110 media types): an unreadable one answered a 500 with a body, and ended Prism without one.
 */
export function contentTypeProblem(value: string | undefined): string | undefined {
  if (value === undefined || isMediaType(value)) return undefined;
  return `the Content-Type header is not a media type such as application/json, got ${JSON.stringify(value.slice(0, 100))}`;
}

/**
 * `Accept` with only the media ranges Prism can read (`undefined` when none is left): Prism's mock parses
 * each with content-type, outside any try, and an unreadable one (`Accept: foo`) ended it. An appliance
 * ignores what it cannot read.
 */
export function readableAccept(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ranges = value.split(',').map((range) => range.trim()).filter(isMediaType);
  return ranges.length ? ranges.join(', ') : undefined;
}

function isMediaType(value: string): boolean {
  try {
    parseMediaType(value);
    return true;
  } catch {
    return false;
  }
}
