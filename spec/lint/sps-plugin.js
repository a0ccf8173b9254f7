// Redocly plugin with the lint rules of this project that configurable rules cannot express.
// The security classification is TypeScript: tsx loads that one import, so the Redocly CLI itself runs
// without a loader (a loader for the whole process costs about half a CPU-second per Redocly run).
import { tsImport } from 'tsx/esm/api';

const { isJsonMediaType, requiresSession } = await tsImport('@sps-openapi/mock/openapi', import.meta.url);

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
          if (!isJsonMediaType(mediaType)) continue;
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

/** The extensions that say in which SPS version something appeared (`x-sps-since`) or was last seen (`x-sps-until`). */
const versionKeys = ['x-sps-since', 'x-sps-until'];
/** `7.4`, `6.0.9`, `7.0.1.1` (SPS maintenance releases have a fourth number, like 7.0.1.1 LTS). */
const versionPattern = /^\d+\.\d+(\.\d+){0,2}$/;
/** Node types that may carry them: what the docs show a badge on. */
const versionedTypes = new Set(['Operation', 'Parameter', 'Schema']);

const versionParts = (version) => version.split('.').map(Number);

function compareVersions(a, b) {
  const [left, right] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference) return difference;
  }
  return 0;
}

/**
 * `sps/version-availability`: `x-sps-since` and `x-sps-until` are quoted SPS versions
 * (`major.minor[.patch]`, a fourth number for maintenance releases), `since` is not later than `until`,
 * and they sit only on operations, parameters and schemas (properties included).
 */
function versionAvailability() {
  const check = (node, type, report, location) => {
    const present = versionKeys.filter((key) => node && typeof node === 'object' && key in node);
    if (!present.length) return;
    if (!versionedTypes.has(type)) {
      for (const key of present) {
        report({
          message: `\`${key}\` belongs on an operation, a parameter or a schema (property), not on ${type}: move it to what appeared or was removed, where the docs show it as a badge.`,
          location: location.child([key]).key(),
        });
      }
      return;
    }
    let valid = true;
    for (const key of present) {
      if (typeof node[key] === 'string' && versionPattern.test(node[key])) continue;
      valid = false;
      const hint = typeof node[key] === 'number' ? ': quote it, YAML reads 7.4 unquoted as a number' : '';
      report({
        message:
          `\`${key}\` must be a quoted SPS version, major.minor[.patch] such as '7.4' or '7.1.1' (a fourth number for ` +
          `maintenance releases such as '7.0.1.1'); got ${JSON.stringify(node[key])}${hint}.`,
        location: location.child([key]),
      });
    }
    if (valid && present.length === 2 && compareVersions(node['x-sps-since'], node['x-sps-until']) > 0) {
      report({
        message: `\`x-sps-since\` (${node['x-sps-since']}) is later than \`x-sps-until\` (${node['x-sps-until']}).`,
        location: location.child(['x-sps-since']),
      });
    }
  };
  return {
    any: {
      enter(node, { type, report, location }) {
        check(node, type.name, report, location);
      },
    },
    ref: {
      enter(node, { type, report, location }) {
        // A `$ref` with these siblings (a property that points at a shared schema): Redocly visits the
        // target, not the reference, so check the reference itself.
        check(node, type.name, report, location);
      },
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
        'version-availability': versionAvailability,
      },
    },
  };
}
