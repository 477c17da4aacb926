import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startApp } from '../support/app';
import type { RunningApp } from '../support/app';
import { launchChromium } from '../support/chromium';

const artifacts = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

describe('first view', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('draws the declaration, its 22 signatories and the instruments it references', async () => {
    await page.goto(`${app.url}/`);
    await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });
    const counts = await page.evaluate(`(() => {
      const cy = window.__treatygraph.cy;
      return {
        states: cy.nodes('[kind = "State"]').length,
        declarations: cy.nodes('[kind = "Declaration"]').length,
        instruments: cy.nodes('[kind = "Instrument"]').map((n) => n.id()),
        signed: cy.edges('[kind = "SIGNED"]').length,
      };
    })()`);
    expect(counts).toMatchObject({ states: 22, declarations: 1, signed: 22 });
    expect((counts as { instruments: string[] }).instruments.length).toBeGreaterThanOrEqual(4);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}/first-view.png` });
    expect(consoleErrors).toEqual([]);
  });

  it('shows the details of a clicked state', async () => {
    // `void`: emit returns the cy collection, whose object graph playwright would serialise.
    await page.evaluate(`void window.__treatygraph.cy.getElementById('LAO').emit('tap')`);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.getByText('Lao People', { exact: false }).first().waitFor({ timeout: 10_000 });
    expect(await panel.textContent()).toContain('LAO');
    await page.screenshot({ path: `${artifacts}/first-view-details.png` });
  });

  it('credits every dataset with its licence under About, under a strict CSP', async () => {
    const response = await page.request.get(`${app.url}/`);
    expect(response.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.getByText('About', { exact: true }).click();
    const credits = page.getByRole('list', { name: 'Data attributions' });
    await credits.waitFor({ timeout: 10_000 });
    const text = await credits.textContent();
    expect(text).toMatch(/world-countries.*Open Database License \(ODbL\) 1\.0/);
    expect(text).toContain('Natural Earth');
    expect(consoleErrors).toEqual([]);
  });
});
