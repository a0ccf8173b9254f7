import { describe, expect, it } from 'vitest';
import { problems, redocly } from '../src/redocly.js';

describe('redocly', () => {
  it('runs the pinned Redocly CLI', async () => {
    const result = await redocly(['--version']);
    expect(result).toMatchObject({ ok: true, stdout: expect.stringMatching(/^2\.77\.\d+\s*$/) });
  });

  it('reports failure with what Redocly printed', async () => {
    const result = await redocly(['lint', 'no-such-file.yaml']);
    expect(result.ok).toBe(false);
    expect(problems(result)).toMatch(/no-such-file\.yaml/);
  });
});

describe('problems', () => {
  it("keeps the report and drops Redocly's boxed banners", () => {
    const report = problems({
      ok: false,
      stdout: '╔══════╗\n║ Update available ║\n╚══════╝\nspec/openapi.yaml:3:1 error',
      stderr: 'Validation failed\n',
    });
    expect(report).toBe('spec/openapi.yaml:3:1 error\nValidation failed');
  });
});
