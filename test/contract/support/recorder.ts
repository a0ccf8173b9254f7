/**
 * Records what the contract tests exercised: every exchange with the mock, mapped to its operation and
 * documented response key. Each test file saves its exchanges into the run's record directory (provided
 * by test/setup/contract-coverage.ts), where the coverage gate reads them after the run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { locate, operations, responseSchemaPointer, type JsonObject, type Operation } from '../../support/openapi.js';
import { documentedKey, isJson, validatorFor } from './cases.js';

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

const routes = operations().map((operation) => ({
  operation,
  method: operation.method.toUpperCase(),
  pattern: new RegExp(`^${operation.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
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
async function conforms({ method, path, operation }: Operation, key: string, response: Response): Promise<boolean> {
  const [documented] = locate<JsonObject>((operation.responses as JsonObject)[key]!, '');
  const text = await response.text();
  if (!documented.content) return text === '';
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const mediaTypes = Object.keys(documented.content as JsonObject);
  if (!mediaTypes.some(isJson)) return mediaTypes.includes(mediaType);
  if (!/^application\/json\b/.test(mediaType)) return false;
  try {
    return validatorFor(responseSchemaPointer(path, method, key))(JSON.parse(text));
  } catch {
    return false;
  }
}
