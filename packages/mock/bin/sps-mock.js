#!/usr/bin/env node
// `sps-mock` in the workspace: tsx (the workspace's TypeScript loader) runs the source, so no build is needed.
// The published package has no bin/ and no tsx: its `sps-mock` is the compiled dist/bin.js (publishConfig.bin).
import { register } from 'tsx/esm/api';

register();
await import('../src/bin.ts');
