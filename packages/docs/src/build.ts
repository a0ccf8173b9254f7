import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { operations, type JsonObject } from '@sps-openapi/kit';
import { guides, renderGuide, type RenderedGuide } from './guides.js';
import { guideHref, guidePage, landingPage, notFoundPage, type NavGuide } from './layout.js';
import { escapeHtml, type LinkTargets } from './markdown.js';
import { buildReference, referenceHash } from './reference.js';

const require = createRequire(import.meta.url);
const gzip = promisify(gzipCallback);
const siteFile = (name: string) => fileURLToPath(new URL(`./site/${name}`, import.meta.url));
/** Copied as they are: [source in src/site/, destination in the site]. */
const assets = [
  ['favicon.svg', 'favicon.svg'],
  ['logo.svg', 'logo.svg'],
  ['site.css', 'assets/site.css'],
  ['reference.css', 'assets/reference.css'],
  ['site.js', 'assets/site.js'],
] as const;

export interface BuildDocsOptions {
  /** Where the site goes; it is emptied first. */
  outDir: string;
  /** The bundled OpenAPI document to render; defaults to the one `@sps-openapi/spec` ships. */
  spec?: string;
  /** The errata rendered into the last guide; defaults to the repository's `spec/ERRATA.md`. */
  errata?: string;
}

/**
 * Builds the static site: the landing page, the guides, the API reference and the page `serveDocs`
 * answers 404 with (`404.html`). Redoc's scripts are inlined into the reference page, so the site works
 * with no network. Text files get a gzip twin.
 */
export async function buildDocs({
  outDir,
  spec = require.resolve('@sps-openapi/spec/openapi.json'),
  errata = fileURLToPath(new URL('../../../spec/ERRATA.md', import.meta.url)),
}: BuildDocsOptions): Promise<void> {
  const bundle = JSON.parse(await readFile(spec, 'utf8')) as JsonObject;
  // Render the guides first: a broken link in them fails the build before anything is written.
  const rendered = await Promise.all(guides.map((guide) => renderGuide(guide, linkTargets(bundle), { errata })));
  const nav: NavGuide[] = rendered.map(({ slug, title }) => ({ slug, title }));

  await rm(outDir, { recursive: true, force: true });
  await Promise.all(['reference', 'guides', 'assets'].map((dir) => mkdir(join(outDir, dir), { recursive: true })));
  await buildReference(bundle, join(outDir, 'reference', 'index.html'), {
    guides: rendered.map(({ slug, title }) => ({ title, href: guideHref('../', slug) })),
    logo: { url: '../logo.svg', href: '../', altText: 'sps-openapi home' },
  });
  for (const guide of rendered) {
    const frame = { root: '../', title: guide.title, description: guide.lede, guides: nav, current: guide.slug, toc: guide.headings };
    await writeFile(join(outDir, 'guides', `${guide.slug}.html`), guidePage(frame, guide.html));
  }
  await writeFile(join(outDir, 'index.html'), await landing(bundle, rendered, nav));
  await writeFile(join(outDir, '404.html'), notFoundPage(nav));
  await Promise.all(assets.map(([source, destination]) => copyFile(siteFile(source), join(outDir, destination))));
  await precompress(outDir);
}

/** Writes `<file>.gz` next to every text file; `serveDocs` sends it to browsers that accept gzip. */
async function precompress(dir: string): Promise<void> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => /\.(html|css|js|svg)$/.test(file));
  await Promise.all(files.map(async (file) => writeFile(join(dir, `${file}.gz`), await gzip(await readFile(join(dir, file))))));
}

/** How the guides (one level below the site root) link to operations and to each other. */
export function linkTargets(bundle: JsonObject): LinkTargets {
  const entries = operations(bundle);
  const byId = new Map(entries.map((entry) => [String(entry.operation.operationId), entry.operation]));
  const byRoute = new Map(entries.map((entry) => [`${entry.method.toUpperCase()} ${entry.path}`, String(entry.operation.operationId)]));
  const slugs = new Set(guides.map((guide) => guide.slug));
  return {
    operation: (operationId) => {
      const operation = byId.get(operationId);
      return operation ? `../reference/${referenceHash(operation)}` : undefined;
    },
    route: (method, path) => byRoute.get(`${method} ${path}`),
    guide: (slug) => (slugs.has(slug) ? `${slug}.html` : undefined),
  };
}

async function landing(bundle: JsonObject, rendered: RenderedGuide[], nav: NavGuide[]): Promise<string> {
  const cards = rendered
    .map(({ slug, title, lede }) => `<li><a href="${guideHref('', slug)}"><strong>${escapeHtml(title)}</strong><span>${escapeHtml(lede)}</span></a></li>`)
    .join('\n    ');
  const content = (await readFile(siteFile('landing.html'), 'utf8'))
    .replace('<!-- guide cards -->', cards)
    .replace('<!-- operation count -->', String(operations(bundle).length));
  const info = bundle.info as JsonObject;
  return landingPage(
    { root: '', title: 'sps-openapi — the SPS REST API, documented', description: String(info.summary ?? info.title), guides: nav },
    content,
  );
}
