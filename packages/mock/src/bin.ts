#!/usr/bin/env node
/** The `sps-mock` command. Published as `dist/bin.js`; in the workspace, `bin/sps-mock.js` runs this source. */
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
