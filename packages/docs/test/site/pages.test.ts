/**
 * The landing page and the guides in Chromium: every page reachable, every link answered, usable with the
 * keyboard and on a phone; the 404 page.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { guides } from '../../src/guides.js';
import { mainId } from '../../src/layout.js';
import { contentSecurityPolicy } from '../../src/serve.js';
import { openTab, saveScreenshot, startSite, visit, type Site, type Tab, type Visit } from '../support/site.js';

let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site?.close();
});

interface CrawledPage {
  path: string;
  consoleErrors: string[];
  policy: string | undefined;
  foreignRequests: string[];
  failedRequests: string[];
  /** Absolute URLs of every link, stylesheet, script and image of the page. */
  links: string[];
  /** Element ids, the targets of `#fragment` links. */
  ids: string[];
  /** What the first Tab reaches (not looked at in the reference). */
  firstTabStop: TabStop | undefined;
}

interface TabStop {
  text: string;
  href: string | null;
  /** The tag of the element its `#fragment` names, if any. */
  target: string | undefined;
  /** Whether any of it shows in the viewport before it has the focus, and once it has. */
  shownBefore: boolean;
  shownFocused: boolean;
}

/** The tab the crawl goes through the landing page and the guides in. */
let tab: Tab;
/** The reference as the crawl loaded it, on a page of its own: the test of its links goes on there. */
let reference: Visit;

/**
 * Visits every page reachable from the landing page (the reference counts as one page: Redoc's own
 * routes are not crawled, only its links back into the site).
 */
async function crawl(): Promise<Map<string, CrawledPage>> {
  const pages = new Map<string, CrawledPage>();
  const queue = ['/'];
  tab = await openTab(site);
  while (queue.length) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    const isReference = path.startsWith('/reference/');
    const opened = isReference ? (reference = await visit(site, path)) : await tab.visit(path);
    const { page, consoleErrors, policy, foreignRequests, failedRequests } = opened;
    const { links, ids } = await page.evaluate((reference) => {
      const selector = reference ? 'a[href^="../"]' : 'a[href], link[href], script[src], img[src]';
      const links = [...document.querySelectorAll(selector)].map((element) =>
        element instanceof HTMLScriptElement || element instanceof HTMLImageElement ? element.src : (element as HTMLAnchorElement).href,
      );
      return { links, ids: [...document.querySelectorAll('[id]')].map((element) => element.id) };
    }, isReference);
    const firstTabStop = isReference ? undefined : await firstTab(page);
    pages.set(path, { path, consoleErrors, policy, foreignRequests, failedRequests, links, ids, firstTabStop });
    for (const link of links) {
      const url = new URL(link);
      if (url.origin === site.url && /(\/|\.html)$/.test(url.pathname) && !pages.has(url.pathname)) queue.push(url.pathname);
    }
  }
  return pages;
}

/** Presses Tab once on a freshly loaded page and says what got the focus. */
async function firstTab(page: Tab['page']): Promise<TabStop> {
  const shown = () =>
    page.evaluate(() => {
      const link = document.querySelector('a');
      const box = link?.getBoundingClientRect();
      return !!box && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    });
  const shownBefore = await shown();
  await page.keyboard.press('Tab');
  const stop = await page.evaluate(() => {
    const focused = document.activeElement as HTMLAnchorElement;
    const hash = focused.getAttribute('href')?.startsWith('#') ? focused.getAttribute('href')!.slice(1) : undefined;
    return { text: focused.textContent!.trim(), href: focused.getAttribute('href'), target: hash ? document.getElementById(hash)?.tagName : undefined };
  });
  return { ...stop, shownBefore, shownFocused: await shown() };
}

