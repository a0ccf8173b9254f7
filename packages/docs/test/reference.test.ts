/** The reference page's links and its offline rewrite (the page itself in Chromium: test/site/api-reference.test.ts). */
import { describe, expect, it } from 'vitest';
import { clientRendered, externalizeScripts, makeOffline, referenceHash, tagSlug } from '../src/reference.js';

describe('referenceHash', () => {
  it("is Redoc's hash of an operation: its first tag's slug and its operationId in lower case", () => {
    expect(referenceHash({ operationId: 'commitTransaction', tags: ['Transactions'] })).toBe('#/transactions/committransaction');
    expect(referenceHash({ operationId: 'getX509Certificate', tags: ['Keys and certificates'] })).toBe('#/keys-and-certificates/getx509certificate');
    expect(tagSlug(' AAA / Login methods ')).toBe('aaa-login-methods');
  });

  it('refuses an operation without a tag or an operationId', () => {
    expect(() => referenceHash({ operationId: 'x' })).toThrow(/needs a tag and an operationId/);
    expect(() => referenceHash({ tags: ['Transactions'] })).toThrow(/needs a tag and an operationId/);
  });
});

describe('makeOffline', () => {
  it("replaces Redoc's CDN logo with an inline image and adds the site's icon and the reference's styles, last", () => {
    const html = makeOffline('<html><head><title>x</title><style>pre{}</style></head><body><img src="https://cdn.redoc.ly/redoc/logo-mini.svg"></body></html>');
    expect(html).not.toContain('cdn.redoc.ly');
    expect(html).toContain('<img src="data:image/svg+xml,');
    expect(html).toContain('<link rel="icon" href="../favicon.svg" type="image/svg+xml" />');
    expect(html).toMatch(/<style>pre\{\}<\/style>\s*<link rel="stylesheet" href="..\/assets\/reference.css" \/>\s*<\/head>/);
  });
});

describe('clientRendered', () => {
  const built = [
    '<head><style>body{}</style>',
    '  <style data-styled="true" data-styled-version="6.4.2">:root{--a:1}</style>',
    '</head><body>',
    '      <div id="redoc"><div class="x"><div>pre-rendered</div></div></div>',
    '      <script type="module">',
    "      hydrate(__redoc_definition, __redoc_options, document.getElementById('redoc'));",
    '      </script></body>',
  ].join('\n');

  it("drops Redoc's pre-rendered styles and markup and renders the page with init in place of hydrate", () => {
    const page = clientRendered(built);
    expect(page).not.toContain('data-styled');
    expect(page).not.toContain('pre-rendered');
    expect(page).toContain('<style>body{}</style>');
    expect(page).toMatch(/<div id="redoc"><\/div>\s*<script type="module">/);
    expect(page).toContain("init(__redoc_definition, __redoc_options, document.getElementById('redoc'));");
    expect(page).not.toContain('hydrate(');
  });

  it('fails the build when the page Redocly built no longer has one of them', () => {
    expect(() => clientRendered(built.replace('data-styled="true"', ''))).toThrow("Expected Redoc's pre-rendered styles once in the page Redocly built, found it 0 times");
    expect(() => clientRendered(built.replace('hydrate(', 'render('))).toThrow("Expected Redoc's hydrate call once");
    expect(() => clientRendered(built.replace('<div id="redoc">', '<main>'))).toThrow("Expected Redoc's pre-rendered markup once");
  });
});

describe('externalizeScripts', () => {
  it('moves every inline script into a file beside the page, keeping its attributes and its place', () => {
    const { html, scripts } = externalizeScripts(
      '<head><script>var mode = "dark";</script><script src="kept.js"></script></head>' +
        '<body><script type="module">\n  hydrate(a < b);\n</script></body>',
      'index',
    );
    expect(html).toBe(
      '<head><script src="index-1.js"></script><script src="kept.js"></script></head><body><script type="module" src="index-2.js"></script></body>',
    );
    expect(scripts).toEqual([
      { file: 'index-1.js', source: 'var mode = "dark";' },
      { file: 'index-2.js', source: '\n  hydrate(a < b);\n' },
    ]);
  });

  it('leaves data blocks inline', () => {
    const page = '<script type="application/json">{"a": 1}</script>';
    expect(externalizeScripts(page, 'index')).toEqual({ html: page, scripts: [] });
  });
});
