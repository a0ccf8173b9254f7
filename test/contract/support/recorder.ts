/**
 * Records what the contract tests exercised: every exchange with the mock, mapped to its operation and
 * documented response key. Each test file saves its exchanges into the run's record directory (provided
 * by test/setup/contract-coverage.ts), where the coverage gate reads them after the run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { isJsonMediaType, operations, pathPattern, resolve, responseSchemaPointer, type JsonObject, type OperationEntry } from '@sps-openapi/kit';
import { bundle, documentedKey, validatorFor } from './cases.js';

export interface Exchange {
  method: string;
  path: string;
  status: number;
  /** The operation the request reached, if any. */
  operationId?: string;
  /**
   * The documented response key (`200`, `4XX`, `default`) the answer conforms to: its status maps to the key
   * and its body matches the key's schema. Absent for Prism's own errors and for non-conforming answers.
   */
  documented?: string;
}

const routes = operations(bundle).map((operation) => ({
  operation,
  method: operation.method.toUpperCase(),
  pattern: pathPattern(operation.path),
  operationId: String(operation.operation.operationId),
  statuses: Object.keys(operation.operation.responses ?? {}),
}));

export class Recorder {
  readonly exchanges: Exchange[] = [];

  constructor(private readonly name: string) {}

  /** A `fetch` for the typed client and for plain requests that records each answer. */
  readonly fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const { method } = request;
    const path = new URL(request.url).pathname;
    const response = await fetch(request);
    const route = routes.find((candidate) => candidate.method === method && candidate.pattern.test(path));
    const key = route && documentedKey(response.status, route.statuses);
    const documented = route && key && (await conforms(route.operation, key, response.clone())) ? key : undefined;
    this.exchanges.push({
      method,
      path,
      status: response.status,
      ...(route ? { operationId: route.operationId } : {}),
      ...(documented ? { documented } : {}),
    });
    return response;
  };

  /** Writes the exchanges where the coverage gate collects them. */
  save(): void {
    writeFileSync(join(inject('contractRecordDir'), `${this.name}.json`), JSON.stringify(this.exchanges));
  }
}

/** Whether an answer is the documented response `key`: its media type and body, checked with Ajv. */
async function conforms(entry: OperationEntry, key: string, response: Response): Promise<boolean> {
  const documented = resolve(bundle, (entry.operation.responses as JsonObject)[key]);
  const text = await response.text();
  if (!documented.content) return text === '';
  const mediaType = Object.keys(documented.content).find((type) => type === response.headers.get('content-type')?.split(';')[0]!.trim());
  if (!mediaType) return false;
  if ((documented.content as Record<string, JsonObject>)[mediaType]!.schema === undefined) return true; // raw bytes, the 3.1 way
  try {
    return validatorFor(responseSchemaPointer(bundle, entry, key, mediaType))(isJsonMediaType(mediaType) ? JSON.parse(text) : text);
  } catch {
    return false;
  }
}
