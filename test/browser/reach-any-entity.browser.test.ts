import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { launchChromium } from '../support/chromium';

const artifacts = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

describe('any entity reachable', () => {
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
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens the details of a state that is not drawn and adds it with its neighbours', async () => {
    // Asia only: Belarus, a signatory of the statement, is hidden by the filter.
    await page.goto(`${app.url}/?regions=Asia`);
    await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });
    const [code, name] = ['BLR', 'Belarus'];
    expect(await page.evaluate(`window.__treatygraph.cy.getElementById('BLR').empty()`)).toBe(true);

    const search = page.getByRole('combobox', { name: /search/i });
    await search.fill(name);
    await page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .waitFor();
    await search.press('Enter');
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByText('is not drawn in this view').waitFor();
    await details.getByRole('heading', { name }).waitFor();
    expect(await details.textContent()).toContain(code);

    await details.getByRole('button', { name: 'Add to view with its neighbours' }).click();
    await page.waitForFunction(
      `window.__treatygraph.cy.getElementById(${JSON.stringify(code)}).nonempty()`,
    );
    await page.waitForSelector('body[data-graph-ready="true"]');
    const neighbours = Number(
      await page.evaluate(
        `window.__treatygraph.cy.getElementById(${JSON.stringify(code)}).neighborhood('node').length`,
      ),
    );
    expect(neighbours).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('expand')).toBe(code);
    expect(await details.getByText('is not drawn in this view').count()).toBe(0);
    await page.screenshot({ path: `${artifacts}/search-add-to-view.png` });
    expect(errors).toEqual([]);
  });
});
