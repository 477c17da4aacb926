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

  it('keeps a dragged node where it was dropped through the share URL, the same twice', async () => {
    const page = await newPage();
    await open(page, `${app.url}/?view=coalitions`);
    const laidOut = await positions(page);
    const id = String(
      await page.evaluate(`window.__treatygraph.cy.nodes('[kind = "State"]').first().id()`),
    );
    const box = await page.locator('.graph-canvas__surface').boundingBox();
    const at = (await page.evaluate(
      `window.__treatygraph.cy.getElementById(${JSON.stringify(id)}).renderedPosition()`,
    )) as { x: number; y: number };
    if (!box) throw new Error('no graph surface');
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.mouse.down();
    await page.mouse.move(box.x + at.x + 60, box.y + at.y + 40, { steps: 8 });
    await page.mouse.up();
    await waitForExpression(page, `new URL(location.href).searchParams.has('pos')`);
    const share = page.url();
    const dropped = (await positions(page))[id];
    expect(dropped).not.toEqual(laidOut[id]);
    expect(decodeURIComponent(new URL(share).searchParams.get('pos') ?? '')).toBe(
      `${id}:${dropped?.x}:${dropped?.y}`,
    );
    await page.close();

    const first = await newPage();
    await open(first, share);
    const second = await newPage();
    await open(second, share);
    const [a, b] = [await positions(first), await positions(second)];
    expect(a[id]).toEqual(dropped);
    expect(b).toEqual(a);
    await first.screenshot({ path: `${artifacts}/share-url-dragged.png` });
    await first.close();
    await second.close();
    expect(errors).toEqual([]);
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
