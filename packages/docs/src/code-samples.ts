/**
 * Per-operation code samples (`x-codeSamples`), curl and TypeScript, generated from the document: the
 * server, the security scheme, the path parameters' examples and the first request example. Nothing here
 * is written per operation, except the two client helpers that replace a raw call (login, binary upload).
 */
import {
  credentials,
  isJsonMediaType,
  isObject,
  parameterExample,
  parametersIn,
  resolve,
  sample,
  type Credentials,
  type Json,
  type JsonObject,
  type OperationEntry,
} from '@sps-openapi/kit';

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

type Body =
  | { kind: 'json'; mediaType: string; value: Json }
  | { kind: 'multipart'; mediaType: string; fields: [name: string, value: Json | { file: string }][] }
  | { kind: 'binary'; mediaType: string };

/** What one call looks like, worked out once for both languages. */
interface CallSketch {
  operationId: string;
  /** The operation's summary: the commit message of a sample that changes the configuration. */
  summary: string;
  method: string;
  /** The path template, as the typed client wants it. */
  path: string;
  baseUrl: string;
  pathParameters: [name: string, value: string][];
  query: [name: string, value: string][];
  auth: Credentials;
  body?: Body;
}

/** Environment variables the samples read; the getting-started guide explains how to fill them. */
export const sampleEnvironment = { session: 'SPS_SESSION_ID', password: 'SPS_PASSWORD' } as const;
/** The appliance's CA certificate file the curl samples verify TLS with (never `--insecure`). */
export const sampleCaFile = 'sps-ca.pem';
const sampleUser = 'admin';
const sampleFirmwareFile = 'firmware.iso';

/** Operations whose request body is binary: the client's helper is the way to send them. */
const binaryUploadHelpers: Record<string, (call: CallSketch) => string> = {
  uploadFirmware: (call) =>
    [
      `import { openAsBlob${usesTls(call.baseUrl) ? ', readFileSync' : ''} } from 'node:fs';`,
      `import { createSpsClient } from '@sps-openapi/client';`,
      ``,
      `const sps = ${clientConstruction(call)};`,
      `const slot = await sps.uploadFirmware(await openAsBlob('${sampleFirmwareFile}'), {`,
      `  onProgress: ({ bytesSent, bytesTotal }) => console.log(\`\${bytesSent} of \${bytesTotal} bytes\`),`,
      `});`,
    ].join('\n'),
};

export function codeSamples(document: JsonObject, entry: OperationEntry): CodeSample[] {
  const call = sketchCall(document, entry);
  return [
    { lang: 'Shell', label: 'curl', source: curlSample(call) },
    { lang: 'TypeScript', label: 'TypeScript', source: typescriptSample(call) },
  ];
}

function sketchCall(document: JsonObject, entry: OperationEntry): CallSketch {
  const { path, method, operation } = entry;
  const operationId = String(operation.operationId);
  const valueOf = ({ parameter }: { parameter: JsonObject }): [string, string] => [String(parameter.name), String(parameterValue(document, path, parameter))];
  return {
    operationId,
    summary: String(operation.summary ?? operationId),
    method: method.toUpperCase(),
    path,
    baseUrl: serverUrl(document),
    pathParameters: parametersIn(entry, 'path').map(valueOf),
    query: parametersIn(entry, 'query')
      .filter(({ parameter }) => parameter.required === true)
      .map(valueOf),
    auth: credentials(document, operation),
    ...(operation.requestBody ? { body: requestBody(document, resolve(document, operation.requestBody)) } : {}),
  };
}

/** The first server, its variables set to their defaults: `https://sps.example.net`. */
function serverUrl(document: JsonObject): string {
  const [server] = (document.servers ?? []) as JsonObject[];
  if (!server) return 'https://sps.example.net';
  const variables = (server.variables ?? {}) as Record<string, JsonObject>;
  return String(server.url).replace(/\{([^}]+)\}/g, (_, name: string) => String(variables[name]?.default ?? name));
}

