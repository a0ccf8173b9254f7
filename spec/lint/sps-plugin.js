// Redocly plugin with the lint rules of this project that configurable rules cannot express.
import { requiresSession } from '@sps-openapi/kit/security.js';

/**
 * `sps/secured-operations-answer-401`: an operation that needs the session cookie (see requiresSession
 * in @sps-openapi/kit) must document the 401 answer SPS gives without a valid session.
 */
function securedOperationsAnswer401() {
  let root = {};
  return {
    Root: {
      enter(document) {
        root = document;
      },
    },
    Operation(operation, { report, location }) {
      if (requiresSession(root, operation) && !operation.responses?.['401']) {
        report({
          message: 'Operations that require the session cookie must document the 401 response.',
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
