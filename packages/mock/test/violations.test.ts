import { describe, expect, it } from 'vitest';
import { dedupe, isPrismProblem, prismViolations, violationsFromHeader, violationsFromProblem } from '../src/violations.js';

describe('violations', () => {
  it('reads Prism\'s sl-violations header', () => {
    const header = JSON.stringify([
      { location: ['request'], message: 'Invalid security scheme used' },
      { location: ['response', 'body', 'key'], message: 'Response body property key must be string' },
    ]);
    expect(violationsFromHeader(header)).toEqual([
      { location: 'request', message: 'Invalid security scheme used' },
      { location: 'response.body.key', message: 'Response body property key must be string' },
    ]);
    expect(violationsFromHeader(undefined)).toEqual([]);
  });

  it('keeps a cut header as one violation, at most 500 characters', () => {
    const cut = `Too many violations! ${'['.repeat(1000)}`;
    expect(prismViolations(cut)).toBeUndefined();
    expect(violationsFromHeader(cut)).toEqual([{ location: 'response', message: cut.slice(0, 500) }]);
  });

  it('reads Prism\'s own problem answers, adding the request prefix it leaves out', () => {
    expect(violationsFromProblem(JSON.stringify({ title: 'Invalid request', validation: [{ location: ['body', 'status'], message: 'must be equal to constant' }] }))).toEqual([
      { location: 'request.body.status', message: 'must be equal to constant' },
    ]);
    expect(violationsFromProblem(JSON.stringify({ title: 'Route not resolved', detail: 'no path matched' }))).toEqual([{ location: 'request', message: 'Route not resolved: no path matched' }]);
    expect(violationsFromProblem('not json')).toEqual([{ location: 'response', message: 'unreadable error answer from Prism' }]);
  });

  it('tells Prism\'s problem answers by their media type, and drops duplicates', () => {
    expect(isPrismProblem({ 'content-type': 'application/problem+json; charset=utf-8' })).toBe(true);
    expect(isPrismProblem({ 'content-type': 'application/json' })).toBe(false);
    const one = { location: 'request', message: 'x' };
    expect(dedupe([one, { ...one }, { location: 'request', message: 'y' }])).toEqual([one, { location: 'request', message: 'y' }]);
  });
});
