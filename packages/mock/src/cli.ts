/**
 * `sps-mock`: the mock SPS, or with `proxy` Prism's validating proxy in front of a real appliance.
 * Exit codes: 0 stopped normally, 1 could not start or (proxy) saw contract violations, 2 usage error.
 */
import { parseArgs } from 'node:util';
import { corsOrigin } from './cors.js';
import { portNumber } from './port.js';
import { parseUsers } from './stateful/authentication.js';
import { startMock } from './start-mock.js';
import { startProxy, type UnvalidatedExchange, type ViolatingExchange } from './start-proxy.js';

export const usage = `Usage:
  sps-mock [--port 4010] [--host 127.0.0.1] [--dynamic] [--errors] [--cors <origin>] [--spec <file>]
  sps-mock --stateful [--port 4010] [--host 127.0.0.1] [--users admin:secret,…] [--session-ttl <seconds>]
           [--sessions <N>] [--state <file.json>] [--require-commit-message] [--x509-user <name>]
           [--download-seconds <seconds>] [--cors <origin>]
  sps-mock proxy <upstream-url> [--port 4010] [--host 127.0.0.1] [--errors] [--ca <pem-file>] [--cors <origin>]
                 [--spec <file>]

Serves the SPS REST API description with Prism. Any session_id cookie is accepted.
With --stateful it serves a simulated SPS instead: logins with passwords, configuration changes in
transactions that a GET reads back, a lock a second session runs into, firmware downloads that
progress, session search over generated recordings.

  --port <n>       port to listen on (default 4010; 0 picks a free one)
  --host <addr>    address to listen on (default 127.0.0.1)
  --dynamic        answer with data generated from the schemas instead of the examples
  --errors         answer contract violations with an error instead of a warning
  --cors <origin>  let the web pages of this one origin call it from a browser, e.g.
                   http://localhost:3000; without it no answer carries CORS headers
  --spec <file>    an OpenAPI description (JSON or YAML) to serve or validate against instead of the
                   bundled SPS one, e.g. your own copy with changes
  --stateful       the stateful mock (no Prism; every request validated against the description)
  --users <list>   (stateful) name:password pairs, comma-separated; default: admin with a random
                   password, printed at start
  --session-ttl <s>  (stateful) a login ends after this many idle seconds (default 1200)
  --sessions <n>   (stateful) how many recorded sessions the audit search serves (default 1000)
  --state <file>   (stateful) JSON object of paths to objects as GET answers them, replacing the
                   examples the configuration starts from (null removes a collection member)
  --require-commit-message  (stateful) commits and upgrades need a message, as with SPS's
                   "require commit log" option
  --x509-user <name>  (stateful) accept certificate logins (type=x509) as this user
  --download-seconds <s>  (stateful) how long a firmware download takes (default 10)
  --ca <file>      (proxy) PEM file of extra CA certificates to trust for the upstream;
                   the upstream's certificate is always verified
  --help           show this help

The proxy forwards every request to <upstream-url>, passes its answers back unchanged (redirects too,
never followed) and reports each request or response that violates the contract; an upstream that fails
is answered with 502 (504 after 30 s of silence) and reported too. Bodies above 10 MB stream through
unvalidated (reported with a ⚠). When stopped (Ctrl-C, SIGTERM) it exits with 1 if it saw any violation
or upstream failure, so CI can use it.`;

export interface StatefulCommand {
  kind: 'stateful';
  port: number;
  host: string;
  cors?: string;
  users?: Record<string, string>;
  sessionTtlSeconds?: number;
  sessions?: number;
  state?: string;
  requireCommitMessage: boolean;
  x509User?: string;
  firmwareDownloadSeconds?: number;
}

export type Command =
  | { kind: 'help' }
  | StatefulCommand
  | { kind: 'mock'; port: number; host: string; dynamic: boolean; errors: boolean; cors?: string; spec?: string }
  | { kind: 'proxy'; upstream: string; port: number; host: string; errors: boolean; ca?: string; cors?: string; spec?: string };

