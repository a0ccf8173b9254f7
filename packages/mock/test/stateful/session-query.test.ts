import { describe, expect, it } from 'vitest';
import { fieldReader, maxQueryNesting, parseQuery, QuerySyntaxError } from '../../src/stateful/session-query.js';

const alice = { user: { name: 'alice' }, protocol: 'SSH', server: { address: '10.30.255.70' }, verdict: 'ACCEPT', active: false, origin: 'RECORDING' };
const bob = { user: { name: 'bob' }, protocol: 'RDP', server: { address: '10.30.255.71' }, verdict: 'AUTH_FAIL', active: true, origin: 'RECORDING' };
const matching = (q: string) => [alice, bob].filter(parseQuery(q)).map((session) => session.user.name);

describe('parseQuery()', () => {
  it.each([
    ['user.name:alice', ['alice']],
    ['protocol:SSH', ['alice']],
    ['protocol:ssh', ['alice']],
    ['server.address: 10.30.255.70', ['alice']],
    ['server.address:"10.30.255.71"', ['bob']],
    ['verdict:AUTH_FAIL', ['bob']],
    ['active:true', ['bob']],
    ['active:false', ['alice']],
    ['protocol:SSH AND user.name:balabit', []],
    ['protocol:SSH OR user.name:bob', ['alice', 'bob']],
    ['protocol:SSH user.name:bob', ['alice', 'bob']],
    ['NOT protocol:SSH', ['bob']],
    ['-protocol:SSH', ['bob']],
    ['protocol:(SSH OR RDP) AND NOT active:true', ['alice']],
    ['(protocol:RDP || verdict:ACCEPT) && active:false', ['alice']],
    ['origin:("RECORDING")', ['alice', 'bob']],
    ['user.name:*', ['alice', 'bob']],
    ['user.name:al*', ['alice']],
    ['user.name:b?b', ['bob']],
    ['server.address:10.30.255.7*', ['alice', 'bob']],
    ['user.name:A?I*', ['alice']],
    ['user.name:*c*', ['alice']],
    ['user.name:?????', ['alice']],
    ['user.name:*?*?*?', ['alice', 'bob']],
    ['user.name:*?*?*?*?*?*?', []],
    ['user.name:**b', ['bob']],
    ['user.name:"al*"', []],
    ['client.name:x', []],
    ['client.name:""', []],
  ])('%s matches %j', (q, names) => {
    expect(matching(q)).toEqual(names);
  });

  it.each([
    ['', 'the query is empty'],
    ['protocol:(SSH', 'a parenthesis is not closed'],
    ['protocol:SSH)', 'unexpected ")"'],
    ['alice', '"alice" names no field; write field:value'],
    ['user.name:"alice', 'a quoted phrase is not closed'],
    ['protocol:SSH AND', 'the query ends where a term was expected'],
    [':SSH', 'a field name is missing'],
    ['protocol:', '"protocol:" has no value; write protocol:value'],
    ['(protocol:)', '"protocol:" has no value'],
  ])('refuses %j: %s', (q, message) => {
    expect(() => parseQuery(q)).toThrow(QuerySyntaxError);
    expect(() => parseQuery(q)).toThrow(message);
  });

  it('reads an escaped or quoted * and ? as the character itself', () => {
    const literal = { user: { name: 'a*b?' } };
    const other = { user: { name: 'axxbz' } };
    expect([literal, other].filter(parseQuery('user.name:a\\*b\\?'))).toEqual([literal]);
    expect([literal, other].filter(parseQuery('user.name:"a*b?"'))).toEqual([literal]);
    expect([literal, other].filter(parseQuery('user.name:a*b?'))).toEqual([literal, other]);
  });

  it(`reads parentheses and NOT nested ${maxQueryNesting} levels deep, and refuses deeper ones before the stack runs out`, () => {
    const nested = (levels: number, open: string, close: string) => `${open.repeat(levels)}protocol:SSH${close.repeat(levels)}`;
    expect(matching(nested(maxQueryNesting, '(', ')'))).toEqual(['alice']);
    expect(matching(nested(maxQueryNesting, 'NOT ', ''))).toEqual(['alice']); // an even number of NOTs cancels out
    expect(matching(`protocol:${nested(maxQueryNesting - 1, '(', ')').replace('protocol:SSH', 'SSH')}`)).toEqual(['alice']);
    for (const q of [nested(maxQueryNesting + 1, '(', ')'), nested(maxQueryNesting + 1, '!', ''), nested(10_000, '(', ')'), nested(10_000, '-', ''), `protocol:${'('.repeat(10_000)}SSH`]) {
      expect(() => parseQuery(q), q.slice(0, 20)).toThrow(new QuerySyntaxError(`the query nests parentheses and NOT more than ${maxQueryNesting} levels deep`));
    }
  });
});

describe('fieldReader()', () => {
  it('follows dotted names through own properties only', () => {
    expect(fieldReader('user.name')(alice)).toBe('alice');
    expect(fieldReader('user.nobody')(alice)).toBeUndefined();
    for (const field of ['__proto__', '__proto__.toString', 'constructor', 'user.constructor.name']) expect(fieldReader(field)(alice), field).toBeUndefined();
    expect(matching('constructor:*')).toEqual([]);
  });
});
