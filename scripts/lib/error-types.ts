/**
 * The client's runtime list of documented SPS error types, read from the bundle: every schema that
 * narrows the `Error` envelope (`allOf: [Error, …]`) and pins `error.type` with `const`.
 */
import { pinnedErrorTypes, type JsonObject } from '@sps-openapi/kit';

const errorEnvelope = '#/components/schemas/Error';

/** `[schema name, error.type]` of each documented error type, sorted by schema name. */
export function documentedErrorTypes(document: JsonObject): [string, string][] {
  const schemas = ((document.components as JsonObject | undefined)?.schemas ?? {}) as Record<string, JsonObject>;
  const found: [string, string][] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    const parts = (schema.allOf ?? []) as JsonObject[];
    if (!parts.some((part) => part.$ref === errorEnvelope)) continue;
    const [type] = pinnedErrorTypes(document, schema);
    if (type !== undefined) found.push([name, type]);
  }
  return found.sort(([a], [b]) => a.localeCompare(b));
}

/** The TypeScript module the client imports its error types from at runtime. */
export function errorTypesModule(document: JsonObject, header: string): string {
  const entries = documentedErrorTypes(document).map(([name, type]) => `  ${name}: ${JSON.stringify(type)},\n`);
  return `${header}\n\n/** The \`error.type\` of each documented SPS error, by the name of its schema in \`components.schemas\`. */\nexport const errorTypes = {\n${entries.join('')}} as const;\n`;
}
