/** The API reference page (Redoc) in Chromium: every operation, the search, the code samples. */
import { loadBundle, operations } from '@sps-openapi/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceHash } from '../../src/reference.js';
import { contentSecurityPolicy } from '../../src/serve.js';
import { saveScreenshot, startSite, visit, type Site } from '../support/site.js';

const bundle = loadBundle();

let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site?.close();
});

/** The operation's section in Redoc's content, which Redoc renders when its hash is visited. */
const section = (hash: string) => `[id="${hash.slice('#/'.length)}"]`;

describe('API reference in Chromium', () => {
  it('lists every operation of the spec, offline, under the Content-Security-Policy and without console errors', async () => {
    const { page, consoleErrors, policy, foreignRequests, failedRequests } = await visit(site, '/reference/');
    expect(policy).toBe(contentSecurityPolicy);
    // The sidebar opens one tag at a time: open each and look for its operations' summaries.
    for (const tag of bundle.tags as { name: string }[]) {
      await page.getByText(tag.name, { exact: true }).first().click();
      for (const { operation } of operations(bundle).filter(({ operation }) => (operation.tags as string[])[0] === tag.name)) {
        await page.getByText(String(operation.summary), { exact: true }).first().waitFor({ state: 'visible', timeout: 10_000 });
      }
    }
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(failedRequests).toEqual([]);
    await page.close();
  });

  it('finds "transaction" with Redoc search', async () => {
    const { page, consoleErrors } = await visit(site, '/reference/');
    await page.getByTestId('search-trigger').click();
    await page.getByPlaceholder('Search docs...').fill('transaction');
    const results = page.getByTestId('search-dialog');
    for (const summary of ['Open a transaction', 'Commit the transaction', 'Roll back the transaction']) {
      await results.getByText(summary, { exact: true }).first().waitFor({ state: 'visible', timeout: 10_000 });
    }
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows generated curl and TypeScript samples on an operation', async () => {
    const commit = operations(bundle).find(({ operation }) => operation.operationId === 'commitTransaction')!;
    const { page, consoleErrors } = await visit(site, `/reference/${referenceHash(commit.operation)}`);
    const panel = page.locator(section(referenceHash(commit.operation)));
    await panel.getByText(`--cookie "session_id=$SPS_SESSION_ID"`).first().waitFor({ state: 'visible', timeout: 10_000 });
    await expect(panel.getByText(`'{ "status": "commit" }'`).first().isVisible()).resolves.toBe(true);
    // Redoc scrolls to the operation and loads its search index after the first paint: let it settle.
    await page.getByTestId('search-trigger').getByText('Search').waitFor();
    await page.waitForFunction((selector) => {
      const operation = document.querySelector(selector)!;
      return Math.abs(operation.getBoundingClientRect().top) < 2 && operation.contains(document.elementFromPoint(innerWidth / 2, 150));
    }, section(referenceHash(commit.operation)));
    await saveScreenshot(page, 'reference-operation');

    await panel.getByRole('button', { name: 'curl' }).click();
    await page.getByRole('menuitem', { name: 'TypeScript' }).click();
    await panel.getByText(`await sps.PUT('/api/transaction'`).first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows the SPS version an operation, a parameter and a property appeared in as a badge', async () => {
    const find = (operationId: string) => operations(bundle).find(({ operation }) => operation.operationId === operationId)!.operation;
    const { page, consoleErrors } = await visit(site, `/reference/${referenceHash(find('openSessionSnapshot'))}`);
    const snapshot = page.locator(section(referenceHash(find('openSessionSnapshot'))));
    await snapshot.getByText('SPS 7.4+', { exact: true }).first().waitFor({ state: 'visible', timeout: 10_000 });

    // The `snapshot` parameter of the search, and `plugin_sdk_version` in the answer of /api/info.
    for (const [operationId, badge] of [['searchSessions', 'SPS 7.4+'], ['getApplianceInfo', 'SPS 6.9+']] as const) {
      await page.evaluate((hash) => void (location.hash = hash), referenceHash(find(operationId)));
      const panel = page.locator(section(referenceHash(find(operationId))));
      await panel.getByText(badge, { exact: true }).first().waitFor({ state: 'visible', timeout: 10_000 });
    }
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("starts each code sample below its copy button, which no line of code runs under", async () => {
    const update = operations(bundle).find(({ operation }) => operation.operationId === 'updateDnsSettings')!;
    const { page, consoleErrors } = await visit(site, `/reference/${referenceHash(update.operation)}`);
    const panel = page.locator(section(referenceHash(update.operation)));
    await panel.getByText(`--cookie "session_id=$SPS_SESSION_ID"`).first().waitFor({ state: 'visible', timeout: 10_000 });
    /** Every line of text in a visible code block of the operation that overlaps that block's copy button. */
    const hidden = () =>
      panel.evaluate((operation) => {
        const overlaps: string[] = [];
        for (const pre of operation.querySelectorAll('pre')) {
          const button = pre.parentElement?.querySelector('[data-testid="copy-button"]');
          if (!button || pre.getClientRects().length === 0) continue;
          const box = button.getBoundingClientRect();
          const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
          for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(text);
            for (const rect of range.getClientRects()) {
              const meets = rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top;
              if (meets && text.textContent!.trim()) overlaps.push(text.textContent!.trim());
            }
          }
        }
        return overlaps;
      });
    // The curl call's first line (`curl -X PUT 'https://sps.example.net/api/configuration/network/dns' \`) is wider than the panel.
    expect(await panel.locator('pre').first().evaluate((pre) => pre.scrollWidth > pre.clientWidth)).toBe(true);
    expect(await hidden()).toEqual([]);
    await panel.getByRole('button', { name: 'curl' }).click();
    await page.getByRole('menuitem', { name: 'TypeScript' }).click();
    await panel.getByText('await sps.withTransaction(').first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await hidden()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('says so where the vendor leaves a body undocumented: under the response, not under "Request"', async () => {
    const update = operations(bundle).find(({ operation }) => operation.operationId === 'updateDnsSettings')!;
    const read = operations(bundle).find(({ operation }) => operation.operationId === 'getDnsSettings')!;
    const { page } = await visit(site, `/reference/${referenceHash(update.operation)}`);
    const operation = page.locator(section(referenceHash(update.operation)));
    const note = operation.getByText('Undocumented body.');
    await note.first().waitFor({ state: 'visible', timeout: 10_000 });
    // The 200 answer is the one shown first; its note sits below the "Responses" heading (it was under "Request").
    await expect(note.first().locator('..').textContent()).resolves.toContain('the 200 response body');
    const top = async (locator: typeof note) => (await locator.first().boundingBox())!.y;
    expect(await top(note)).toBeGreaterThan(await top(operation.getByText('Responses', { exact: true })));

    await page.evaluate((hash) => void (location.hash = hash), referenceHash(read.operation));
    const documented = page.locator(section(referenceHash(read.operation)));
    await documented.getByText('Request', { exact: true }).first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await documented.getByText('Undocumented body.').count()).toBe(0);
    await page.close();
  });
});
