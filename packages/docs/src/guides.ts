/** The task guides: which exist, in which order, and how one is rendered into a page. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { mainId } from './layout.js';
import { PageRenderer, type Heading, type LinkTargets } from './markdown.js';

export interface Guide {
  slug: string;
  /** Markdown file under `packages/docs/guides/`. */
  file: string;
  /** A document embedded at the end of the guide (rendered at build time, never copied). */
  appendix?: 'errata';
}

/** In reading order; the landing page and the navigation list them like this. */
export const guides: Guide[] = [
  { slug: 'getting-started', file: 'getting-started.md' },
  { slug: 'in-your-project', file: 'in-your-project.md' },
  { slug: 'transactions', file: 'transactions.md' },
  { slug: 'grant-access', file: 'grant-access.md' },
  { slug: 'firmware', file: 'firmware.md' },
  { slug: 'search', file: 'search.md' },
  { slug: 'errors', file: 'errors.md' },
  { slug: 'testing', file: 'testing.md' },
  { slug: 'errata', file: 'errata.md', appendix: 'errata' },
];

export const guidesDir = fileURLToPath(new URL('../guides/', import.meta.url));

export interface RenderedGuide {
  slug: string;
  title: string;
  /** The first paragraph, as plain text. */
  lede: string;
  html: string;
  headings: Heading[];
}

export interface GuideSources {
  /** `spec/ERRATA.md`, embedded in the errata guide. */
  errata: string;
}

export async function renderGuide(guide: Guide, targets: LinkTargets, sources: GuideSources): Promise<RenderedGuide> {
  const path = `${guidesDir}${guide.file}`;
  const source = await readFile(path, 'utf8');
  const title = PageRenderer.title(source);
  if (!title) throw new Error(`${path} needs a "# Title" line`);
  const renderer = new PageRenderer(targets, [mainId]);
  let html: string;
  try {
    html = renderer.render(source, { dropTitle: true });
    if (guide.appendix === 'errata') {
      // ERRATA.md's own title is replaced by the guide's heading that introduces it; its sections nest below.
      html += renderer.render(await readFile(sources.errata, 'utf8'), { dropTitle: true, shiftHeadings: 1 });
    }
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  return { slug: guide.slug, title, lede: PageRenderer.lede(source), html, headings: renderer.headings };
}
