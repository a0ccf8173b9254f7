/** The Markdown of the guides: links into the reference and between guides, checked; headings with ids. */
import { loadBundle } from '@sps-openapi/kit';
import { describe, expect, it } from 'vitest';
import { linkTargets } from '../src/build.js';
import { PageRenderer } from '../src/markdown.js';

describe('links of the guides', () => {
  const targets = linkTargets(loadBundle());

  it('turns code spans that name an operation into links to the reference', () => {
    const html = new PageRenderer(targets).render('`POST /api/transaction`, `commitTransaction`, `GET /api/nowhere`, `session_id`');
    expect(html).toContain('<a class="operation" href="../reference/#/transactions/opentransaction"><code>POST /api/transaction</code></a>');
    expect(html).toContain('<a class="operation" href="../reference/#/transactions/committransaction"><code>commitTransaction</code></a>');
    expect(html).toContain('<code>GET /api/nowhere</code>');
    expect(html).not.toContain('nowhere"');
    expect(html).toContain('<code>session_id</code>');
  });

  it('resolves ref: and .md links, and refuses ones that lead nowhere', () => {
    const html = new PageRenderer(targets).render('[open](ref:openTransaction) and [errors](errors.md#what-to-retry)');
    expect(html).toContain('href="../reference/#/transactions/opentransaction"');
    expect(html).toContain('href="errors.html#what-to-retry"');
    expect(() => new PageRenderer(targets).render('[x](ref:noSuchOperation) and [y](nowhere.md)')).toThrow(
      /unknown operation: ref:noSuchOperation\nlink to an unknown guide: nowhere\.md/,
    );
  });

  it('gives headings unique ids and lists them', () => {
    const renderer = new PageRenderer(targets);
    const html = renderer.render('# Title\n\n## The 409 lock\n\n## The 409 lock\n', { dropTitle: true });
    expect(html).not.toContain('Title');
    expect(renderer.headings.map((heading) => heading.id)).toEqual(['the-409-lock', 'the-409-lock-2']);
  });

  it('gives no heading an id the page around it uses', () => {
    const renderer = new PageRenderer(targets, ['main']);
    renderer.render('## Main\n');
    expect(renderer.headings.map((heading) => heading.id)).toEqual(['main-2']);
  });
});
