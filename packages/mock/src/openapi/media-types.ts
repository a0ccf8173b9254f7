/** `application/json`, `application/problem+json`, `application/vnd.x+json`; parameters (`; charset=utf-8`) allowed. */
export const isJsonMediaType = (mediaType: string | undefined) => /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(mediaType ?? '');
