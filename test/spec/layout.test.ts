import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { specEntry } from '../../scripts/lib/paths.js';

const root = parse(readFileSync(specEntry, 'utf8')) as { paths: Record<string, { $ref: string }> };

/** spec/README.md: drop `/api/`, the first segment is the area folder, the rest the file. */
function fileOf(url: string): string {
  if (url === '/api') return 'paths/api.yaml';
  const [area, ...rest] = url.replace(/^\/api\//, '').split('/');
  return `paths/${area}/${rest.length ? rest.join('/') : area}.yaml`;
}

describe('spec layout', () => {
  it.each(Object.entries(root.paths))('%s lives in the file its URL names', (url, item) => {
    expect(item.$ref).toBe(fileOf(url));
    expect(existsSync(new URL(item.$ref, `file://${specEntry}`))).toBe(true);
  });
});
