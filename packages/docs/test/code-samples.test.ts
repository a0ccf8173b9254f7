/**
 * The per-operation code samples of the reference: each curl sample is run by bash (with a stand-in
 * `curl` that reports its arguments), checked against the operation, and sent to the mock SPS; each
 * TypeScript sample, and each TypeScript snippet of the guides, is type-checked against the client.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bodies,
  createValidator,
  credentials,
  loadBundle,
  operations,
  resolve,
  schemaPointer,
  type Json,
  type JsonObject,
  type OperationEntry,
} from '@sps-openapi/kit';
import ts from 'typescript';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { codeBlocks } from '../../../test/support/markdown.js';
import { typeCheck } from '../../../test/support/type-check.js';
import { changesConfiguration, codeSamples, sampleCaFile } from '../src/code-samples.js';
import { guides, guidesDir } from '../src/guides.js';

const sessionValue = 'a1f71d030e657634730b9e887cb59a5e56162860';
const bundle = loadBundle();
const validatorFor = createValidator(bundle);
const entries = operations(bundle);
const label = (entry: OperationEntry) => String(entry.operation.operationId);
const sample = (entry: OperationEntry, language: 'curl' | 'TypeScript') => codeSamples(bundle, entry).find((s) => s.label === language)!.source;

interface CurlCall {
  method: string;
  url: URL;
  headers: [string, string][];
  cookie?: string;
  user?: string;
  data?: string;
  form: [string, string][];
  other: string[];
}

/**
 * Runs every curl sample in one bash (each in its own subshell, with a stand-in `curl` that prints its
 * arguments) and returns, per operation, what curl would have been called with, or bash's exit status.
 */
