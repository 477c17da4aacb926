import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openGraph, useAppInChromium } from '../support/app-in-chromium';
import { waitForExpression } from '../support/chromium';

describe('views that stay readable', () => {
  const session = useAppInChromium();
  const { errors } = session;

  it('plays Signatories from the first year with a declaration, not the first treaty', async () => {
    await openGraph(session.page, `${session.app.url}/`);
    const response = await fetch(`${session.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ corpusSummary { earliestAdoption } }' }),
    });
    const body = (await response.json()) as {
      data: { corpusSummary: { earliestAdoption: string } };
    };
    const first = body.data.corpusSummary.earliestAdoption.slice(0, 4);
    const min = await session.page.getByLabel('From').getAttribute('min');
    expect(Number(min)).toBeLessThan(Number(first));

    await session.page.getByRole('button', { name: 'Play' }).click();
    await waitForExpression(
      session.page,
      `new URL(location.href).searchParams.get('to') === '${first}'`,
    );
    await session.page.getByRole('button', { name: 'Pause' }).click();
    await session.page.waitForSelector('body[data-graph-ready="true"]');
    expect(
      Number(await session.page.evaluate('window.__treatygraph.cy.nodes().length')),
    ).toBeGreaterThan(0);
  });

  it('keeps the Geography labels apart', async () => {
    await openGraph(session.page, `${session.app.url}/?view=map`);
    const overlaps = await session.page.evaluate(`(() => {
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
    await session.page.screenshot({ path: `${ARTIFACTS}/geography-labels.png` });
    expect(errors).toEqual([]);
  });
});
