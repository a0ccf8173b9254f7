import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { majorChangesets } from '../../../../scripts/lib/breaking/changesets.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sps-changesets-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const changeset = (releases: string) => `---\n${releases}\n---\n\nWhat changed.\n`;

describe('majorChangesets', () => {
  it('names the pending changesets that release @sps-openapi/spec as major, and only those', async () => {
    await mkdir(join(root, '.changeset'));
    await writeFile(join(root, '.changeset/README.md'), '# not a changeset\n');
    await writeFile(join(root, '.changeset/config.json'), '{}');
    await writeFile(join(root, '.changeset/spec-minor.md'), changeset('"@sps-openapi/spec": minor'));
    await writeFile(join(root, '.changeset/client-major.md'), changeset('"@sps-openapi/client": major'));
    expect(await majorChangesets(root)).toEqual([]);
    await writeFile(join(root, '.changeset/drop-field.md'), changeset("'@sps-openapi/client': major\n'@sps-openapi/spec': major"));
    expect(await majorChangesets(root)).toEqual(['.changeset/drop-field.md']);
  });

  it('finds none without a .changeset folder', async () => {
    expect(await majorChangesets(root)).toEqual([]);
  });

  it('refuses a changeset it cannot read', async () => {
    await mkdir(join(root, '.changeset'));
    await writeFile(join(root, '.changeset/broken.md'), '---\n"@sps-openapi/spec": huge\n---\n\nx\n');
    await expect(majorChangesets(root)).rejects.toThrow(/invalid version type "huge"/);
  });
});