describe('landing page and guides in Chromium', () => {
  let pages: Map<string, CrawledPage>;

  beforeAll(async () => {
    pages = await crawl();
  }, 120_000);

  it('reaches every guide and the reference from the landing page', () => {
    const expected = ['/', '/reference/', ...guides.map((guide) => `/guides/${guide.slug}.html`)];
    expect([...pages.keys()].sort()).toEqual(expected.sort());
  });

  it('loads every page under the Content-Security-Policy with no console error or violation, no failed request and no request leaving 127.0.0.1', () => {
    for (const page of pages.values()) {
      expect(page.policy, page.path).toBe(contentSecurityPolicy);
      expect({ page: page.path, consoleErrors: page.consoleErrors, failedRequests: page.failedRequests, foreignRequests: page.foreignRequests }).toEqual({
        page: page.path,
        consoleErrors: [],
        failedRequests: [],
        foreignRequests: [],
      });
    }
  });

  it('answers 200 for every internal link, and every #fragment of a guide exists', async () => {
    const internal = [...pages.values()].flatMap((page) => page.links.map((link) => ({ from: page.path, url: new URL(link) })));
    const checked = internal.filter(({ url }) => url.origin === site.url);
    expect(checked.length).toBeGreaterThan(50);
    const statuses = new Map<string, number>();
    for (const { from, url } of checked) {
      if (!statuses.has(url.pathname)) statuses.set(url.pathname, (await fetch(new URL(url.pathname, site.url))).status);
      expect(`${from} → ${url.pathname}: ${statuses.get(url.pathname)}`).toBe(`${from} → ${url.pathname}: 200`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !url.pathname.startsWith('/reference/')) {
        const target = pages.get(url.pathname);
        expect(target?.ids.includes(fragment), `${from} → ${url.pathname}#${fragment}`).toBe(true);
      }
    }
  });

  it('links only to operations that exist in the reference', async () => {
    const hashes = new Set(
      [...pages.values()]
        .flatMap((page) => page.links)
        .map((link) => new URL(link))
        .filter((url) => url.origin === site.url && url.pathname === '/reference/' && url.hash.startsWith('#/'))
        .map((url) => url.hash),
    );
    expect(hashes.size).toBeGreaterThan(20);
    // The reference page as the crawl loaded it: what it records covers that load too.
    const { page, consoleErrors } = reference;
    for (const hash of hashes) {
      // Redoc renders an operation's section when its route is visited.
      await page.evaluate((target) => void (location.hash = target), hash);
      const found = await page
        .locator(`[id="${hash.slice('#/'.length)}"]`)
        .waitFor({ state: 'attached', timeout: 5_000 })
        .then(
          () => true,
          () => false,
        );
      expect(found, `reference section for ${hash}`).toBe(true);
    }
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('starts every page with a "Skip to content" link to its main content, hidden until the keyboard reaches it', () => {
    const expected: TabStop = { text: 'Skip to content', href: `#${mainId}`, target: 'MAIN', shownBefore: false, shownFocused: true };
    for (const page of pages.values()) {
      if (page.path.startsWith('/reference/')) continue;
      expect({ page: page.path, ...page.firstTabStop }).toEqual({ page: page.path, ...expected });
    }
  });

  it('fits every page but the reference (whose layout is Redoc\'s) into a 390 px wide phone screen: nothing scrolls sideways', async () => {
    const { page } = tab;
    await page.setViewportSize({ width: 390, height: 844 });
    onTestFinished(() => page.setViewportSize({ width: 1280, height: 900 }));
    const paths = [...pages.keys()].filter((path) => !path.startsWith('/reference/'));
    expect(paths.length).toBe(guides.length + 1);
    const overflows: string[] = [];
    for (const path of paths) {
      await tab.visit(path);
      const { scrollWidth, width, culprits } = await page.evaluate(() => {
        // For the message: the outermost elements that reach past the right edge, but for those inside a box that scrolls (code, tables).
        const culprits = [...document.body.querySelectorAll('*')]
          .filter((element) => {
            if (element.getBoundingClientRect().right <= innerWidth || element.parentElement!.getBoundingClientRect().right > innerWidth) return false;
            for (let box = element.parentElement; box; box = box.parentElement) if (getComputedStyle(box).overflowX !== 'visible') return false;
            return true;
          })
          .map((element) => `<${element.localName}${element.className ? ` class="${element.className}"` : ''}> ${element.textContent!.trim().slice(0, 60)}`);
        return { scrollWidth: document.documentElement.scrollWidth, width: innerWidth, culprits: culprits.slice(0, 5) };
      });
      if (scrollWidth > width) overflows.push(`${path}: ${scrollWidth} px wide, from ${culprits.join(', ')}`);
    }
    expect(overflows).toEqual([]);
  }, 60_000);

  it('shows a card for every guide on the landing page (screenshot saved)', async () => {
    const { page } = await tab.visit('/');
    const cards = page.locator('.cards a');
    await cards.first().waitFor();
    const hrefs = await cards.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(guides.map((guide) => `guides/${guide.slug}.html`));
    await saveScreenshot(page, 'landing', { fullPage: true });
  });

  it("answers a path the site does not have with the site's 404 page, styled and linking home", async () => {
    const { page, failedRequests, consoleErrors } = await tab.visit('/guides/nowhere/page.html');
    expect(failedRequests).toEqual([`404 ${site.url}/guides/nowhere/page.html`]);
    expect(consoleErrors).toEqual([expect.stringContaining('404')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    // The site's stylesheet applies at any depth: its links start at the root.
    await expect(page.locator('.topbar').evaluate((header) => getComputedStyle(header).position)).resolves.toBe('sticky');
    const home = page.getByRole('link', { name: 'Home', exact: true });
    await expect(home.getAttribute('href')).resolves.toBe('/');
    await expect(firstTab(page)).resolves.toMatchObject({ text: 'Skip to content', target: 'MAIN' });
  });
});
