import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, openGraph, queryApi, useAppInChromium } from '../support/app-in-chromium';
import { waitForExpression } from '../support/chromium';

type Positions = Record<string, { x: number; y: number }>;

const positions = (page: Page) =>
  page.evaluate(`Object.fromEntries(window.__treatygraph.cy.nodes().map((n) => {
    const { x, y } = n.position();
    return [n.id(), { x: Math.round(x), y: Math.round(y) }];
  }))`) as Promise<Positions>;

describe('layouts that hold still', () => {
  const session = useAppInChromium({ openPage: false });
  const { errors, newPage } = session;
  let statement: string;

  beforeAll(async () => {
    const data = await queryApi<{ declarations: { edges: { node: { id: string } }[] } }>(
      session.app,
      '{ declarations(first: 1) { edges { node { id } } } }',
    );
    statement = data.declarations.edges[0]?.node.id ?? '';
  });

  it('lays the same shared URL out the same way twice', async () => {
    for (const view of ['signatories', 'coalitions']) {
      const url = `${session.app.url}/?view=${view}`;
      const first = await newPage();
      await openGraph(first, url);
      const second = await newPage();
      await openGraph(second, url);
      const [a, b] = [await positions(first), await positions(second)];
      expect(Object.keys(a).length).toBeGreaterThan(10);
      expect(b).toEqual(a);
      await first.close();
      await second.close();
    }
  });

  it('keeps a dragged node where it was dropped through the share URL, the same twice', async () => {
    const page = await newPage();
    await openGraph(page, `${session.app.url}/?view=coalitions`);
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
    await openGraph(first, share);
    const second = await newPage();
    await openGraph(second, share);
    const [a, b] = [await positions(first), await positions(second)];
    expect(a[id]).toEqual(dropped);
    expect(b).toEqual(a);
    await first.screenshot({ path: `${ARTIFACTS}/share-url-dragged.png` });
    await first.close();
    await second.close();
    expect(errors).toEqual([]);
  });

  it('keeps the drawn nodes in place when a node is expanded', async () => {
    const page = await newPage();
    await openGraph(page, `${session.app.url}/?regions=Asia`);
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
    await page.screenshot({ path: `${ARTIFACTS}/expand-in-place.png` });
    expect(errors).toEqual([]);
  });
});
