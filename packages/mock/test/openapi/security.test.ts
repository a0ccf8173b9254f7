import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/openapi/bundle.js';
import type { JsonObject } from '../../src/openapi/document.js';
import { operations } from '../../src/openapi/operations.js';
import { credentials, requiresSession, securityRequirements } from '../../src/openapi/security.js';

/** Schemes are recognised by what they are, not by their names. */
const document: JsonObject = {
  security: [{ session: [] }],
  components: {
    securitySchemes: {
      session: { type: 'apiKey', in: 'cookie', name: 'sid' },
      password: { type: 'http', scheme: 'Basic' },
      token: { type: 'apiKey', in: 'header', name: 'X-Token' },
      bearer: { type: 'http', scheme: 'bearer' },
    },
  },
};

describe('securityRequirements', () => {
  it("are the operation's own, else the document's; an empty list makes it anonymous", () => {
    expect(securityRequirements(document, {})).toEqual([{ session: [] }]);
    expect(securityRequirements(document, { security: [{ password: [] }] })).toEqual([{ password: [] }]);
    expect(securityRequirements(document, { security: [] })).toEqual([]);
    expect(securityRequirements({}, {})).toEqual([]);
  });
});

describe('requiresSession', () => {
  it.each([
    ['inherits the document’s cookie requirement', {}, true],
    ['accepts the cookie or nothing (optional)', { security: [{ session: [] }, {}] }, false],
    ['accepts the cookie or a password', { security: [{ session: [] }, { password: [] }] }, false],
    ['needs the cookie and a header token together', { security: [{ session: [], token: [] }] }, true],
    ['is anonymous', { security: [] }, false],
    ['needs a token, not the cookie', { security: [{ token: [] }] }, false],
  ])('is decided for an operation that %s', (_, operation, expected) => {
    expect(requiresSession(document, operation as JsonObject)).toBe(expected);
  });
});

describe('credentials', () => {
  it.each([
    ['the cookie, named as its scheme says', {}, { kind: 'cookie', name: 'sid' }],
    ['the cookie where it is optional', { security: [{ session: [] }, {}] }, { kind: 'cookie', name: 'sid' }],
    ['the cookie before a password', { security: [{ password: [] }, { session: [] }] }, { kind: 'cookie', name: 'sid' }],
    ['HTTP Basic (any case of the scheme name)', { security: [{ password: [] }, {}] }, { kind: 'basic' }],
    ['nothing for an anonymous operation', { security: [] }, { kind: 'none' }],
    ['nothing for schemes it cannot send', { security: [{ bearer: [] }, { token: [] }] }, { kind: 'none' }],
  ])('are %s', (_, operation, expected) => {
    expect(credentials(document, operation as JsonObject)).toEqual(expected);
  });

  it('refuses a scheme given as a $ref rather than guessing what it is', () => {
    const referenced = { security: [{ session: [] }], components: { securitySchemes: { session: { $ref: 'schemes.yaml' } } } };
    expect(() => credentials(referenced, {})).toThrow(/The security scheme session is a \$ref/);
  });
});

describe('the operations of the bundle', () => {
  const bundle = loadBundle();
  const byKind = (kind: string) =>
    operations(bundle)
      .filter(({ operation }) => credentials(bundle, operation).kind === kind)
      .map(({ operation }) => operation.operationId);

  it('need the session cookie, except the login, its methods, the appliance info and the Welcome Wizard', () => {
    const open = operations(bundle).filter(({ operation }) => !requiresSession(bundle, operation));
    expect(open.map(({ operation }) => operation.operationId).sort()).toEqual([
      'completeSetup',
      'getApplianceInfo',
      'getAuthenticationLoginMethods',
      'getSetupStatus',
      'logIn',
    ]);
  });

  it('are called with the cookie, except the login (HTTP Basic), the login methods and the Welcome Wizard (nothing)', () => {
    expect(byKind('basic')).toEqual(['logIn']);
    expect(byKind('none').sort()).toEqual(['completeSetup', 'getAuthenticationLoginMethods', 'getSetupStatus']);
    expect(byKind('cookie')).toHaveLength(operations(bundle).length - 4);
  });
});
