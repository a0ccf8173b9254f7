import { createRequire } from 'node:module';

type PrismBody = { parseMultipartFormDataParams(body: string, boundary: string): unknown };
type PrismHeaders = { parseMIMEHeader(contentType: string): [boundary: string | undefined, mediaType: string] };
let prism: { body: PrismBody; headers: PrismHeaders } | undefined;

/**
 * A request body as Prism is to get it: a `multipart/form-data` body normalized (below), and whether
 * Prism can read it at all; any other body as it is.
 */
export function bodyForPrism(body: Buffer, contentType: string | undefined): { body: Buffer; readable: boolean } {
  if (!contentType || !/^multipart\/form-data/i.test(contentType)) return { body, readable: true };
  const normalized = normalizeMultipart(body, contentType) ?? body;
  return { body: normalized, readable: prismReadsMultipart(normalized, contentType) };
}

/**
 * Whether Prism reads this multipart body without throwing. It runs Prism's own code for it (the
 * @stoplight/prism-http that the Prism CLI loads, so that both read alike): an exception there ends the
 * Prism process, and with it every later request. Loaded at the first multipart request.
 */
export function prismReadsMultipart(body: Buffer, contentType: string): boolean {
  if (!prism) {
    const fromCli = createRequire(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json'));
    const validators = `${fromCli.resolve('@stoplight/prism-http/package.json').replace(/package\.json$/, '')}dist/validator/validators/`;
    prism = { body: fromCli(`${validators}body.js`) as PrismBody, headers: fromCli(`${validators}headers.js`) as PrismHeaders };
  }
  try {
    const [boundary] = prism.headers.parseMIMEHeader(contentType);
    // Without a boundary Prism answers 415 itself; it reads the body as UTF-8 text, as here.
    if (boundary) prism.body.parseMultipartFormDataParams(body.toString('utf8'), boundary);
    return true;
  } catch {
    return false;
  }
}

/**
 * Rewrites the part headers of a `multipart/form-data` body into the one layout that Prism's parser
 * (parse-multipart-data 1.5, stoplightio/prism#2672) reads without throwing: a
 * `Content-Disposition: form-data; name="…"; filename="…"` line on every part, and a `Content-Type` on
 * every file part (RFC 7578 makes it optional; the parser then crashes the whole mock). Part data is
 * left as it is. Returns `undefined` when there is nothing to change.
 */
export function normalizeMultipart(body: Buffer, contentType: string): Buffer | undefined {
  const boundary = boundaryOf(contentType);
  if (!boundary) return undefined;
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  let start = body.subarray(0, delimiter.length).equals(delimiter) ? 0 : body.indexOf(nextDelimiter);
  if (start < 0) return undefined;
  if (start > 0) start += 2;
  const out: Buffer[] = [body.subarray(0, start)];
  let changed = false;
  for (;;) {
    const afterDelimiter = start + delimiter.length;
    const lineEnd = body.indexOf('\r\n', afterDelimiter);
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--' || lineEnd < 0) break;
    const headersStart = lineEnd + 2;
    const emptyHeaders = body.subarray(headersStart, headersStart + 2).toString() === '\r\n';
    const headersEnd = emptyHeaders ? headersStart : body.indexOf('\r\n\r\n', headersStart);
    const dataEnd = headersEnd < 0 ? -1 : body.indexOf(nextDelimiter, headersEnd);
    if (dataEnd < 0) break;
    const headers = emptyHeaders ? [] : body.subarray(headersStart, headersEnd).toString('latin1').split('\r\n');
    const normalized = normalizeHeaders(headers);
    changed ||= normalized.join('\r\n') !== headers.join('\r\n');
    const dataStart = headersEnd + (emptyHeaders ? 2 : 4);
    out.push(body.subarray(start, headersStart), Buffer.from(`${normalized.join('\r\n')}\r\n\r\n`, 'latin1'), body.subarray(dataStart, dataEnd + 2));
    start = dataEnd + 2;
  }
  out.push(body.subarray(start));
  return changed ? Buffer.concat(out) : undefined;
}

function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function normalizeHeaders(headers: string[]): string[] {
  const disposition = headers.find((line) => /^content-disposition\s*:/i.test(line)) ?? '';
  const others = headers.filter((line) => !/^content-disposition\s*:/i.test(line));
  const name = parameter(disposition, 'name') ?? '';
  const filename = parameter(disposition, 'filename') ?? extendedParameter(disposition, 'filename');
  const lines = [`Content-Disposition: form-data; name="${safe(name)}"${filename === undefined ? '' : `; filename="${safe(filename)}"`}`];
  if (filename !== undefined && !others.some((line) => /^content-type\s*:/i.test(line))) lines.push('Content-Type: application/octet-stream');
  return [...lines, ...others];
}

/** A `name="value"` or `name=value` parameter of a header line. */
function parameter(line: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, 'i').exec(line);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]!.trim();
}

/** An RFC 8187 `name*=UTF-8''value` parameter. */
function extendedParameter(line: string, name: string): string | undefined {
  const value = new RegExp(`;\\s*${name}\\*\\s*=\\s*[^']*'[^']*'([^;\\s]*)`, 'i').exec(line)?.[1];
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The parser splits the line at `;` and `=` and reads the file name with `JSON.parse`: keep it to characters that survive that. */
function safe(value: string): string {
  return value.replace(/[\u0000-\u001f"\\;=\u007f]/g, '_');
}
