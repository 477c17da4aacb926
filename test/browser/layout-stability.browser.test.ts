import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { launchChromium, waitForExpression } from '../support/chromium';

const artifacts = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

type Positions = Record<string, { x: number; y: number }>;

const positions = (page: Page) =>
  page.evaluate(`Object.fromEntries(window.__treatygraph.cy.nodes().map((n) => {
    const { x, y } = n.position();
    return [n.id(), { x: Math.round(x), y: Math.round(y) }];
  }))`) as Promise<Positions>;

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });
}

describe('layouts that hold still', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let statement: string;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    mkdirSync(artifacts, { recursive: true });
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ declarations(first: 1) { edges { node { id } } } }' }),
    });
    const body = (await response.json()) as {
      data: { declarations: { edges: { node: { id: string } }[] } };
    };
    statement = body.data.declarations.edges[0]?.node.id ?? '';
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    return page;
  };

  it('lays the same shared URL out the same way twice', async () => {
    for (const view of ['signatories', 'coalitions']) {
      const url = `${app.url}/?view=${view}`;
      const first = await newPage();
      await open(first, url);
      const second = await newPage();
      await open(second, url);
      const [a, b] = [await positions(first), await positions(second)];
      expect(Object.keys(a).length).toBeGreaterThan(10);
      expect(b).toEqual(a);
      await first.close();
      await second.close();
    }
  });

  it('keeps the drawn nodes in place when a node is expanded', async () => {
    const page = await newPage();
    await open(page, `${app.url}/?regions=Asia`);
    const before = await positions(page);
    await page.evaluate(
      `void window.__treatygraph.cy.getElementById(${JSON.stringify(statement)}).emit('dbltap')`,
    );
    const count = Object.keys(before).length;
    await waitForExpression(page, `Number(document.body.dataset.nodeCount) > ${count}`);
    await page.waitForSelector('body[data-graph-ready="true"]');
    const after = await positions(page);
    expect(Object.keys(after).length).toBeGreaterThan(count);
    for (const [id, position] of Object.entries(before)) expect(after[id], id).toEqual(position);
    await page.screenshot({ path: `${artifacts}/expand-in-place.png` });
    expect(errors).toEqual([]);
  });
});
