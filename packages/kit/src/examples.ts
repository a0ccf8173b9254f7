/** The named examples of the request bodies and responses of a document. */
import { bodies, operations, resolve, schemaPointer, type Json, type JsonObject } from '@sps-openapi/mock/openapi';

export interface MediaTypeExample {
  /** Where it stands, e.g. `GET /api/transaction → 200 application/json: closed`. */
  label: string;
  name: string;
  value: Json;
  /** JSON pointer of the schema the example must satisfy. */
  schemaPointer: string;
}

/** Every named example of every request body and response, `$ref`s followed. */
export function mediaTypeExamples(document: JsonObject): MediaTypeExample[] {
  return operations(document).flatMap((entry) =>
    bodies(document, entry).flatMap((located) =>
      Object.entries((located.body.content ?? {}) as Record<string, JsonObject>).flatMap(([mediaType, content]) =>
        Object.entries((content.examples ?? {}) as JsonObject).map(([name, example]) => ({
          label: `${entry.method.toUpperCase()} ${entry.path} → ${located.where} ${mediaType}: ${name}`,
          name,
          value: resolve(document, example).value as Json,
          schemaPointer: schemaPointer(located, mediaType),
        })),
      ),
    ),
  );
}
