import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { problems, redocly } from './redocly.js';

const require = createRequire(import.meta.url);
const siteFiles = ['index.html', 'favicon.svg'].map((name) => [name, fileURLToPath(new URL(`./site/${name}`, import.meta.url))]);

/** Redoc's attribution logo is an image from Redocly's CDN; the offline site shows the name as text instead. */
const redoclyLogo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#555">Redocly</text></svg>',
)}`;

/** Makes the generated reference page self-contained: no CDN image, and the site's own icon. */
export function makeOffline(html: string): string {
  return html
    .replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, redoclyLogo)
    .replace('<head>', '<head>\n    <link rel="icon" href="../favicon.svg" type="image/svg+xml" />');
}

export interface BuildDocsOptions {
  /** Where the site goes; it is emptied first. */
  outDir: string;
  /** The bundled OpenAPI document to render; defaults to the one `@sps-openapi/spec` ships. */
  spec?: string;
}

/**
 * Builds the static site: the landing page and the API reference. Redoc's scripts are inlined into the
 * reference page so the site works with no network.
 */
export async function buildDocs({ outDir, spec = require.resolve('@sps-openapi/spec/openapi.json') }: BuildDocsOptions) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'reference'), { recursive: true });
  const result = await redocly([
    'build-docs',
    spec,
    '--inlineBundle',
    '--title',
    'SPS REST API reference',
    '--output',
    join(outDir, 'reference', 'index.html'),
  ]);
  if (!result.ok) throw new Error(`Building the API reference failed:\n${problems(result)}`);
  const reference = join(outDir, 'reference', 'index.html');
  await writeFile(reference, makeOffline(await readFile(reference, 'utf8')));
  for (const [name, source] of siteFiles) await copyFile(source!, join(outDir, name!));
}
