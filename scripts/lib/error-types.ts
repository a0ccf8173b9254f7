/**
 * The client's runtime list of documented SPS error types, read from the bundle: every schema that
 * narrows the `Error` envelope (`allOf: [Error, …]`) and pins `error.type` with `const`.
 */
type Schema = { $ref?: string; allOf?: Schema[]; const?: unknown; properties?: Record<string, Schema> };

const errorEnvelope = '#/components/schemas/Error';

/** `[schema name, error.type]` of each documented error type, sorted by schema name. */
export function documentedErrorTypes(document: { components?: { schemas?: Record<string, Schema> } }): [string, string][] {
  const found: [string, string][] = [];
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    const parts = schema.allOf ?? [];
    if (!parts.some((part) => part.$ref === errorEnvelope)) continue;
    const type = parts.map((part) => part.properties?.error?.properties?.type?.const).find((value) => typeof value === 'string');
    if (typeof type === 'string') found.push([name, type]);
  }
  return found.sort(([a], [b]) => a.localeCompare(b));
}

/** The TypeScript module the client imports its error types from at runtime. */
export function errorTypesModule(document: Parameters<typeof documentedErrorTypes>[0], header: string): string {
  const entries = documentedErrorTypes(document).map(([name, type]) => `  ${name}: ${JSON.stringify(type)},\n`);
  return `${header}\n\n/** The \`error.type\` of each documented SPS error, by the name of its schema in \`components.schemas\`. */\nexport const errorTypes = {\n${entries.join('')}} as const;\n`;
}
