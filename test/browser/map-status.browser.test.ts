import { readFileSync, writeFileSync } from 'node:fs';
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

// Months after the CRC entered into force (2 September 1990), when many states were not yet
// bound: UNTC's complete table says who was not party.
const EARLY = '1991-01-01';

type Drawn = { id: string; color: string; hollow: boolean; border: string };

/** The drawn states by legend label, with their data colour, hollowness and drawn border. */
const statesByLabel = (page: Page) =>
  page.evaluate(`(() => {
    const groups = {};
    window.__treatygraph.cy.nodes('[kind = "State"]').forEach((n) => {
      (groups[n.data('colorLabel')] ??= []).push({
        id: n.id(),
        color: n.data('color'),
        hollow: n.data('hollow') === true,
        border: n.style('border-style'),
      });
    });
    return groups;
  })()`) as Promise<Record<string, Drawn[]>>;

describe('the Geography view coloured by treaty status, over a real UNTC table', () => {
  const session = useAppInChromium({
    // The CRC's complete UNTC table only: UNTOC keeps the bundled corpus's partial records.
    imports: (driver) => importDataset(driver, untcSlice(['4-11']), { dryRun: false }),
    setupTimeoutMs: 240_000,
  });
  const { errors } = session;
  let crc = '';

  beforeAll(async () => {
    crc = await instrumentByUntc(session.app, 'IV-11');
  });

  it('offers "Treaty status" as a colouring and keeps it in the share URL', async () => {
    await openGraph(session.page, `${session.app.url}/?view=map&asOf=${EARLY}`);
    await session.page.getByLabel('Colour states by').selectOption({ label: 'Treaty status' });
    await waitForExpression(
      session.page,
      `new URL(location.href).searchParams.get('color') === 'status'`,
    );
    await session.page.getByLabel('Status towards instrument').waitFor();
    await session.page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });
    expect(errors).toEqual([]);
  });

  it('colours CRC parties apart from states UNTC’s complete table lists as not party', async () => {
    expect(crc).not.toBe('');
    await openGraph(
      session.page,
      `${session.app.url}/?view=map&color=status&statusOf=${crc}&asOf=${EARLY}`,
    );
    const groups = await statesByLabel(session.page);
    const notParty = Object.keys(groups).find((label) => label.startsWith('Not party per '));
    expect(notParty).toMatch(/^Not party per .+ as at \d{4}-\d{2}-\d{2}$/);
    expect(groups.Party?.length).toBeGreaterThan(5);
    expect(groups[notParty ?? '']?.length).toBeGreaterThan(5);
    expect(new Set(groups.Party?.map((s) => s.color))).toEqual(new Set(['#009E73']));
    expect(new Set(groups[notParty ?? '']?.map((s) => s.color))).toEqual(new Set(['#D55E00']));
    // A complete table leaves no state without a record.
    expect(groups['No record']).toBeUndefined();
    const legend = session.page.getByRole('region', { name: 'Legend' });
    expect(await legend.textContent()).toMatch(
      new RegExp(`status on ${EARLY}.*Party.*Not party per .+ as at`, 's'),
    );
    await session.page.screenshot({ path: `${ARTIFACTS}/map-status-crc.png` });

    // The export's legend carries the colouring.
    await session.page.getByRole('button', { name: 'Export' }).click();
    const [svg] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.locator('button[data-format="svg"]').click(),
    ]);
    const text = readFileSync(await svg.path()).toString('utf8');
    expect(text).toContain(`status on ${EARLY}`);
    expect(text).toContain(notParty);
    expect(errors).toEqual([]);
  });

  it('draws "no record" hollow and dashed where only a partial table exists, with its age', async () => {
    await openGraph(
      session.page,
      `${session.app.url}/?view=map&color=status&statusOf=untoc&asOf=2026-12-02`,
    );
    const groups = await statesByLabel(session.page);
    expect(groups['No record']?.map((s) => s.id)).toContain('ERI');
    expect(groups['No record']?.every((s) => s.hollow && s.border === 'dashed')).toBe(true);
    expect(groups.Party?.length).toBeGreaterThan(5);
    expect(groups.Party?.every((s) => !s.hollow && s.border !== 'dashed')).toBe(true);
    // A partial table never says "not party" of a state it does not list.
    expect(Object.keys(groups).some((label) => label.startsWith('Not party'))).toBe(false);
    const legend = session.page.getByRole('region', { name: 'Legend' });
    expect(await legend.textContent()).toMatch(/Party.*No record/s);
    const stale = session.page.locator('[data-note="data-as-of"]');
    expect(await stale.textContent()).toMatch(
      /data is as at 27 January 2014 \(United Nations Treaty Collection\).*before 2 December 2026/,
    );
    await session.page.screenshot({ path: `${ARTIFACTS}/map-status-no-record.png` });

    // The PNG export's header says how old the data is; its legend rings "No record".
    await session.page.getByRole('button', { name: 'Export' }).click();
    const [png] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.locator('button[data-format="png"]').click(),
    ]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    writeFileSync(`${ARTIFACTS}/map-status-export.png`, bytes);
    expect(errors).toEqual([]);
  });
});
