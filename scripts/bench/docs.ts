/**
 * The API reference in headless Chromium: its page weight (bytes over the wire, and unpacked) and the
 * time until the first operation is visible, from a cold browser cache. The page is opened at that
 * operation's link (`/reference/#/authentication/login`), since Redoc renders the sections below the
 * introduction only when they are reached.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocs, referenceHash, serveDocs } from '@sps-openapi/docs';
import { loadBundle, operations } from '@sps-openapi/kit';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../packages/docs/test/support/browser.js';
import { median, report } from './report.js';

const runs = 7;
const MB = 1_000_000;

export async function run() {
  const dir = await mkdtemp(join(tmpdir(), 'sps-docs-bench-'));
  await buildDocs({ outDir: dir });
  const server = await serveDocs({ dir, port: 0 });
  const browser = await launchChromium();
  try {
    // Redoc shows the operations tag by tag, in the order of the document's `tags`.
    const bundle = loadBundle();
    const firstTag = (bundle.tags as { name: string }[])[0]?.name;
    const first = operations(bundle).find(({ operation }) => (operation.tags as string[])[0] === firstTag);
    if (!first) throw new Error(`No operation is tagged with the first tag (${String(firstTag)})`);
    const hash = referenceHash(first.operation);

    const transferred: number[] = [];
    const visible: number[] = [];
    for (let i = 0; i < runs; i++) {
      const measured = await loadReference(browser, `${server.url}/reference/${hash}`, `[id="${hash.slice('#/'.length)}"]`);
      transferred.push(measured.bytes);
      visible.push(measured.firstOperationMs);
    }
    // The page and the scripts the build moved out of it, without their gzip twins.
    const files = (await readdir(join(dir, 'reference'))).filter((file) => !file.endsWith('.gz'));
    const unpacked = (await Promise.all(files.map(async (file) => (await stat(join(dir, 'reference', file))).size))).reduce((sum, size) => sum + size, 0);
    report(`API reference in headless Chromium, median of ${runs} cold loads`, [
      { name: 'page weight, transferred (gzip)', value: median(transferred) / MB, unit: 'MB', target: 3 },
      { name: 'page weight, unpacked HTML and JS', value: unpacked / MB, unit: 'MB', target: 3 },
      { name: `first operation visible (${String(first.operation.operationId)})`, value: median(visible), unit: 'ms', target: 2000 },
      { name: 'first operation visible, slowest run', value: Math.max(...visible), unit: 'ms' },
    ]);
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** One load of `url` in a fresh browser context (empty cache): bytes received, and ms until `selector` is visible. */
async function loadReference(browser: Browser, url: string, selector: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: Promise<number>[] = [];
  page.on('requestfinished', (request) =>
    responses.push(request.sizes().then(({ responseBodySize, responseHeadersSize }) => responseBodySize + responseHeadersSize)),
  );
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor({ state: 'visible' });
  const firstOperationMs = performance.now() - started;
  await page.waitForLoadState('load');
  const bytes = (await Promise.all(responses)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return { bytes, firstOperationMs };
}
