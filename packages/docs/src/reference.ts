/** The API reference page: Redoc (`redocly build-docs --inlineBundle`) over the augmented description. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { problems, redocly, type JsonObject } from '@sps-openapi/kit';
import { augmentForDocs, type AugmentOptions } from './augment.js';

/** Redoc's settings for the page: which code sample languages to show. */
const redoclyConfig = fileURLToPath(new URL('./reference.yaml', import.meta.url));

/** Redoc's attribution logo is an image from Redocly's CDN; the offline site shows the name as text instead. */
const redoclyLogo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#555">Redocly</text></svg>',
)}`;

/** Redoc's slug for a tag name: `Keys and certificates` → `keys-and-certificates`. */
export const tagSlug = (tag: string) =>
  tag
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The hash Redoc gives an operation: `#/transactions/committransaction`. */
export function referenceHash(operation: JsonObject): string {
  const [tag] = (operation.tags ?? []) as string[];
  if (!tag || typeof operation.operationId !== 'string') {
    throw new Error('An operation needs a tag and an operationId to be linked from the guides');
  }
  return `#/${tagSlug(tag)}/${operation.operationId.toLowerCase()}`;
}

/** Makes the generated reference page self-contained: no CDN image, and the site's own icon and styles. */
export function makeOffline(html: string): string {
  return html
    .replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, redoclyLogo)
    .replace('<head>', '<head>\n    <link rel="icon" href="../favicon.svg" type="image/svg+xml" />')
    .replace('</head>', '    <link rel="stylesheet" href="../assets/reference.css" />\n  </head>');
}

/**
 * Drops Redoc's server-rendered copy of the page: the markup and the styles it pre-renders (a quarter
 * of a megabyte, most of it one rule of theme variables) are what its script renders again on load. The
 * page is then rendered by that script alone (`init` in place of `hydrate`), which keeps the reference
 * within its weight budget (`pnpm bench docs`); its first operation still shows within a second.
 */
export function clientRendered(html: string): string {
  const once = (text: string, pattern: RegExp, replacement: string, what: string) => {
    const matches = text.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0;
    if (matches !== 1) throw new Error(`Expected ${what} once in the page Redocly built, found it ${matches} times`);
    return text.replace(pattern, replacement);
  };
  let page = once(html, /<style data-styled="true"[^>]*>[\s\S]*?<\/style>\s*/, '', "Redoc's pre-rendered styles");
  page = once(page, /(<div id="redoc">)[\s\S]*?(<\/div>\s*<script type="module">)/, '$1$2', "Redoc's pre-rendered markup");
  return once(page, /\bhydrate\((__redoc_definition, __redoc_options, document\.getElementById\('redoc'\))\)/, 'init($1)', "Redoc's hydrate call");
}

/**
 * Moves the page's inline scripts into files beside it (`<name>-1.js`, …), so that the site's
 * Content-Security-Policy can allow scripts from the site only (`script-src 'self'`). Attributes
 * (`type="module"`) stay on the tag, so each script runs exactly when it did inline.
 */
export function externalizeScripts(html: string, name: string): { html: string; scripts: { file: string; source: string }[] } {
  const scripts: { file: string; source: string }[] = [];
  const rewritten = html.replace(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g, (tag, attributes: string, source: string) => {
    const type = /\stype="([^"]*)"/.exec(attributes)?.[1];
    if (type !== undefined && type !== 'module' && type !== 'text/javascript') return tag; // a data block, not a script
    const file = `${name}-${scripts.length + 1}.js`;
    scripts.push({ file, source });
    return `<script${attributes} src="${file}"></script>`;
  });
  return { html: rewritten, scripts };
}

/** Renders `bundle` (plus code samples, notes and guide links) into the page `outFile` and its scripts, with no network. */
export async function buildReference(bundle: JsonObject, outFile: string, options: AugmentOptions): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'sps-docs-reference-'));
  try {
    const augmented = join(work, 'openapi.json');
    await writeFile(augmented, JSON.stringify(augmentForDocs(bundle, options)));
    const result = await redocly([
      'build-docs',
      augmented,
      '--inlineBundle',
      '--config',
      redoclyConfig,
      '--title',
      'SPS REST API reference',
      '--output',
      outFile,
    ]);
    if (!result.ok) throw new Error(`Building the API reference failed:\n${problems(result)}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const { html, scripts } = externalizeScripts(makeOffline(clientRendered(await readFile(outFile, 'utf8'))), basename(outFile, '.html'));
  await writeFile(outFile, html);
  await Promise.all(scripts.map(({ file, source }) => writeFile(join(dirname(outFile), file), source)));
}