function runCurlSamples(): Map<OperationEntry, CurlCall | number> {
  const samples = entries.map((entry) => `(\n${sample(entry, 'curl')}\n)\nprintf '\\036%d\\036' "$?"\n`).join('');
  const script = `curl() { printf '%s\\0' "$@"; }\nSPS_SESSION_ID=${sessionValue}\n${samples}`;
  const output = execFileSync('bash', ['-c', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const records = output.split('\x1e');
  if (records.length !== 2 * entries.length + 1) throw new Error(`bash answered ${records.length} records for ${entries.length} curl samples`);
  return new Map(
    entries.map((entry, index) => {
      const status = Number(records[2 * index + 1]);
      return [entry, status === 0 ? parseCurlCall(records[2 * index]!.split('\0').slice(0, -1)) : status] as const;
    }),
  );
}

let curlCalls: Map<OperationEntry, CurlCall | number> | undefined;

/** What curl would have been called with by the operation's curl sample, run by bash. */
function runCurlSample(entry: OperationEntry): CurlCall {
  curlCalls ??= runCurlSamples();
  const call = curlCalls.get(entry)!;
  if (typeof call === 'number') throw new Error(`bash exited ${call} running the curl sample of ${label(entry)}`);
  return call;
}

function parseCurlCall(argv: string[]): CurlCall {
  const call: CurlCall = { method: 'GET', url: new URL('http://unset'), headers: [], form: [], other: [] };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    const value = () => argv[++i]!;
    if (argument === '-X') call.method = value();
    else if (argument === '-H') {
      const [name, ...rest] = value().split(':');
      call.headers.push([name!.trim(), rest.join(':').trim()]);
    } else if (argument === '--cookie') call.cookie = value();
    else if (argument === '--user') call.user = value();
    else if (argument === '--data') call.data = value();
    else if (argument === '-F') {
      const [name, ...rest] = value().split('=');
      call.form.push([name!, rest.join('=')]);
    } else if (argument.startsWith('-')) call.other.push(argument, value());
    else call.url = new URL(argument);
  }
  return call;
}

function firstRequestExample(operation: JsonObject): Json | undefined {
  if (!operation.requestBody) return undefined;
  const body = resolve(bundle, operation.requestBody);
  const json = (body.content as JsonObject)['application/json'] as JsonObject | undefined;
  const [example] = Object.values((json?.examples ?? {}) as JsonObject);
  return example === undefined ? undefined : (resolve(bundle, example).value as Json);
}

/** Ajv's verdict on a JSON request body against the operation's schema for it. */
function requestBodyErrors(entry: OperationEntry, mediaType: string, value: unknown) {
  const request = bodies(bundle, entry).find(({ where }) => where === 'request')!;
  const validate = validatorFor(schemaPointer(request, mediaType));
  return validate(value) ? [] : validate.errors;
}

function formPart(operation: JsonObject, name: string): JsonObject | undefined {
  const body = resolve(bundle, operation.requestBody!);
  const form = (body.content as JsonObject)['multipart/form-data'] as JsonObject;
  const schema = resolve(bundle, form.schema!);
  const part = (schema.properties as JsonObject | undefined)?.[name];
  return part === undefined ? undefined : resolve<JsonObject>(bundle, part);
}

describe('curl samples', () => {
  it.each(entries.map((entry) => [label(entry), entry] as const))('%s: bash passes curl the documented request', (_, entry) => {
    const call = runCurlSample(entry);
    expect(call.method).toBe(entry.method.toUpperCase());
    expect(call.url.origin).toBe('https://sps.example.net');
    const template = new RegExp(`^${entry.path.replace(/\{[^}]+\}/g, '[^/{}<>]+')}$`);
    expect(call.url.pathname).toMatch(template);
    // TLS is verified against the appliance's CA, never switched off.
    expect(call.other).toEqual(expect.arrayContaining(['--cacert', sampleCaFile]));
    expect(call.other).not.toContain('--insecure');

    const auth = credentials(bundle, entry.operation);
    if (auth.kind === 'basic') {
      expect(call.user).toBe('admin');
      expect(call.cookie).toBeUndefined();
    } else if (auth.kind === 'cookie') {
      expect(call.cookie).toBe(`session_id=${sessionValue}`);
    } else {
      expect(call.cookie).toBeUndefined();
    }

    const example = firstRequestExample(entry.operation);
    if (example !== undefined) {
      expect(call.headers).toContainEqual(['Content-Type', 'application/json']);
      expect(JSON.parse(call.data!)).toEqual(example);
    }
    if (call.data !== undefined) {
      // With or without an example to copy, the body fits the schema.
      const [, mediaType] = call.headers.find(([name]) => name === 'Content-Type')!;
      expect(requestBodyErrors(entry, mediaType, JSON.parse(call.data))).toEqual([]);
    } else if (!entry.operation.requestBody && ['POST', 'PUT'].includes(call.method)) {
      expect(call.headers).toContainEqual(['Content-Length', '0']);
    }
    // Binary form parts (`contentMediaType`) are uploaded as files, other parts as values.
    for (const [name, value] of call.form) expect(value.startsWith('@'), name).toBe(formPart(entry.operation, name)?.contentMediaType !== undefined);
  });

  it.each(entries.map((entry) => [label(entry), entry] as const))('%s: the mock SPS accepts it', async (_, entry) => {
    const call = runCurlSample(entry);
    const headers = new Headers(call.headers.filter(([name]) => name !== 'Content-Length'));
    if (call.cookie) headers.set('Cookie', call.cookie);
    if (call.user) headers.set('Authorization', `Basic ${Buffer.from(`${call.user}:password`).toString('base64')}`);
    let body: BodyInit | null = call.data ?? null;
    if (call.form.length) {
      const form = new FormData();
      for (const [name, value] of call.form) {
        // `@file` uploads a file: a few bytes stand in for it.
        if (value.startsWith('@')) form.append(name, new Blob([new Uint8Array(16)]), value.slice(1));
        else form.append(name, value);
      }
      body = form;
    }
    const url = new URL(`${call.url.pathname}${call.url.search}`, inject('mockUrl'));
    const response = await fetch(url, { method: call.method, headers, body, redirect: 'manual' });
    // The documented successes: the 2XX statuses, or the 3XX of an operation that has none (`POST /api/setup`).
    const statuses = Object.keys(entry.operation.responses as JsonObject);
    const twoHundreds = statuses.filter((status) => /^2\d\d$/.test(status));
    const documented = twoHundreds.length ? twoHundreds : statuses.filter((status) => /^3\d\d$/.test(status));
    expect(documented).toContain(String(response.status));
  });
});

describe('TypeScript samples', () => {
  it.each(entries.map((entry) => [label(entry), entry] as const))('%s: verifies the appliance with the CA file the curl sample passes', (_, entry) => {
    const source = sample(entry, 'TypeScript');
    expect(sample(entry, 'curl')).toContain(`--cacert ${sampleCaFile}`);
    expect(source).toMatch(/^import \{ (openAsBlob, )?readFileSync \} from 'node:fs';$/m);
    expect(source).toContain(`  ca: readFileSync('${sampleCaFile}'),\n`);
    expect(source).not.toContain('dangerouslyDisableTlsVerification');
  });

  // The descriptions are the oracle: an operation SPS stages in a transaction says so.
  const staged = /\b(?:inside|in)\s+a\s+transaction\b|\bstaged\s+in\s+a\s+transaction\b/;
  const writes = entries.filter((entry) => ['post', 'put', 'patch', 'delete'].includes(entry.method));

  it('the descriptions name enough changes made inside a transaction to be an oracle', () => {
    expect(writes.filter((entry) => staged.test(String(entry.operation.description))).length).toBeGreaterThanOrEqual(30);
  });

  it.each(writes.map((entry) => [label(entry), entry] as const))('%s: makes the change inside withTransaction exactly when the description says "inside a transaction"', (_, entry) => {
    const source = sample(entry, 'TypeScript');
    const method = entry.method.toUpperCase();
    expect(changesConfiguration(entry)).toBe(staged.test(String(entry.operation.description)));
    if (changesConfiguration(entry)) {
      expect(source).toContain('await sps.withTransaction(\n  async (tx) => {\n');
      expect(source).toContain(`await tx.${method}('${entry.path}'`);
      expect(source).toContain(`{ message: '${String(entry.operation.summary).replaceAll("'", "\\'")}' },`);
      expect(source).not.toContain(`sps.${method}(`);
    } else {
      expect(source).not.toContain('withTransaction');
    }
  });
});

/** Type-checks in-memory TypeScript files that import `@sps-openapi/client` like a consumer; returns the problems. */
function typeCheckSamples(files: Map<string, string>): string[] {
  const require = createRequire(import.meta.url);
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    paths: { '@sps-openapi/client': [require.resolve('@sps-openapi/client')] },
  };
  return typeCheck(files, options, virtualDir);
}

