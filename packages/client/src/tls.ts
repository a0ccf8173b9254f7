/**
 * TLS for appliances with their own CA, in Node.js: an undici `Agent`, handed to `fetch` as its
 * `dispatcher` through openapi-fetch's `requestInitExt`.
 */

/** PEM text or its bytes (a Node.js `Buffer` is a `Uint8Array`). */
export type Pem = string | Uint8Array;

export interface TlsOptions {
  /** CA certificate(s) to trust for the appliance, e.g. the SPS internal CA from the web UI. Replaces the system CAs. */
  ca?: Pem | Pem[];
  /** Client certificate, for X.509 login (`loginWithCertificate()`). Needs `key`. */
  cert?: Pem | Pem[];
  /** Private key of `cert` (PEM, unencrypted). */
  key?: Pem | Pem[];
  /**
   * Accept any server certificate, including a forged one. Only for throw-away lab appliances: anyone on
   * the network path can then read the password and the session. Verification is on unless this is `true`;
   * no environment variable turns it off (not even `NODE_TLS_REJECT_UNAUTHORIZED`).
   */
  dangerouslyDisableTlsVerification?: boolean;
}

/** What `fetch` needs: something undici can dispatch with, and a way to close its sockets. */
export interface Dispatcher {
  close(): Promise<void>;
}

export function validateTlsOptions(options: TlsOptions): void {
  if ((options.cert === undefined) !== (options.key === undefined)) {
    throw new TypeError('cert and key go together: pass both for certificate login, or neither');
  }
  const flag = options.dangerouslyDisableTlsVerification;
  if (flag !== undefined && typeof flag !== 'boolean') {
    throw new TypeError('dangerouslyDisableTlsVerification must be true or false');
  }
}

/** Whether this runtime is Node.js, where TLS options are applied through undici. */
export const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/** An undici `Agent` with the TLS options; Node.js only. */
export function createDispatcher(options: TlsOptions): Dispatcher {
  // Loaded when a client is created (not at import), and by a name bundlers cannot see, so browser builds never pull undici in.
  // undici makes itself the dispatcher of every `fetch` in the process when Node.js's own has none yet, and
  // Node.js 20's `fetch` then fails on a request with a Content-Length header. Reading `Headers` has Node.js
  // set up its own first: the `fetch` of the rest of the user's process stays as it was.
  void globalThis.Headers;
  const { createRequire } = process.getBuiltinModule('node:module');
  const { Agent } = createRequire(import.meta.url)('undici') as typeof import('undici');
  const { ca, cert, key } = options;
  return new Agent({
    connect: {
      // Node.js's TLS takes them as they are: PEM text or any Uint8Array (its types say Buffer), or a list; undefined is none.
      ...({ ca, cert, key } as object),
      // Always explicit, so NODE_TLS_REJECT_UNAUTHORIZED=0 in the environment cannot switch it off.
      rejectUnauthorized: options.dangerouslyDisableTlsVerification !== true,
    },
  });
}
