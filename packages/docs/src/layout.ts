/** The HTML frame shared by the landing page and the guides: header, guide navigation, footer. */
import { escapeHtml, type Heading } from './markdown.js';

export interface NavGuide {
  slug: string;
  title: string;
}

export interface PageFrame {
  /** `''` for a page at the site root, `'../'` one level down: prefixes every site URL. */
  root: string;
  title: string;
  description: string;
  guides: NavGuide[];
  /** The guide shown, if the page is one. */
  current?: string;
  /** Headings of the current guide; levels 2 and 3 are listed under it in the navigation. */
  toc?: Heading[];
}

export const guideHref = (root: string, slug: string) => `${root}guides/${slug}.html`;

/** The id of every page's main content, which the "Skip to content" link leads to. */
export const mainId = 'main';

function header({ root, guides }: PageFrame): string {
  const firstGuide = guides[0] ? `<a href="${guideHref(root, guides[0].slug)}">Guides</a>` : '';
  return `<header class="topbar">
  <a class="brand" href="${root || './'}"><img src="${root}favicon.svg" alt="" width="28" height="28" /><span>sps-openapi</span></a>
  <nav aria-label="Site">
    ${firstGuide}
    <a href="${root}reference/">API reference</a>
  </nav>
</header>`;
}

function guideNavigation({ root, guides, current, toc = [] }: PageFrame): string {
  const items = guides.map(({ slug, title }, index) => {
    const active = slug === current;
    const sections = active
      ? `<ul class="toc">${toc
          .filter((heading) => heading.depth <= 3)
          .map((heading) => `<li${heading.depth === 3 ? ' class="sub"' : ''}><a href="#${heading.id}">${escapeHtml(heading.text)}</a></li>`)
          .join('')}</ul>`
      : '';
    return `<li${active ? ' class="active"' : ''}><a href="${guideHref(root, slug)}"${active ? ' aria-current="page"' : ''}><span class="number">${index + 1}</span>${escapeHtml(title)}</a>${sections}</li>`;
  });
  return `<aside class="sidebar">
  <nav aria-label="Guides">
    <p class="nav-title">Guides</p>
    <ol>${items.join('')}</ol>
    <p class="nav-title">Reference</p>
    <ul><li><a href="${root}reference/">API reference</a></li></ul>
  </nav>
</aside>`;
}

function document(frame: PageFrame, body: string): string {
  const { root, title, description } = frame;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${escapeHtml(title)}</title>
  <meta name="description" content="${escapeHtml(description)}" />
  <link rel="icon" href="${root}favicon.svg" type="image/svg+xml" />
  <link rel="stylesheet" href="${root}assets/site.css" />
  <script src="${root}assets/site.js" defer></script>
</head>
<body>
<a class="skip-link" href="#${mainId}">Skip to content</a>
${header(frame)}
${body}
<footer class="footer">
  <p>sps-openapi — an open description of the One Identity Safeguard for Privileged Sessions REST API. MIT licensed;
  not affiliated with One Identity.</p>
</footer>
</body>
</html>
`;
}

/** A guide: navigation on the left, the article, and links to the previous and next guide. */
export function guidePage(frame: PageFrame, article: string): string {
  const index = frame.guides.findIndex((guide) => guide.slug === frame.current);
  const previous = frame.guides[index - 1];
  const next = frame.guides[index + 1];
  const pager = [
    previous ? `<a class="previous" href="${guideHref(frame.root, previous.slug)}"><small>Previous</small>${escapeHtml(previous.title)}</a>` : '<span></span>',
    next
      ? `<a class="next" href="${guideHref(frame.root, next.slug)}"><small>Next</small>${escapeHtml(next.title)}</a>`
      : `<a class="next" href="${frame.root}reference/"><small>Next</small>API reference</a>`,
  ].join('');
  return document(
    { ...frame, title: `${frame.title} — sps-openapi` },
    `<div class="layout">
${guideNavigation(frame)}
<main class="content" id="${mainId}">
<article>
<p class="eyebrow">Guide ${index + 1} of ${frame.guides.length}</p>
<h1>${escapeHtml(frame.title)}</h1>
${article}
</article>
<nav class="pager" aria-label="Guides">${pager}</nav>
</main>
</div>`,
  );
}

/** The landing page: its own content, full width. */
export function landingPage(frame: PageFrame, content: string): string {
  return document(frame, `<main class="landing" id="${mainId}">\n${content}\n</main>`);
}

/**
 * What the server answers for a path the site does not have. It may be served at any depth, so its
 * links start at the site root (`/`): the page works where `serveDocs` serves the site.
 */
export function notFoundPage(guides: NavGuide[]): string {
  return landingPage(
    { root: '/', title: 'Page not found — sps-openapi', description: 'There is no page at this address.', guides },
    `<section class="hero">
  <p class="eyebrow">404</p>
  <h1>Page not found</h1>
  <p class="lede">There is no page at this address.</p>
  <p class="actions"><a class="button primary" href="/">Home</a> <a class="button" href="/reference/">API reference</a></p>
</section>`,
  );
}