/** Where the in-memory files pretend to live: inside the repository, so packages resolve as for a consumer. */
const virtualDir = fileURLToPath(new URL('./typecheck/', import.meta.url));

/** The TypeScript samples of the reference, as files. */
const sampleFiles = () => entries.map((entry) => [`${virtualDir}samples/${label(entry)}.ts`, sample(entry, 'TypeScript')] as const);

/** The ```ts snippets of the guides, as files. They continue "Getting started": `sps` is a logged-in client. */
async function guideFiles() {
  const preamble = "import type { SpsClient } from '@sps-openapi/client';\ndeclare const sps: SpsClient;\n";
  const files: (readonly [string, string])[] = [];
  for (const guide of guides) {
    const markdown = await readFile(join(guidesDir, guide.file), 'utf8');
    codeBlocks(markdown, 'ts').forEach((code, index) => {
      const declaresClient = /\bconst sps\b/.test(code);
      files.push([`${virtualDir}guides/${guide.slug}-${index + 1}.ts`, `${declaresClient ? '' : preamble}${code}\nexport {};\n`]);
    });
  }
  return files;
}

/** A sample that does not fit the client, to show that the check finds what is wrong (line 2). */
const brokenFile = [
  `${virtualDir}broken/broken.ts`,
  `import { createSpsClient } from '@sps-openapi/client';\nawait createSpsClient({ baseUrl: 'x' }).PUT('/api/transaction', { body: { status: 'done' } });\n`,
] as const;

describe('TypeScript', () => {
  // One program for all three (type-checking the client's types is the slow part).
  let problems: string[];
  let guideSnippets: number;

  beforeAll(async () => {
    const guides = await guideFiles();
    guideSnippets = guides.length;
    problems = typeCheckSamples(new Map([...sampleFiles(), ...guides, brokenFile]));
  }, 120_000);

  it('samples of the reference type-check against @sps-openapi/client', () => {
    expect(problems.filter((problem) => problem.startsWith('samples/'))).toEqual([]);
  });

  it('snippets of the guides type-check against @sps-openapi/client', () => {
    expect(guideSnippets).toBeGreaterThanOrEqual(10);
    expect(problems.filter((problem) => problem.startsWith('guides/'))).toEqual([]);
  });

  it('reports a sample that does not fit the client', () => {
    expect(problems.filter((problem) => problem.startsWith('broken/'))).toEqual([expect.stringMatching(/^broken\/broken\.ts:2: /)]);
  });
});
