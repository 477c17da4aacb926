import type { Page } from 'playwright-core';
import { importDataset } from '@treatygraph/import';
import { untcSlice } from '@treatygraph/import/dataset-slices';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  instrumentByUntc,
  openGraph,
  useAppInChromium,
} from '../support/app-in-chromium';
import { waitForExpression } from '../support/chromium';

// The UNTC tables' own date: every count below is as they stood then.
const AS_OF = '2015-01-01';

/** Positions of the drawn states, by group colour label. */
const statesByGroup = (page: Page) =>
  page.evaluate(`(() => {
    const groups = {};
    window.__treatygraph.cy.nodes('[kind = "State"]').forEach((n) => {
      const label = n.data('colorLabel');
      (groups[label] ??= []).push({ id: n.id(), ...n.position() });
    });
    return groups;
  })()`) as Promise<Record<string, { id: string; x: number; y: number }[]>>;

describe('treaty-centred views over real UNTC tables (CRC and UNTOC)', () => {
  const session = useAppInChromium({
    imports: (driver) => importDataset(driver, untcSlice(['4-11', '18-12']), { dryRun: false }),
    setupTimeoutMs: 240_000,
  });
  const { errors } = session;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ids.crc = await instrumentByUntc(session.app, 'IV-11');
    ids.untoc = await instrumentByUntc(session.app, 'XVIII-12');
  });

  it('opens UNTOC with all its parties from its details, with a year-by-year chart', async () => {
    await openGraph(session.page, `${session.app.url}/?asOf=${AS_OF}`);
    const search = session.page.getByRole('combobox', { name: /search/i });
    await search.fill('Transnational Organized Crime');
    await session.page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option', { name: /^UNTOC/ })
      .first()
      .waitFor();
    await search.press('Enter');
    const details = session.page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('link', { name: 'All parties of this treaty, by year' }).click();
    await waitForExpression(
      session.page,
      `new URL(location.href).searchParams.get('view') === 'treaty'`,
    );
    expect(new URL(session.page.url()).searchParams.get('instrument')).toBe(ids.untoc);
    await session.page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });

    const groups = await statesByGroup(session.page);
    // UNTC's UNTOC table lists about 190 states with a signature or a consent.
    expect(groups.Party?.length).toBeGreaterThan(170);
    const chart = session.page.locator('figure.year-chart');
    expect(Number(await chart.getAttribute('data-years'))).toBeGreaterThanOrEqual(14);
    // The chart's last year's parties are the view's (less any consent without a date).
    const label = (await chart.locator('svg').getAttribute('aria-label')) ?? '';
    const parties = Number(/(\d+) parties at the end of 20\d\d/.exec(label)?.[1]);
    expect(parties).toBeGreaterThan(170);
    // The European Union approved UNTOC: drawn as a party beside the states, and counted.
    const eu = await session.page.evaluate(
      `window.__treatygraph.cy.getElementById('Organization:eu').data('colorLabel') ?? null`,
    );
    expect(eu).toBe('Party');
    await details.getByRole('button', { name: 'European Union', exact: true }).waitFor();
    expect(parties).toBeLessThanOrEqual((groups.Party?.length ?? 0) + 1);
    await chart.getByText('The years as a table').click();
    const firstYear = chart.locator('tbody tr').first();
    expect(await firstYear.locator('th').textContent()).toBe('2000');
    // 124 states signed UNTOC at Palermo in December 2000.
    expect(Number(await firstYear.locator('td').first().textContent())).toBeGreaterThan(100);
    await chart.getByText('The years as a table').click();
    // A block, not a column: the parties' band is about as wide as it is tall.
    const xs = new Set(groups.Party?.map((s) => Math.round(s.x)));
    expect(xs.size).toBeGreaterThan(8);
    await session.page.screenshot({ path: `${ARTIFACTS}/treaty-parties.png` });

    await session.page.getByRole('button', { name: 'Table', exact: true }).click();
    const status = await session.page
      .getByRole('region', { name: 'Table of the view' })
      .getByRole('status')
      .textContent();
    // The table lists the parties drawn: the states and the European Union.
    expect(Number(status?.match(/\d+/)?.[0])).toBe((groups.Party?.length ?? 0) + 1);
    expect(errors).toEqual([]);
  });

  it('compares CRC with UNTOC over about 190 states as blocks with counts and lists', async () => {
    await openGraph(
      session.page,
      `${session.app.url}/?view=compare&a=${ids.crc}&b=${ids.untoc}&asOf=${AS_OF}`,
    );
    const counts = (
      await session.page.locator('figure.compare-overview').getAttribute('data-counts')
    )
      ?.split(',')
      .map(Number);
    const [onlyA = 0, both = 0, onlyB = 0] = counts ?? [];
    expect(onlyA + both + onlyB).toBeGreaterThan(185);
    expect(both).toBeGreaterThan(170);
    await session.page.getByRole('note').filter({ hasText: 'drawn as a block' }).waitFor();

    const groups = await statesByGroup(session.page);
    expect(groups.Both).toHaveLength(both);
    const left = (name: string) => Math.min(...(groups[name] ?? []).map((s) => s.x));
    const right = (name: string) => Math.max(...(groups[name] ?? []).map((s) => s.x));
    expect(right('Only A')).toBeLessThan(left('Both'));
    expect(right('Both')).toBeLessThan(left('Only B'));
    expect(new Set(groups.Both?.map((s) => Math.round(s.x))).size).toBeGreaterThan(8);
    // Lines are hidden until a state is selected.
    expect(
      await session.page.evaluate(
        `window.__treatygraph.cy.edges().filter((e) => e.style('opacity') !== '0').length`,
      ),
    ).toBe(0);
    await session.page.screenshot({ path: `${ARTIFACTS}/compare-190-states.png` });

    const side = session.page.getByRole('complementary', { name: 'Details' });
    await side.getByLabel('Find a state').fill('austr');
    await side.getByText('2 of').waitFor();
    expect(await side.locator('[data-group="both"] li').allTextContents()).toEqual([
      'Australia',
      'Austria',
    ]);
    const download = session.page.waitForEvent('download');
    await side.getByRole('button', { name: 'Export “In both” as CSV' }).click();
    const csv = await (await download).createReadStream();
    const text = await new Promise<string>((resolve) => {
      let all = '';
      csv.on('data', (chunk: Buffer) => (all += chunk.toString()));
      csv.on('end', () => resolve(all));
    });
    expect(text.trim().split('\r\n')).toHaveLength(both + 1);
    await session.page.screenshot({ path: `${ARTIFACTS}/compare-190-states-lists.png` });
    expect(errors).toEqual([]);
  });
});
