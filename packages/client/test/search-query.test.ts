import { sessionQuery, type SessionQueryValue } from '@sps-openapi/client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryNode } from './support/search-syntax.js';

const fieldName = fc.stringMatching(/^[A-Za-z_]\w{0,8}(\.\w{1,8}){0,2}$/);
/** Any text at all, weighted towards the characters the syntax gives a meaning. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'+-&|!(){}[]^"~*?:\\/ AND OR NOT \n\t'.split('')), maxLength: 40 }),
  fc.constantFrom('AND', 'OR', 'NOT', '*', '"', '\\', '\\"', 'x" OR user.name:"root', ') OR (active:true', 'a\\'),
);
const value: fc.Arbitrary<SessionQueryValue> = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean());
const term = (field: string, one: SessionQueryValue): QueryNode => ({ type: 'term', field, value: String(one), quoted: true });

describe('sessionQuery', () => {
  it('writes quoted terms joined with AND, and any-of groups', () => {
    expect(sessionQuery({ 'user.name': 'root', protocol: 'SSH' })).toBe('user.name:"root" AND protocol:"SSH"');
    expect(sessionQuery({ protocol: ['SSH', 'RDP'], active: false, 'client.port': 22 })).toBe('protocol:("SSH" OR "RDP") AND active:"false" AND client.port:"22"');
    expect(sessionQuery({ 'user.name': 'C:\\Users\\x "y"' })).toBe('user.name:"C\\:\\\\Users\\\\x \\"y\\""');
    expect(sessionQuery({ 'user.name': undefined })).toBe('');
  });

  it('any value is one term of its field, whatever characters it holds (property)', () => {
    fc.assert(
      fc.property(fieldName, value, (field, one) => {
        expect(parseQuery(sessionQuery({ [field]: one }))).toEqual(term(field, one));
      }),
      { numRuns: 2000 },
    );
  });

  it('several fields, and lists of values, parse back into exactly what was given (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fieldName, fc.oneof(value, fc.array(value, { minLength: 2, maxLength: 4 })), { minKeys: 2, maxKeys: 5 }), (fields) => {
        const expected = Object.entries(fields).map(([field, given]) =>
          Array.isArray(given) ? { type: 'or', children: given.map((one) => term(field, one)) } : term(field, given as SessionQueryValue),
        );
        expect(parseQuery(sessionQuery(fields))).toEqual({ type: 'and', children: expected });
      }),
      { numRuns: 500 },
    );
  });

  it('the property can fail: quoting without escaping lets a value change the query', () => {
    const naive = (field: string, one: string) => `${field}:"${one}"`;
    expect(parseQuery(naive('user.name', 'x" OR user.name:"root'))).not.toEqual(term('user.name', 'x" OR user.name:"root'));
    expect(() => parseQuery(naive('user.name', 'a\\'))).toThrow(SyntaxError);
  });

  it('refuses field names that are not dotted names, and values of other types', () => {
    for (const name of ['', 'user name', 'a:b', 'x) OR (y', '.name', 'name.', '1st']) {
      expect(() => sessionQuery({ [name]: 'v' }), name).toThrow(TypeError);
    }
    expect(() => sessionQuery({ protocol: [] })).toThrow(TypeError);
    expect(() => sessionQuery({ protocol: { $ne: 1 } as never })).toThrow(TypeError);
    expect(() => sessionQuery({ protocol: [null] as never })).toThrow(TypeError);
  });
});
