import { bundledSpec, startPrism, usablePort, type PrismProcess } from './prism.js';

export interface MockOptions {
  /** Port to listen on; a free one is picked when left out (or 0). */
  port?: number;
  /** Address to listen on; `127.0.0.1` by default. */
  host?: string;
  /** OpenAPI document to serve; defaults to the bundled SPS description. */
  spec?: string;
  /** Answer with data generated from the schemas instead of the named examples. */
  dynamic?: boolean;
  /** With `dynamic`: a seed that makes the generated data reproducible. */
  seed?: string;
  /** Turn response violations into errors instead of warnings. */
  errors?: boolean;
  /** How long to wait for Prism to answer (default 15 s). */
  startTimeoutMs?: number;
  /** Receives each line Prism logs (warnings and errors, such as requests that violate the contract). */
  log?: (line: string) => void;
}

export type RunningMock = PrismProcess;

/** Starts Prism as a child process serving the SPS description; resolves once it answers HTTP. */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const host = options.host ?? '127.0.0.1';
  const port = await usablePort(host, options.port);
  const args = ['mock', options.spec ?? bundledSpec];
  if (options.dynamic) args.push('--dynamic');
  if (options.seed !== undefined) args.push('--seed', options.seed);
  if (options.errors) args.push('--errors');
  return startPrism({ args, host, port, startTimeoutMs: options.startTimeoutMs, log: options.log });
}
