/** The docs site for the browser tests: built once per run (test/setup/docs-site.ts), served on 127.0.0.1, opened in Chromium. */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { published } from '../../../../test/support/published.js';
import { buildDocs } from '../../src/build.js';
import { serveDocs, type DocsServer } from '../../src/serve.js';
import { launchChromium } from './browser.js';

/** Screenshots and other artifacts of the docs tests (reports/ is not committed). */
export const artifactsDir = fileURLToPath(new URL('../../../../reports/docs/', import.meta.url));

export interface Site {
  dir: string;
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The site that test/setup/docs-site.ts builds once for every test file here, when it is built within
 * `timeoutMs`; `undefined` when this run did not build it (the file then builds its own).
 */
async function sharedSite(timeoutMs = 55_000): Promise<string | undefined> {
  const dir = inject('docsSiteDir');
  const result = await published(dir, 'ready', 'Building the docs site', timeoutMs);
  return 'skipped' in result ? undefined : join(dir, 'site');
}

export async function startSite(): Promise<Site> {
  // Chromium starts while the site is built (or awaited).
  const launching = launchChromium();
  let ownDir: string | undefined;
  let server: DocsServer | undefined;
  const close = async () => {
    await launching.then(
      (browser) => browser.close(),
      () => undefined,
    );
    await server?.close();
    if (ownDir) await rm(ownDir, { recursive: true, force: true });
  };
  try {
    let dir = await sharedSite();
    if (!dir) {
      dir = ownDir = await mkdtemp(join(tmpdir(), 'sps-docs-'));
      await buildDocs({ outDir: dir });
    }
    server = await serveDocs({ dir, port: 0 });
    return { dir, url: server.url, browser: await launching, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface Visit {
  page: Page;
  /** Console errors, uncaught exceptions and Content-Security-Policy violations. */
  consoleErrors: string[];
  /** Every request that went anywhere but the docs server. */
  foreignRequests: string[];
  /** Requests the docs server did not answer with a success. */
  failedRequests: string[];
  /** The Content-Security-Policy the page was served with. */
  policy: string | undefined;
}

interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
}

/**
 * Redoc's search (FlexSearch) tries `Function()` to see whether it may index in a worker; the policy
 * forbids eval, so the probe fails and the search indexes in the page instead. The only violation expected.
 */
const isSearchWorkerProbe = ({ directive, blocked, source }: CspViolation) =>
  directive === 'script-src' && blocked === 'eval' && new URL(source).pathname.startsWith('/reference/');

/**
 * A page of the site open in Chromium, which goes from path to path: cheaper than a page per path, since
 * Chromium then keeps its renderer (a new page starts one, about half a CPU-second).
 */
export interface Tab {
  page: Page;
  /** Goes to `path`; the visit records what goes wrong from then until the tab goes elsewhere. */
  visit(path: string): Promise<Visit>;
}

export async function openTab(site: Site): Promise<Tab> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  let current: Visit = { page, consoleErrors: [], foreignRequests: [], failedRequests: [], policy: undefined };
  page.on('console', (message) => {
    if (message.type() === 'error') current.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => current.consoleErrors.push(error.message));
  await page.exposeFunction('reportCspViolation', (violation: CspViolation) => {
    if (!isSearchWorkerProbe(violation)) current.consoleErrors.push(`CSP violation: ${violation.directive} blocked ${violation.blocked} in ${violation.source}`);
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(violation: CspViolation): void }).reportCspViolation;
      report({ directive: event.effectiveDirective, blocked: event.blockedURI || 'inline code', source: event.sourceFile });
    }),
  );
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== site.url) current.foreignRequests.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) current.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  return {
    page,
    async visit(path) {
      const visit: Visit = (current = { page, consoleErrors: [], foreignRequests: [], failedRequests: [], policy: undefined });
      const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      visit.policy = response?.headers()['content-security-policy'];
      return visit;
    },
  };
}

/** Opens a page of the site and records what went wrong while it loads and afterwards. */
export async function visit(site: Site, path: string): Promise<Visit> {
  return (await openTab(site)).visit(path);
}

/** Saves a screenshot under reports/docs/ and says where, so a person can look at it. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  console.log(`docs screenshot: ${relative(process.cwd(), path)}`);
  return path;
}
