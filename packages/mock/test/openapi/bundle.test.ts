import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundlePath, loadBundle } from '../../src/openapi/bundle.js';

describe('loadBundle', () => {
  it('reads the committed bundle of @sps-openapi/spec', () => {
    expect(bundlePath).toBe(fileURLToPath(new URL('../../../spec/openapi.json', import.meta.url)));
    expect(loadBundle()).toEqual(JSON.parse(readFileSync(bundlePath, 'utf8')));
    expect(loadBundle().openapi).toBe('3.1.0');
  });

  it('gives every caller its own copy', () => {
    const first = loadBundle();
    first.info = 'changed';
    expect(loadBundle().info).not.toBe('changed');
  });
});
