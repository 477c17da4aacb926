import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, openGraph, useAppInChromium } from '../support/app-in-chromium';

describe('the table of a view', () => {
  const session = useAppInChromium();
  const { errors } = session;

  beforeAll(() => openGraph(session.page, `${session.app.url}/`));

  it('lists every drawn tie with its date and source, sorted and filtered', async () => {
    await session.page.getByRole('button', { name: 'Table' }).click();
    const table = session.page.getByRole('table');
    const edges = Number(await session.page.evaluate('window.__treatygraph.elements.edges.length'));
    await expect.poll(() => table.locator('tbody tr').count()).toBe(edges);
    const laos = table.getByRole('row', { name: /^Lao.* signed .* since 2025-07-30/ });
    expect(await laos.count()).toBe(1);

    await table.getByRole('button', { name: 'Since' }).click();
    await table.getByRole('button', { name: 'Since' }).click();
    expect(await table.locator('th[aria-sort="descending"]').textContent()).toContain('Since');

    await session.page.getByLabel('Filter rows').fill('party to');
    const parties = await table.locator('tbody tr').count();
    expect(parties).toBeGreaterThan(0);
    expect(parties).toBeLessThan(edges);
    expect(
      await session.page.getByRole('status').filter({ hasText: 'rows' }).textContent(),
    ).toContain(`${parties} of ${edges} rows`);
  });

  it('moves between rows by keyboard and selects the tie in the graph with Enter', async () => {
    await session.page.getByLabel('Filter rows').fill('');
    const rows = session.page.getByRole('table').locator('tbody tr');
    await rows.first().focus();
    await session.page.keyboard.press('ArrowDown');
    await session.page.keyboard.press('ArrowDown');
    const focused = await session.page.evaluate('document.activeElement.dataset.id');
    expect(focused).toBe(await rows.nth(2).getAttribute('data-id'));
    await session.page.keyboard.press('Enter');
    await expect
      .poll(() =>
        session.page.evaluate(`window.__treatygraph.cy.$(':selected').map((e) => e.id())`),
      )
      .toEqual([focused]);
    expect(await rows.nth(2).getAttribute('aria-current')).toBe('true');
    await session.page.screenshot({ path: `${ARTIFACTS}/table-view.png` });
  });

  it('exports the rows as CSV', async () => {
    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.getByRole('button', { name: 'CSV of these rows' }).click(),
    ]);
    const csv = (await readFile(await download.path())).toString('utf8').trim().split('\r\n');
    expect(csv[0]).toBe('Who,Relationship,What,Since,Until,Consent,Source');
    expect(csv.length - 1).toBe(await session.page.getByRole('table').locator('tbody tr').count());
    expect(errors).toEqual([]);
  });
});
