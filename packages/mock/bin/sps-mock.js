#!/usr/bin/env node
// The CLI is written in TypeScript; tsx (the workspace's TypeScript loader) runs it from source.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
