// Redocly plugin with the lint rules of this project that configurable rules cannot express.

/**
 * `sps/secured-operations-answer-401`: an operation that needs the session cookie (its own `security`,
 * or the root's when it has none) must document the 401 answer SPS gives without a valid session.
 * Option `scheme`: the security scheme of the session (default `cookieAuth`).
 */
function securedOperationsAnswer401({ scheme = 'cookieAuth' } = {}) {
  let rootSecurity = [];
  return {
    Root: {
      enter(root) {
        rootSecurity = root.security ?? [];
      },
    },
    Operation(operation, { report, location }) {
      const security = operation.security ?? rootSecurity;
      const needsSession = security.length > 0 && security.every((requirement) => scheme in requirement);
      if (needsSession && !operation.responses?.['401']) {
        report({
          message: `Operations secured by "${scheme}" must document the 401 response.`,
          location: location.child(['responses']).key(),
        });
      }
    },
  };
}

export default function spsPlugin() {
  return {
    id: 'sps',
    rules: {
      oas3: {
        'secured-operations-answer-401': securedOperationsAnswer401,
      },
    },
  };
}