/**
 * A value for a parameter: its own example, or — for the key of the resource the path names — the `key`
 * of that resource's example answer, else one sampled from its schema.
 */
function parameterValue(document: JsonObject, path: string, parameter: JsonObject): Json {
  const own = parameterExample(document, parameter);
  if (own !== undefined) return own;
  const key = path.endsWith(`/{${String(parameter.name)}}`) ? resourceKeyExample(document, path) : undefined;
  return key ?? sample(document, parameter.schema ?? {});
}

function resourceKeyExample(document: JsonObject, path: string): string | undefined {
  const get = ((document.paths as JsonObject)[path] as JsonObject | undefined)?.get;
  if (!isObject(get)) return undefined;
  const ok = resolve(document, (get.responses as JsonObject | undefined)?.['200'] ?? {});
  const json = (ok.content as JsonObject | undefined)?.['application/json'];
  const [example] = Object.values(((json as JsonObject | undefined)?.examples ?? {}) as JsonObject);
  const value = example === undefined ? undefined : resolve(document, example).value;
  return isObject(value) && typeof value.key === 'string' ? value.key : undefined;
}

/** The first media type the operation accepts, with its first example (or a value sampled from its schema). */
function requestBody(document: JsonObject, body: JsonObject): Body {
  const [entry] = Object.entries((body.content ?? {}) as Record<string, JsonObject>);
  if (!entry) throw new Error('A request body without content cannot be shown in a code sample');
  const [mediaType, content] = entry;
  const schema = resolve(document, content.schema ?? {});
  if (isJsonMediaType(mediaType)) {
    const [example] = Object.values((content.examples ?? {}) as JsonObject);
    const value = example !== undefined ? resolve(document, example).value : (content.example ?? sample(document, schema));
    return { kind: 'json', mediaType, value: value as Json };
  }
  if (mediaType === 'multipart/form-data') {
    const properties = (schema.properties ?? {}) as Record<string, Json>;
    const required = (schema.required ?? []) as string[];
    const fields = required.map((name): [string, Json | { file: string }] => {
      const field = resolve(document, properties[name] ?? {});
      return [name, field.contentMediaType !== undefined ? { file: sampleFirmwareFile } : sample(document, field)];
    });
    return { kind: 'multipart', mediaType, fields };
  }
  return { kind: 'binary', mediaType };
}

/** One line when it is short, indented when it is not. */
function jsonText(value: Json): string {
  const oneLine = JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
  return oneLine.length <= 50 ? oneLine : JSON.stringify(value, null, 2);
}

const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

function expandedPath({ path, pathParameters, query }: CallSketch): string {
  const filled = pathParameters.reduce((url, [name, value]) => url.replace(`{${name}}`, encodeURIComponent(value)), path);
  const search = new URLSearchParams(query).toString();
  return search ? `${filled}?${search}` : filled;
}

function curlSample(call: CallSketch): string {
  const url = `${call.baseUrl}${expandedPath(call)}`;
  const options = [`--cacert ${sampleCaFile}`];
  if (call.auth.kind === 'basic') options.push(`--user ${sampleUser}`, '--cookie-jar sps-cookies.txt');
  if (call.auth.kind === 'cookie') options.push(`--cookie "${call.auth.name}=$${sampleEnvironment.session}"`);
  const body = call.body;
  if (body?.kind === 'json') {
    options.push(`-H ${shellQuote(`Content-Type: ${body.mediaType}`)}`, `--data ${shellQuote(jsonText(body.value))}`);
  } else if (body?.kind === 'multipart') {
    for (const [name, value] of body.fields) {
      options.push(`-F ${shellQuote(`${name}=${isObject(value) && 'file' in value ? `@${String(value.file)}` : String(value)}`)}`);
    }
  } else if (body?.kind === 'binary') {
    options.push(`-H ${shellQuote(`Content-Type: ${body.mediaType}`)}`, `--data-binary @${sampleFirmwareFile}`);
  } else if (call.method === 'POST' || call.method === 'PUT') {
    // curl sends no Content-Length on a bodiless POST/PUT, and SPS refuses that with 411.
    options.push(`-H 'Content-Length: 0'`);
  }
  const method = call.method === 'GET' ? '' : ` -X ${call.method}`;
  return [`curl${method} ${shellQuote(url)}`, ...options].join(' \\\n  ');
}

