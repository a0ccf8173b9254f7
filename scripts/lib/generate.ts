import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { stringify } from 'yaml';
import { errorTypesModule } from './error-types.js';
import { bundleJson, bundleYaml, clientErrorTypes, clientTypes } from './paths.js';
import { problems, redocly, type JsonObject } from '@sps-openapi/kit';

const notice = 'Generated from spec/ by `pnpm build` — do not edit.';

/** Bundles spec/ into one OpenAPI document (Redocly resolves the file references). */
export async function bundleSpec(): Promise<Record<string, unknown>> {
  const result = await redocly(['bundle', 'sps', '--ext', 'json']);
  if (!result.ok) throw new Error(`Bundling spec/ failed:\n${problems(result)}`);
  const document = JSON.parse(result.stdout) as Record<string, unknown>;
  return { 'x-generated': notice, ...document };
}

/** The content of every generated file, keyed by its absolute path. */
export async function generatedFiles(): Promise<Map<string, string>> {
  const document = await bundleSpec();
  const types = astToString(await openapiTS(document as unknown as OpenAPI3, { emptyObjectsUnknown: true, readWriteMarkers: true }));
  return new Map([
    [bundleJson, `${JSON.stringify(document, null, 2)}\n`],
    [bundleYaml, `# ${notice}\n${stringify(document, { lineWidth: 0 })}`],
    [clientTypes, `// ${notice}\n\n${types}`],
    [clientErrorTypes, errorTypesModule(document as JsonObject, `// ${notice}`)],
  ]);
}