export class UsageError extends Error {}

/** Parses the command line; throws a `UsageError` that says what is wrong. */
export function parseCommandLine(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        dynamic: { type: 'boolean', default: false },
        errors: { type: 'boolean', default: false },
        ca: { type: 'string' },
        cors: { type: 'string' },
        spec: { type: 'string' },
        stateful: { type: 'boolean', default: false },
        users: { type: 'string' },
        'session-ttl': { type: 'string' },
        sessions: { type: 'string' },
        state: { type: 'string' },
        'require-commit-message': { type: 'boolean', default: false },
        'x509-user': { type: 'string' },
        'download-seconds': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split(/\.(?:\s|$)/)[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const port = checked(() => portNumber(values.port, '--port'));
  const cors = values.cors === undefined ? {} : { cors: checked(() => corsOrigin(values.cors!)) };
  const spec = values.spec === undefined ? {} : { spec: values.spec };
  const [command, ...rest] = positionals;
  const statefulFlags = ['users', 'session-ttl', 'sessions', 'state', 'require-commit-message', 'x509-user', 'download-seconds'] as const;
  const given = statefulFlags.filter((flag) => values[flag] !== undefined && values[flag] !== false);
  if (values.stateful) {
    if (command === 'proxy') throw new UsageError('--stateful does not go with a command ("proxy")');
    // Not repeated: `--users admin s3cret` (a space for the colon) makes the password the stray argument.
    if (command !== undefined) throw new UsageError('--stateful takes no other argument (--users takes name:password pairs joined by commas, without spaces)');
    for (const flag of ['dynamic', 'errors', 'ca', 'spec'] as const) if (values[flag]) throw new UsageError(`--${flag} does not apply to --stateful`);
    const number = (flag: 'session-ttl' | 'sessions' | 'download-seconds', whole: boolean, minimum: number, maximum = Infinity) => {
      const text = values[flag];
      if (text === undefined) return undefined;
      const value = Number(text);
      if (!(whole ? /^\d+$/ : /^\d+(\.\d+)?$/).test(text) || value < minimum || value > maximum) {
        const range = maximum === Infinity ? `of at least ${minimum}` : `from ${minimum} to ${maximum.toLocaleString('en')}`;
        throw new UsageError(`--${flag} must be a ${whole ? 'whole ' : ''}number ${range}, got "${text}"`);
      }
      return value;
    };
    const stateful: StatefulCommand = { kind: 'stateful', port, host: values.host, requireCommitMessage: values['require-commit-message'], ...cors };
    const ttl = number('session-ttl', false, 1);
    const sessions = number('sessions', true, 0, 1_000_000);
    const download = number('download-seconds', false, 0);
    if (ttl !== undefined) stateful.sessionTtlSeconds = ttl;
    if (sessions !== undefined) stateful.sessions = sessions;
    if (download !== undefined) stateful.firmwareDownloadSeconds = download;
    if (values.users !== undefined) stateful.users = Object.fromEntries(checked(() => parseUsers(values.users!)));
    if (values.state !== undefined) stateful.state = values.state;
    if (values['x509-user'] !== undefined) stateful.x509User = values['x509-user'];
    return stateful;
  }
  if (given.length) throw new UsageError(`--${given[0]} only applies to "sps-mock --stateful"`);
  if (command === undefined) {
    if (values.ca !== undefined) throw new UsageError('--ca only applies to "sps-mock proxy"');
    return { kind: 'mock', port, host: values.host, dynamic: values.dynamic, errors: values.errors, ...cors, ...spec };
  }
  if (command !== 'proxy') throw new UsageError(`unknown command "${command}" (the only command is "proxy")`);
  if (rest.length !== 1) throw new UsageError('"sps-mock proxy" needs exactly one <upstream-url>, e.g. https://sps.example.net');
  if (values.dynamic) throw new UsageError('--dynamic does not apply to the proxy: it answers with the upstream\'s data');
  const proxy: Command = { kind: 'proxy', upstream: rest[0]!, port, host: values.host, errors: values.errors, ...cors, ...spec };
  return values.ca === undefined ? proxy : { ...proxy, ca: values.ca };
}

/** The value `check` returns, or its error as a `UsageError`. */
function checked<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^the CORS origin/, '--cors'));
  }
}

