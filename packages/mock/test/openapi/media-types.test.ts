import { describe, expect, it } from 'vitest';
import { isJsonMediaType } from '../../src/openapi/media-types.js';

describe('isJsonMediaType', () => {
  it.each(['application/json', 'application/problem+json', 'application/vnd.sps.v1+json', 'application/json; charset=utf-8', 'Application/JSON', 'APPLICATION/JSON'])(
    '%s is JSON',
    (mediaType) => expect(isJsonMediaType(mediaType)).toBe(true),
  );

  it.each(['multipart/form-data', 'application/octet-stream', 'application/jsonl', 'text/json', 'application/json-seq', 'text/plain', 'application/jsonx', undefined])('%s is not', (mediaType) =>
    expect(isJsonMediaType(mediaType)).toBe(false),
  );
});