/**
 * The client for the sample's server: over HTTPS it verifies the appliance against the CA file the curl
 * samples pass with `--cacert`; with the session from the environment when the operation needs one.
 */
function clientConstruction({ auth, baseUrl }: Pick<CallSketch, 'auth' | 'baseUrl'>): string {
  const options = [`baseUrl: ${tsString(baseUrl)}`];
  if (usesTls(baseUrl)) options.push(`ca: readFileSync('${sampleCaFile}')`);
  if (auth.kind === 'cookie') options.push(`sessionId: process.env.${sampleEnvironment.session}`);
  return `createSpsClient({\n  ${options.join(',\n  ')},\n})`;
}

const usesTls = (baseUrl: string) => /^https:/i.test(baseUrl);

/** The imports of a TypeScript sample: `readFileSync` for the CA file, and the client. */
const typescriptImports = (baseUrl: string) =>
  `${usesTls(baseUrl) ? `import { readFileSync } from 'node:fs';\n` : ''}import { createSpsClient } from '@sps-openapi/client';\n\n`;

/**
 * Whether the call changes the configuration, which SPS stages in a transaction (the descriptions say
 * "inside a transaction"): a write below `/api/configuration/` or `/api/cluster/`.
 */
export function changesConfiguration({ method, path }: { method: string; path: string }): boolean {
  return ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method.toUpperCase()) && /^\/api\/(configuration|cluster)\//.test(path);
}

const tsString = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

const indent = (text: string, by: string) => text.replaceAll('\n', `\n${by}`);

function typescriptSample(call: CallSketch): string {
  const header = typescriptImports(call.baseUrl);
  if (call.auth.kind === 'basic') {
    return (
      header +
      `const sps = ${clientConstruction({ auth: { kind: 'none' }, baseUrl: call.baseUrl })};\n` +
      `await sps.login({ username: ${tsString(sampleUser)}, password: process.env.${sampleEnvironment.password}! });`
    );
  }
  if (call.body && call.body.kind !== 'json') {
    const helper = binaryUploadHelpers[call.operationId];
    if (!helper) throw new Error(`No TypeScript sample for the ${call.body.mediaType} body of ${call.operationId}: add a client helper to code-samples.ts`);
    return helper(call);
  }
  const init: string[] = [];
  const params: string[] = [];
  if (call.pathParameters.length) params.push(`path: ${objectLiteral(call.pathParameters)}`);
  if (call.query.length) params.push(`query: ${objectLiteral(call.query)}`);
  if (params.length) init.push(`params: { ${params.join(', ')} }`);
  if (call.body) init.push(`body: ${indent(jsonText(call.body.value), '  ')}`);
  const argument = init.length ? `, {\n  ${init.join(',\n  ')},\n}` : '';
  const construction = `const sps = ${clientConstruction(call)};\n`;
  if (!changesConfiguration(call)) {
    return `${header}${construction}const { data, error } = await sps.${call.method}(${tsString(call.path)}${argument});`;
  }
  // Opened, committed with the summary as message, rolled back on any error: `tx`'s writes throw on an error answer.
  const change = `const { data } = await tx.${call.method}(${tsString(call.path)}${argument});\nconsole.log(data);`;
  return (
    `${header}${construction}await sps.withTransaction(\n` +
    `  async (tx) => {\n    ${indent(change, '    ')}\n  },\n` +
    `  { message: ${tsString(call.summary)} },\n);`
  );
}

const objectLiteral = (entries: [string, string][]) =>
  `{ ${entries.map(([name, value]) => `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : tsString(name)}: ${tsString(value)}`).join(', ')} }`;
