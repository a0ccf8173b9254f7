/** `application/json`, `application/problem+json`; parameters (`; charset=utf-8`) allowed. */
export const isJsonMediaType = (mediaType: string) => /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(mediaType);
