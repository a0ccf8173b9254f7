import { describe, expect, it } from 'vitest';
import { explainInvalidRequest } from '../src/invalid-request.js';

const json = { 'content-type': 'application/json' };
const prismAnswer = { error: { type: 'InvalidRequestBody', message: 'The request body is not valid JSON.' } };
const violations = (...list: [string[], string][]) => JSON.stringify(list.map(([location, message]) => ({ location, severity: 'Error', code: 'x', message })));
const explain = (header: string | undefined, answer: unknown = prismAnswer, status = 400, headers: Record<string, string> = json) => {
  const explained = explainInvalidRequest(status, { ...headers, ...(header === undefined ? {} : { 'sl-violations': header }) }, Buffer.from(JSON.stringify(answer)));
  return explained && (JSON.parse(explained.toString()) as { error: { type: string; message: string; details: unknown }; meta?: unknown });
};

describe('explainInvalidRequest()', () => {
  it('puts the violations of the body, as JSON pointers, into the envelope and says the body does not match the schema', () => {
    const explained = explain(
      violations(
        [['request', 'body'], "Request body must have required property 'secondary'"],
        [['request', 'body', 'primary'], 'Request body property primary must be string'],
        [['request', 'body', 'servers', '0', 'a/b~c'], 'must be string'],
        [['response', 'body'], 'not about the request'],
      ),
      { ...prismAnswer, meta: { href: '/api/configuration/network/dns' } },
    );
    expect(explained).toEqual({
      error: {
        type: 'InvalidRequestBody',
        message:
          "The request body does not match the schema: /: Request body must have required property 'secondary'; /primary: Request body property primary must be string; /servers/0/a~1b~0c: must be string.",
        details: {
          violations: [
            { location: 'body', pointer: '', message: "Request body must have required property 'secondary'" },
            { location: 'body', pointer: '/primary', message: 'Request body property primary must be string' },
            { location: 'body', pointer: '/servers/0/a~1b~0c', message: 'must be string' },
          ],
        },
      },
      meta: { href: '/api/configuration/network/dns' },
    });
  });

  it('names violations outside the body by where they are, and lists only three in the message', () => {
    const explained = explain(
      violations(
        [['request', 'query', 'limit'], 'must be integer'],
        [['request', 'body', 'a'], 'one'],
        [['request', 'body', 'b'], 'two'],
        [['request', 'body', 'c'], 'three'],
      ),
      { error: { type: 'SyntacticError', message: 'The PEM cannot be loaded.' } },
    )!;
    expect(explained.error.type).toBe('SyntacticError');
    expect(explained.error.message).toBe('The request does not match the schema: query /limit: must be integer; /a: one; /b: two (and 1 more in details.violations).');
    expect((explained.error.details as { violations: unknown[] }).violations).toHaveLength(4);
  });

  it('says so when Prism cut the list because it was too long', () => {
    expect(explain('Too many violations! [{"location":["request","body"')).toEqual({
      error: { type: 'InvalidRequestBody', message: 'The request body does not match the schema (too many violations to list them).', details: { violations: [] } },
    });
  });

  it.each([
    ['another status', () => explain(violations([['request', 'body'], 'x']), prismAnswer, 422)],
    ['no violations header', () => explain(undefined)],
    ['no request violations', () => explain(violations([['response', 'body'], 'x']))],
    ['an error type with documented details', () => explain(violations([['request', 'body'], 'x']), { error: { type: 'IncompleteRequestBodyError', details: { missing_paths: ['slot_id'] } } })],
    ['a body that is not JSON', () => explain(violations([['request', 'body'], 'x']), prismAnswer, 400, { 'content-type': 'text/plain' })],
  ])('leaves the answer alone with %s', (_, run) => {
    expect(run()).toBeUndefined();
  });
});
