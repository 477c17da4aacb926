import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { launchChromium } from '../support/chromium';

const artifacts = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

describe('GraphiQL offline', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const blocked: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    page = await browser.newPage();
    const origin = new URL(app.url).origin;
    // No network but the app: a request to anywhere else fails as it would without internet.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) {
        return route.continue();
      }
      blocked.push(url);
      return route.abort('internetdisconnected');
    });
    page.on('pageerror', (e) => errors.push(e.message));
    mkdirSync(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens with the example tabs and runs a query', async () => {
    await page.goto(`${app.url}/graphql`);
    await page.getByRole('tab', { name: 'Compare' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('tab').count()).toBeGreaterThanOrEqual(8);
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await expect
      .poll(async () => (await result.textContent()) ?? '', { timeout: 60_000 })
      .toContain('"data"');
    await page.screenshot({ path: `${artifacts}/graphiql-offline.png` });
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
