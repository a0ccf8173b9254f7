/**
 * `pnpm start`: build, then serve the mock SPS and the docs until Ctrl-C.
 * Ports: `--mock-port` / `SPS_MOCK_PORT` (default 4010), `--docs-port` / `SPS_DOCS_PORT` (default 8080).
 */
import { parseArgs } from 'node:util';
import { serveDocs } from '@sps-openapi/docs';
import { portNumber, startMock } from '@sps-openapi/mock';
import { build } from './build.js';
import { docsDist } from './lib/paths.js';

const { values } = parseArgs({
  options: {
    'mock-port': { type: 'string', default: process.env.SPS_MOCK_PORT ?? '4010' },
    'docs-port': { type: 'string', default: process.env.SPS_DOCS_PORT ?? '8080' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

async function main() {
  const mockPort = portNumber(values['mock-port'], '--mock-port');
  const docsPort = portNumber(values['docs-port'], '--docs-port');
  await build();
  const mock = await startMock({ port: mockPort, host: values.host });
  const docs = await serveDocs({ dir: docsDist, port: docsPort, host: values.host }).catch(async (error: unknown) => {
    await mock.stop();
    throw error;
  });

  console.log(`
Mock SPS   ${mock.url}   (Prism, serving packages/spec/openapi.json)
Docs       ${docs.url}/

Try the mock (any session_id cookie is accepted):
  curl -s --cookie 'session_id=a1f71d030e657634730b9e887cb59a5e56162860' ${mock.url}/api/transaction

To test whole workflows (logins, transactions that keep their changes, the lock, firmware jobs),
run the stateful mock in another terminal:
  pnpm exec sps-mock --stateful --port ${mockPort === 4011 ? 4012 : 4011} --users admin:secret

Press Ctrl-C to stop both.`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the mock and the docs server…');
    await Promise.all([mock.stop(), docs.close()]);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
