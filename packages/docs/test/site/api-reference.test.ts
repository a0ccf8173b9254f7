/** The API reference page (Redoc) in Chromium: every operation, the search, the code samples. */
import { loadBundle, operations } from '@sps-openapi/kit';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { referenceHash } from '../../src/reference.js';
import { contentSecurityPolicy } from '../../src/serve.js';
import { saveScreenshot, startSite, visit, type Site, type Visit } from '../support/site.js';

const bundle = loadBundle();

let site: Site;
/**
 * One load of the reference for every test (each load costs Chromium seconds of CPU); Redoc's routes are
 * hashes. What it records (console errors, requests) covers the load and every test run on it so far.
 */
let reference: Visit;

beforeAll(async () => {
  site = await startSite();
  reference = await visit(site, '/reference/');
});

afterAll(async () => {
  await site?.close();
});

// What a test may leave open (the search dialog, the language menu) is closed before the next one.
beforeEach(async () => {
  await reference.page.keyboard.press('Escape');
});

/** The operation's section in Redoc's content, which Redoc renders when its hash is visited. */
const section = (hash: string) => `[id="${hash.slice('#/'.length)}"]`;

/** Opens an operation's route on the shared page; Redoc renders its section. */
async function open(hash: string) {
  await reference.page.evaluate((target) => void (location.hash = target), hash);
  return reference.page.locator(section(hash));
}

/**
 * Shows the code samples of every operation in TypeScript instead of curl (the choice is Redoc's, for the
 * whole page), and in curl again once the test is over.
 */
async function showTypeScript(panel: Locator) {
  const { page } = reference;
  await panel.getByRole('button', { name: 'curl' }).click();
  await page.getByRole('menuitem', { name: 'TypeScript' }).click();
  onTestFinished(async () => {
    await page.keyboard.press('Escape');
    await panel.getByRole('button', { name: 'TypeScript' }).click();
    await page.getByRole('menuitem', { name: 'curl' }).click();
  });
}

