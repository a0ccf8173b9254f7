/**
 * Markdown → HTML for the guides (marked), with what the site needs on top: heading anchors, links into
 * the reference that are checked at build time, links between guides written as `<slug>.md`, and code
 * spans naming an operation (`POST /api/transaction`, `commitTransaction`) turned into reference links.
 */
import { httpMethods } from '@sps-openapi/kit';
import { Marked, type Tokens } from 'marked';

export interface LinkTargets {
  /** The reference URL of an operation (relative to the page), or undefined if there is none. */
  operation(operationId: string): string | undefined;
  /** `GET /api/transaction` → its operationId. */
  route(method: string, path: string): string | undefined;
  /** The page URL of a guide (relative to the page), or undefined if there is none. */
  guide(slug: string): string | undefined;
}

export interface Heading {
  depth: number;
  id: string;
  text: string;
}

export interface RenderOptions {
  /** Drop the document's first `#` heading (used as the page title instead). */
  dropTitle?: boolean;
  /** Demote every heading by this many levels, to embed a document under a heading of the page. */
  shiftHeadings?: number;
}

export const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** `Changing configuration: the 409 lock` → `changing-configuration-the-409-lock`. */
export const headingSlug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '') || 'section';

const routePattern = new RegExp(`^(${httpMethods.join('|').toUpperCase()}) (/\\S*)$`);

/**
 * Renders the Markdown documents of one page. Heading ids stay unique across every document rendered
 * through the same instance; the headings met are collected for the page's table of contents.
 */
export class PageRenderer {
  readonly headings: Heading[] = [];
  private readonly usedIds = new Map<string, number>();
  /** Links of the document being rendered that lead nowhere. */
  private problems: string[] = [];

  /** `reservedIds`: ids the page around the documents uses already; a heading never gets one of them. */
  constructor(
    private readonly targets: LinkTargets,
    reservedIds: Iterable<string> = [],
  ) {
    for (const id of reservedIds) this.usedIds.set(id, 1);
  }

  /** The document's `#` title, as plain text. */
  static title(source: string): string | undefined {
    const token = new Marked().lexer(source).find((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 1);
    return token?.text.replace(/`/g, '');
  }

  /** The first paragraph, as plain text (the guide's lede). */
  static lede(source: string): string {
    const marked = new Marked();
    const token = marked.lexer(source).find((t): t is Tokens.Paragraph => t.type === 'paragraph');
    const parser = new marked.Parser();
    return token ? parser.parseInline(token.tokens, parser.textRenderer) : '';
  }

  render(source: string, { dropTitle = false, shiftHeadings = 0 }: RenderOptions = {}): string {
    const marked = this.marked();
    const tokens = marked.lexer(source);
    if (dropTitle) {
      const title = tokens.findIndex((token) => token.type === 'heading' && token.depth === 1);
      if (title >= 0) tokens.splice(title, 1);
    }
    marked.walkTokens(tokens, (token) => {
      if (token.type === 'heading') token.depth = Math.min(6, token.depth + shiftHeadings);
    });
    this.problems = [];
    const html = marked.parser(tokens);
    if (this.problems.length) throw new Error(this.problems.join('\n'));
    return html;
  }

  private marked(): Marked {
    const page = this;
    const marked = new Marked({ gfm: true });
    return marked.use({
      renderer: {
        heading({ tokens, depth }) {
          const html = this.parser.parseInline(tokens);
          const text = this.parser.parseInline(tokens, this.parser.textRenderer);
          const id = page.uniqueId(headingSlug(text));
          page.headings.push({ depth, id, text });
          return `<h${depth} id="${id}"><a class="anchor" href="#${id}" aria-hidden="true">#</a>${html}</h${depth}>\n`;
        },
        link({ href, title, tokens }) {
          const target = page.resolveHref(href);
          const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
          return `<a href="${escapeHtml(target)}"${titleAttribute}>${this.parser.parseInline(tokens)}</a>`;
        },
        codespan({ text }) {
          const code = `<code>${escapeHtml(text)}</code>`;
          const route = routePattern.exec(text);
          const operationId = route ? page.targets.route(route[1]!, route[2]!) : text;
          const href = operationId ? page.targets.operation(operationId) : undefined;
          return href ? `<a class="operation" href="${escapeHtml(href)}">${code}</a>` : code;
        },
        code({ text, lang }) {
          const language = (lang ?? '').trim().split(/\s+/)[0] ?? '';
          const label = language ? ` data-lang="${escapeHtml(language)}"` : '';
          return `<pre${label}><code>${escapeHtml(text)}</code></pre>\n`;
        },
        table(token) {
          // Wide tables scroll inside their own box instead of widening the page.
          return `<div class="table">${marked.Renderer.prototype.table.call(this, token)}</div>\n`;
        },
      },
    });
  }

  /** `ref:<operationId>` and `<guide>.md#…` become site URLs; one that does not exist fails the render. */
  private resolveHref(href: string): string {
    if (href.startsWith('ref:')) {
      const operationId = href.slice('ref:'.length);
      const url = this.targets.operation(operationId);
      if (!url) this.problems.push(`link to an unknown operation: ${href}`);
      return url ?? '#';
    }
    const guide = /^([a-z0-9-]+)\.md(#.*)?$/.exec(href);
    if (guide) {
      const url = this.targets.guide(guide[1]!);
      if (!url) this.problems.push(`link to an unknown guide: ${href}`);
      return `${url ?? ''}${guide[2] ?? ''}`;
    }
    return href;
  }

  private uniqueId(slug: string): string {
    const count = (this.usedIds.get(slug) ?? 0) + 1;
    this.usedIds.set(slug, count);
    return count === 1 ? slug : `${slug}-${count}`;
  }
}
