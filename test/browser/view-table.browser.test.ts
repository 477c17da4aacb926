import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { launchChromium } from '../support/chromium';

const artifacts = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

describe('the table of a view', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    mkdirSync(artifacts, { recursive: true });
    await page.goto(`${app.url}/`);
    await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists every drawn tie with its date and source, sorted and filtered', async () => {
    await page.getByRole('button', { name: 'Table' }).click();
    const table = page.getByRole('table');
    const edges = Number(await page.evaluate('window.__treatygraph.cy.edges().length'));
    await expect.poll(() => table.locator('tbody tr').count()).toBe(edges);
    const laos = table.getByRole('row', { name: /^Lao.* signed .* since 2025-07-30/ });
    expect(await laos.count()).toBe(1);

    await table.getByRole('button', { name: 'Since' }).click();
    await table.getByRole('button', { name: 'Since' }).click();
    expect(await table.locator('th[aria-sort="descending"]').textContent()).toContain('Since');

    await page.getByLabel('Filter rows').fill('party to');
    const parties = await table.locator('tbody tr').count();
    expect(parties).toBeGreaterThan(0);
    expect(parties).toBeLessThan(edges);
    expect(await page.getByRole('status').filter({ hasText: 'rows' }).textContent()).toContain(
      `${parties} of ${edges} rows`,
    );
  });

  it('moves between rows by keyboard and selects the tie in the graph with Enter', async () => {
    await page.getByLabel('Filter rows').fill('');
    const rows = page.getByRole('table').locator('tbody tr');
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate('document.activeElement.dataset.id');
    expect(focused).toBe(await rows.nth(2).getAttribute('data-id'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(`window.__treatygraph.cy.$(':selected').map((e) => e.id())`))
      .toEqual([focused]);
    expect(await rows.nth(2).getAttribute('aria-current')).toBe('true');
    await page.screenshot({ path: `${artifacts}/table-view.png` });
  });

  it('exports the rows as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV of these rows' }).click(),
    ]);
    const csv = (await readFile(await download.path())).toString('utf8').trim().split('\r\n');
    expect(csv[0]).toBe('Who,Relationship,What,Since,Until,Consent,Source');
    expect(csv.length - 1).toBe(await page.getByRole('table').locator('tbody tr').count());
    expect(errors).toEqual([]);
  });
});