describe('API reference in Chromium', () => {
  it('lists every operation of the spec, offline, under the Content-Security-Policy and without console errors', async () => {
    const { page, consoleErrors, policy, foreignRequests, failedRequests } = reference;
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
    // Some 200 clicks and waits, each bounded: about 10 s alone, three times that on a loaded machine.
  }, 90_000);

  it('finds "transaction" with Redoc search', async () => {
    const { page, consoleErrors } = reference;
    await page.getByTestId('search-trigger').click();
    await page.getByPlaceholder('Search docs...').fill('transaction');
    const results = page.getByTestId('search-dialog');
    for (const summary of ['Open a transaction', 'Commit the transaction', 'Roll back the transaction']) {
      await results.getByText(summary, { exact: true }).first().waitFor({ state: 'visible', timeout: 10_000 });
    }
    expect(consoleErrors).toEqual([]);
  });

  it('shows generated curl and TypeScript samples on an operation', async () => {
    const commit = operations(bundle).find(({ operation }) => operation.operationId === 'commitTransaction')!;
    const { page, consoleErrors } = reference;
    const panel = await open(referenceHash(commit.operation));
    await panel.getByText(`--cookie "session_id=$SPS_SESSION_ID"`).first().waitFor({ state: 'visible', timeout: 10_000 });
    await expect(panel.getByText(`'{ "status": "commit" }'`).first().isVisible()).resolves.toBe(true);
    // Redoc scrolls to the operation and loads its search index after the first paint: let it settle.
    await page.getByTestId('search-trigger').getByText('Search').waitFor();
    await page.waitForFunction((selector) => {
      const operation = document.querySelector(selector)!;
      return Math.abs(operation.getBoundingClientRect().top) < 2 && operation.contains(document.elementFromPoint(innerWidth / 2, 150));
    }, section(referenceHash(commit.operation)));
    await saveScreenshot(page, 'reference-operation');

    await showTypeScript(panel);
    await panel.getByText(`await sps.PUT('/api/transaction'`).first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(consoleErrors).toEqual([]);
  });

  it('shows the SPS version an operation, a parameter and a property appeared in as a badge', async () => {
    const find = (operationId: string) => operations(bundle).find(({ operation }) => operation.operationId === operationId)!.operation;
    const { consoleErrors } = reference;
    const snapshot = await open(referenceHash(find('openSessionSnapshot')));
    await snapshot.getByText('SPS 7.4+', { exact: true }).first().waitFor({ state: 'visible', timeout: 10_000 });

    // The `snapshot` parameter of the search, and `plugin_sdk_version` in the answer of /api/info.
    for (const [operationId, badge] of [['searchSessions', 'SPS 7.4+'], ['getApplianceInfo', 'SPS 6.9+']] as const) {
      const panel = await open(referenceHash(find(operationId)));
      await panel.getByText(badge, { exact: true }).first().waitFor({ state: 'visible', timeout: 10_000 });
    }
    expect(consoleErrors).toEqual([]);
  });

  it("starts each code sample below its copy button, which no line of code runs under", async () => {
    const update = operations(bundle).find(({ operation }) => operation.operationId === 'updateDnsSettings')!;
    const { consoleErrors } = reference;
    const panel = await open(referenceHash(update.operation));
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
    await showTypeScript(panel);
    await panel.getByText('await sps.withTransaction(').first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await hidden()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('colours the code samples (curl, TypeScript, JSON examples) with a contrast of 4.5:1 at least (WCAG AA), in both colour modes', async () => {
    const update = operations(bundle).find(({ operation }) => operation.operationId === 'updateDnsSettings')!;
    const { page, consoleErrors } = reference;
    const panel = await open(referenceHash(update.operation));
    await panel.getByText(`--cookie "session_id=$SPS_SESSION_ID"`).first().waitFor({ state: 'visible', timeout: 10_000 });
    /** Redoc's colour mode, `light` or `dark`, switched with its button (and kept in localStorage). */
    const colourMode = async (mode: 'light' | 'dark') => {
      if (!(await page.evaluate((wanted) => document.documentElement.classList.contains(wanted), mode))) await page.getByTestId('color-mode-switcher').click();
      await page.waitForFunction((wanted) => document.documentElement.classList.contains(wanted), mode);
    };
    onTestFinished(() => colourMode('light'));
    /** Every piece of text in the operation's visible code samples: its colour against the background it is drawn on. */
    const contrasts = (mode: string) =>
      panel.evaluate((operation, mode) => {
        const channels = (colour: string) => colour.match(/[\d.]+/g)!.map(Number);
        const luminance = (colour: string) => {
          const [r, g, b] = channels(colour).map((value) => value / 255).map((value) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const seen = new Map<string, { text: string; colour: string; background: string; ratio: number }>();
        for (const element of operation.querySelectorAll('pre, pre *')) {
          const text = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
          if (!text || element.getClientRects().length === 0) continue;
          let painted: Element | null = element;
          while (painted && (channels(getComputedStyle(painted).backgroundColor)[3] ?? 1) === 0) painted = painted.parentElement;
          const background = painted ? getComputedStyle(painted).backgroundColor : 'rgb(255, 255, 255)';
          const colour = getComputedStyle(element).color;
          const [light, dark] = [luminance(colour), luminance(background)].sort((a, b) => b - a);
          seen.set(`${colour} on ${background}`, { text: `${mode}: ${text.slice(0, 30)}`, colour, background, ratio: Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100 });
        }
        return [...seen.values()];
      }, mode);
    const measured = [...(await contrasts('light curl'))];
    await colourMode('dark');
    measured.push(...(await contrasts('dark curl')));
    await showTypeScript(panel);
    await panel.getByText('await sps.withTransaction(').first().waitFor({ state: 'visible', timeout: 10_000 });
    measured.push(...(await contrasts('dark TypeScript')));
    await colourMode('light');
    measured.push(...(await contrasts('light TypeScript')));
    // The curl and the TypeScript sample and the JSON example of the answer, each in several colours.
    expect(measured.length).toBeGreaterThan(10);
    expect(measured.filter(({ ratio }) => ratio < 4.5)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('says so where the vendor leaves a body undocumented: under the response, not under "Request"', async () => {
    const update = operations(bundle).find(({ operation }) => operation.operationId === 'updateDnsSettings')!;
    const read = operations(bundle).find(({ operation }) => operation.operationId === 'getDnsSettings')!;
    const operation = await open(referenceHash(update.operation));
    const note = operation.getByText('Undocumented body.');
    await note.first().waitFor({ state: 'visible', timeout: 10_000 });
    // The 200 answer is the one shown first; its note sits below the "Responses" heading (it was under "Request").
    await expect(note.first().locator('..').textContent()).resolves.toContain('the 200 response body');
    const top = async (locator: typeof note) => (await locator.first().boundingBox())!.y;
    expect(await top(note)).toBeGreaterThan(await top(operation.getByText('Responses', { exact: true })));

    const documented = await open(referenceHash(read.operation));
    await documented.getByText('Request', { exact: true }).first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await documented.getByText('Undocumented body.').count()).toBe(0);
  });
});
