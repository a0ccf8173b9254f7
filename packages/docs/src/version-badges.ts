/**
 * Version availability in the reference: every operation, parameter and schema (property) that says in
 * which SPS version it appeared (`x-sps-since`) or was last seen (`x-sps-until`) gets a Redoc badge,
 * such as "SPS 7.4+", beside its name.
 */
import { isObject, type Json, type JsonObject } from '@sps-openapi/kit';

export const sinceKey = 'x-sps-since';
export const untilKey = 'x-sps-until';

/** "SPS 7.4+", "SPS ≤ 6.9", "SPS 6.0.4–6.9"; `undefined` when neither is given. */
export function versionBadgeText(since: Json | undefined, until: Json | undefined): string | undefined {
  if (typeof since === 'string' && typeof until === 'string') return `SPS ${since}–${until}`;
  if (typeof since === 'string') return `SPS ${since}+`;
  if (typeof until === 'string') return `SPS ≤ ${until}`;
  return undefined;
}

/** Adds the badges in place, everywhere in `document` except inside examples. */
export function addVersionBadges(document: JsonObject): void {
  const visit = (node: Json) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    const text = versionBadgeText(node[sinceKey], node[untilKey]);
    if (text) node['x-badges'] = [...(Array.isArray(node['x-badges']) ? node['x-badges'] : []), { name: text, color: '#6b4fbb' }];
    for (const [key, child] of Object.entries(node)) if (key !== 'example' && key !== 'examples') visit(child);
  };
  visit(document);
}
