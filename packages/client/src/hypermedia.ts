/**
 * SPS is navigable by its `meta` links (`parent`, `next`, item `href`s, `transaction`, `slot`, …).
 * These helpers GET a link through the client (session, retries, errors) and type the answer where
 * the target is known.
 */
import { SpsError } from './errors.js';
import type { Api, Followed, GetData, Schema, SpsDocument } from './types.js';
import { readAnswer } from './unwrap.js';

export interface HypermediaContext {
  api: Api;
  /** The normalized base URL, e.g. `https://sps.example.net`. */
  baseUrl: string;
}

type Meta = Schema<'Meta'>;
type NamedKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: T[K] };
/** The documented link names of `meta` (SPS may add others). */
export type LinkName = { [K in NamedKeys<Meta>]-?: NonNullable<Meta[K]> extends string ? K : never }[NamedKeys<Meta>];

/** Links whose target path the description states (see the `Meta` schema). */
interface KnownLinkTargets {
  transaction: '/api/transaction';
  changes: '/api/transaction/changes';
  fetch: '/api/firmware/fetch';
  slots: '/api/firmware/slots';
  slot: '/api/firmware/slots/{slot_id}';
  current_slot: '/api/firmware/slots/{slot_id}';
  slot_after_reboot: '/api/firmware/slots/{slot_id}';
}
export type LinkTarget<Rel extends string> = Rel extends keyof KnownLinkTargets ? GetData<KnownLinkTargets[Rel]> : SpsDocument;

export function hypermediaHelpers({ api, baseUrl }: HypermediaContext) {
  const get = api.GET as unknown as (path: string) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  const helpers = {
    /** GETs a link of SPS (`/api/…`, or an absolute URL on the same appliance); typed when it matches a known path. */
    async follow<Href extends string>(href: Href): Promise<Followed<Href>> {
      return (await readAnswer(get(toPath(baseUrl, href)))) as Followed<Href>;
    },

    /**
     * Follows `document.meta[rel]`, e.g. `followLink(dns, 'parent')`, `followLink(item, 'href')`,
     * `followLink(job, 'slot')`. Resolves with `null` when the link is absent or `null` (the last sibling's `next`).
     */
    async followLink<Rel extends LinkName | (string & {})>(
      document: { meta?: Meta | undefined } | null | undefined,
      rel: Rel,
    ): Promise<LinkTarget<Rel> | null> {
      const href = document?.meta?.[rel];
      if (href === undefined || href === null) return null;
      if (typeof href !== 'string') throw new TypeError(`meta.${rel} is not a link`);
      return (await helpers.follow(href)) as LinkTarget<Rel>;
    },
  };
  return helpers;
}

/**
 * A link as a path under the client's base URL; links to anywhere else are refused (they would get the session cookie), dot segments too,
 * and `\`, spaces and control characters, which the URL parser turns into `/` or drops (`/.\t./` is `/../`).
 */
function toPath(baseUrl: string, href: string): string {
  let path = href;
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) {
    if (!href.startsWith(`${baseUrl}/`)) throw new SpsError(`Not following a link off the appliance: ${href}`);
    path = href.slice(baseUrl.length);
  }
  if (!path.startsWith('/')) throw new TypeError(`Not a server-relative SPS link: ${href}`);
  // `/../other-app/` would leave a base URL's path (`https://gateway/sps`) for another application there.
  const segments = path.replace(/[?#].*$/, '').split('/');
  if (segments.some((segment) => /^(?:\.|%2e){1,2}$|[\\\0- ]/i.test(segment))) throw new SpsError(`Not following a link with a . or .. segment, \\, space or control character: ${href}`);
  return path.replace(/#.*$/, '');
}
