// Redocly plugin with the lint rules of this project that configurable rules cannot express.
// TypeScript: Redocly runs with tsx's loader (see packages/kit/src/redocly.ts).
import { requiresSession } from '@sps-openapi/mock/openapi';

/**
 * `sps/secured-operations-answer-401`: an operation that needs the session cookie (see requiresSession
 * in @sps-openapi/mock) must document the 401 answer SPS gives without a valid session.
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

/**
 * `sps/success-responses-have-examples`: every 2xx JSON response (`application/json`, `*+json`) has a
 * named example. The mock answers with the first one; without one it makes up placeholders from the
 * schema (`"string"`, `0`, `null`) that no appliance sends.
 */
function successResponsesHaveExamples() {
  return {
    Operation(operation, { report, location, resolve }) {
      for (const [status, responseOrRef] of Object.entries(operation.responses ?? {})) {
        if (!/^2(\d\d|XX)$/.test(status)) continue;
        const resolved = resolve(responseOrRef);
        const at = responseOrRef?.$ref ? resolved.location : location.child(['responses', status]);
        for (const [mediaType, content] of Object.entries(resolved.node?.content ?? {})) {
          if (!/^application\/([\w.-]+\+)?json$/.test(mediaType)) continue;
          if (Object.keys(content?.examples ?? {}).length) continue;
          report({
            message:
              `The ${status} ${mediaType} answer has no named example, so the mock would answer placeholders. ` +
              'Add one under `examples` ($ref to components/examples/<operationId>/<name>.yaml): a vendor sample ' +
              'copied verbatim, else one written for this project whose `description` says so and what it is ' +
              'based on (spec/components/README.md).',
            location: at.child(['content', mediaType]).key(),
          });
        }
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
        'success-responses-have-examples': successResponsesHaveExamples,
      },
    },
  };
}
