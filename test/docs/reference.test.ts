import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocs, serveDocs, type DocsServer } from '@sps-openapi/docs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { bundle, operations } from '../support/openapi.js';

let site: string;
let server: DocsServer;
let browser: Browser;

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'sps-docs-'));
  await buildDocs({ outDir: site });
  server = await serveDocs({ dir: site, port: 0 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(site, { recursive: true, force: true });
});

/** Opens a page and records console errors and every request that leaves the docs server. */
async function open(path: string): Promise<{ page: Page; consoleErrors: string[]; foreignRequests: string[] }> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== server.url) {
      foreignRequests.push(request.url());
    }
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return { page, consoleErrors, foreignRequests };
}

describe('docs site in Chromium', () => {
  it('lists every operation of the spec in the API reference, offline and without console errors', async () => {
    const { page, consoleErrors, foreignRequests } = await open('/reference/');
    // The sidebar opens one tag at a time: open each and look for its operations' summaries.
    for (const tag of bundle.tags as { name: string }[]) {
      await page.getByText(tag.name, { exact: true }).first().click();
      for (const { operation } of operations().filter(({ operation }) => (operation.tags as string[])[0] === tag.name)) {
        await page.getByText(String(operation.summary), { exact: true }).first().waitFor({ state: 'visible', timeout: 10_000 });
      }
    }
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('links the landing page to the reference', async () => {
    const { page, consoleErrors } = await open('/');
    await page.getByRole('link', { name: 'API reference' }).click();
    await page.waitForURL(/\/reference\/$/);
    await page.getByText('Transactions', { exact: true }).first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
