/**
 * The support bundle (`/api/troubleshooting/support-bundle`): the appliance keeps one bundle at a time
 * and deletes it 24 hours after it was made. It starts with the bundle of the listing's first example; a
 * POST makes a new one in place of the old. A job is `finished` at once: `finished` is the only status
 * the sources document. The download is a real `.tar.gz` holding a note on what a real bundle contains.
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { JsonObject } from '../openapi/index.js';
import { documentedAnswer, documentedError, json, type Answer } from './answers.js';
import type { Call, SpecModel } from './routes.js';

export interface SupportBundleOptions {
  now: () => number;
  log: (line: string) => void;
}

interface Bundle {
  key: string;
  made: number;
}

const base = '/api/troubleshooting/support-bundle';
/** How long SPS keeps a bundle. */
export const bundleLifetimeMs = 24 * 60 * 60 * 1000;

export class SupportBundles {
  #bundle: Bundle | undefined;

  constructor(
    private readonly model: SpecModel,
    private readonly options: SupportBundleOptions,
  ) {
    const listing = model.example(model.route('listSupportBundles'), 200) as { items?: JsonObject[] } | undefined;
    const first = listing?.items?.[0];
    if (first) this.#bundle = { key: String(first.key), made: options.now() };
  }

  static handles(operationId: string): boolean {
    return operationIds.has(operationId);
  }

  answer(call: Call): Answer {
    const { route } = call;
    const bundle = this.#current();
    if (route.operationId === 'listSupportBundles') {
      const example = (this.model.example(route, 200) ?? {}) as JsonObject;
      return json(200, { ...example, items: bundle ? [{ key: bundle.key, body: { status: 'finished' }, meta: { href: `${base}/${bundle.key}` } }] : [] });
    }
    if (route.operationId === 'startSupportBundle') {
      this.#bundle = { key: randomUUID(), made: this.options.now() };
      this.options.log(`support bundle ${this.#bundle.key} made${bundle ? `, replacing ${bundle.key}` : ''}`);
      return documentedAnswer(this.model, route, route.successStatus, { json: { key: this.#bundle.key, meta: { href: `${base}/${this.#bundle.key}`, parent: base } } });
    }
    if (!bundle || bundle.key !== call.params.key) return documentedError(this.model, route, 404, 'NotFound', 'There is no support bundle with this key (any more).');
    switch (route.operationId) {
      case 'getSupportBundle':
        return json(200, { key: bundle.key, body: { status: 'finished' }, meta: { href: `${base}/${bundle.key}`, parent: base } });
      case 'downloadSupportBundle':
        return documentedAnswer(this.model, route, 200, { raw: archive(bundle) });
      case 'deleteSupportBundle':
        this.#bundle = undefined;
        this.options.log(`support bundle ${bundle.key} deleted`);
        return documentedAnswer(this.model, route);
      default:
        throw new Error(`no support-bundle handler for ${route.operationId}`);
    }
  }

  /** The bundle, unless it has expired. */
  #current(): Bundle | undefined {
    if (this.#bundle && this.options.now() - this.#bundle.made >= bundleLifetimeMs) this.#bundle = undefined;
    return this.#bundle;
  }
}

const operationIds = new Set(['listSupportBundles', 'startSupportBundle', 'getSupportBundle', 'downloadSupportBundle', 'deleteSupportBundle']);

/** A gzip-compressed tar archive holding one text file, as a `.tar.gz` support bundle is. */
function archive(bundle: Bundle): Uint8Array {
  const made = new Date(bundle.made);
  const text = `Support bundle ${bundle.key}, made by the SPS stateful mock (sps-mock --stateful) at ${made.toISOString()}.\nA real appliance puts its logs, configuration and system information here.\n`;
  return gzipSync(tar(`support-bundle-${bundle.key}/README.txt`, Buffer.from(text, 'utf8'), made));
}

/** A ustar archive of one regular file (POSIX.1-1988: a 512-byte header, the data padded to 512 bytes, two empty blocks). */
export function tar(name: string, data: Buffer, modified: Date): Buffer {
  const header = Buffer.alloc(512);
  const field = (offset: number, length: number, value: string) => header.write(value, offset, length, 'utf8');
  const octal = (value: number, length: number) => `${value.toString(8).padStart(length - 1, '0')}\0`;
  field(0, 100, name);
  field(100, 8, octal(0o644, 8));
  field(108, 8, octal(0, 8));
  field(116, 8, octal(0, 8));
  field(124, 12, octal(data.length, 12));
  field(136, 12, octal(Math.floor(modified.getTime() / 1000), 12));
  field(148, 8, ' '.repeat(8));
  field(156, 1, '0');
  field(257, 8, 'ustar\u000000');
  const checksum = header.reduce((sum, byte) => sum + byte, 0);
  field(148, 8, `${checksum.toString(8).padStart(6, '0')}\0 `);
  const padding = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([header, data, padding, Buffer.alloc(1024)]);
}
