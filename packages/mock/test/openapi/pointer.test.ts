import { describe, expect, it } from 'vitest';
import { appendPointer, escapeSegment, pointerSegments, unescapeSegment } from '../../src/openapi/pointer.js';

describe('JSON pointers', () => {
  it('escape ~ before / (RFC 6901), so that ~1 in a name survives', () => {
    expect(escapeSegment('/api/x~1')).toBe('~1api~1x~01');
    expect(unescapeSegment('~1api~1x~01')).toBe('/api/x~1');
  });

  it('append segments, numbers included', () => {
    expect(appendPointer('#/paths', '/api/info', 'get', 'parameters', 0)).toBe('#/paths/~1api~1info/get/parameters/0');
    expect(appendPointer('', 'a/b', 'c')).toBe('/a~1b/c');
    expect(appendPointer('#/x')).toBe('#/x');
  });

  it('split a local pointer back into its segments', () => {
    expect(pointerSegments('#/paths/~1api~1info/get')).toEqual(['paths', '/api/info', 'get']);
    expect(pointerSegments('#')).toEqual([]);
    expect(() => pointerSegments('other.yaml#/x')).toThrow(/Not a local JSON pointer/);
  });
});
