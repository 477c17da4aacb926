import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { launchChromium, waitForExpression } from '../support/chromium';

const artifacts = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });
}

describe('views that stay readable', () => {
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

  it('plays Signatories from the first year with a declaration, not the first treaty', async () => {
    await open(page, `${app.url}/`);
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ corpusSummary { earliestAdoption } }' }),
    });
    const body = (await response.json()) as {
      data: { corpusSummary: { earliestAdoption: string } };
    };
    const first = body.data.corpusSummary.earliestAdoption.slice(0, 4);
    const min = await page.getByLabel('From').getAttribute('min');
    expect(Number(min)).toBeLessThan(Number(first));

    await page.getByRole('button', { name: 'Play' }).click();
    await waitForExpression(page, `new URL(location.href).searchParams.get('to') === '${first}'`);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.waitForSelector('body[data-graph-ready="true"]');
    expect(Number(await page.evaluate('window.__treatygraph.cy.nodes().length'))).toBeGreaterThan(
      0,
    );
  });

  it('keeps the Geography labels apart', async () => {
    await open(page, `${app.url}/?view=map`);
    const overlaps = await page.evaluate(`(() => {
      const cy = window.__treatygraph.cy;
      const shown = cy.nodes().filter((n) => n.style('label') && !n.hasClass('label-hidden'));
      const boxes = shown.map((n) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
      let count = 0;
      for (let i = 0; i < boxes.length; i += 1)
        for (let j = i + 1; j < boxes.length; j += 1) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) count += 1;
        }
      return { count, shown: shown.length, hidden: cy.nodes('.label-hidden').length };
    })()`);
    expect(overlaps).toMatchObject({ count: 0 });
    expect((overlaps as { shown: number }).shown).toBeGreaterThan(5);
    await page.screenshot({ path: `${artifacts}/geography-labels.png` });
    expect(errors).toEqual([]);
  });
});