/** Runs `sps-mock` until it is stopped; resolves with the exit code. */
export async function main(argv: string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`sps-mock: ${error.message}\nRun "sps-mock --help" for the usage.`);
    return 2;
  }
  if (command.kind === 'help') {
    console.log(usage);
    return 0;
  }
  try {
    if (command.kind === 'stateful') return await runStateful(command);
    return command.kind === 'mock' ? await runMock(command) : await runProxy(command);
  } catch (error) {
    console.error(`sps-mock: ${(error as Error).message}`);
    return 1;
  }
}

async function runMock(options: Extract<Command, { kind: 'mock' }>): Promise<number> {
  const mock = await startMock({ ...options, log: (line) => console.error(line) });
  console.log(`Mock SPS listening on ${mock.url} (${options.dynamic ? 'generated data' : 'the spec\'s examples'})
Try: curl -s --cookie 'session_id=a1f71d030e657634730b9e887cb59a5e56162860' ${mock.url}/api/transaction
Ctrl-C stops it.`);
  const reason = await Promise.race([stopSignal(), mock.exited.then(() => 'exited' as const)]);
  await mock.stop();
  if (reason === 'exited') console.error('sps-mock: Prism stopped unexpectedly');
  return reason === 'exited' ? 1 : 0;
}

async function runStateful(options: StatefulCommand): Promise<number> {
  const { kind: _, ...settings } = options;
  const mock = await startMock({ ...settings, stateful: true, log: (line) => console.error(line) });
  const login = mock.credentials
    ? `Log in as ${mock.credentials.username}, password ${mock.credentials.password} (choose your own with --users name:password)`
    : `Users: ${Object.keys(options.users ?? {}).join(', ')}`;
  console.log(`Stateful mock SPS listening on ${mock.url}
${login}
Try: curl -s -c cookies.txt -u ${mock.credentials?.username ?? Object.keys(options.users ?? {})[0]} ${mock.url}/api/authentication
     curl -s -b cookies.txt ${mock.url}/api/transaction
Ctrl-C stops it.`);
  await stopSignal();
  await mock.stop();
  return 0;
}

async function runProxy(options: Extract<Command, { kind: 'proxy' }>): Promise<number> {
  const proxy = await startProxy({
    ...options,
    onViolation: (exchange) => console.error(describeExchange(exchange)),
    onUnvalidated: (exchange) => console.error(describeUnvalidated(exchange)),
  });
  console.log(`Validating proxy listening on ${proxy.url}, forwarding to ${options.upstream}
Contract violations are reported here; Ctrl-C stops it (exit code 1 if there were any).`);
  const reason = await Promise.race([stopSignal(), proxy.exited.then(() => 'exited' as const)]);
  await proxy.stop();
  if (reason === 'exited') console.error('sps-mock: Prism stopped unexpectedly');
  const count = proxy.violations.length;
  console.log(count ? `✖ ${count} exchange${count === 1 ? '' : 's'} violated the contract` : '✔ no contract violations seen');
  return count || reason === 'exited' ? 1 : 0;
}

function describeExchange({ method, path, status, violations }: ViolatingExchange): string {
  const lines = violations.map(({ location, message }) => `    ${location}: ${message}`);
  return [`✖ ${method} ${path} → ${status}`, ...lines].join('\n');
}

function describeUnvalidated({ method, path, status, reason }: UnvalidatedExchange): string {
  return `⚠ ${method} ${path} → ${status} ${reason}`;
}

function stopSignal(): Promise<'signal'> {
  return new Promise((resolve) => {
    const stop = () => {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
      resolve('signal');
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
