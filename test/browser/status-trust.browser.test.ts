import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openGraph, useAppInChromium } from '../support/app-in-chromium';
import { waitForExpression } from '../support/chromium';

const STATEMENT = '2025-07-30-human-trafficking-is-organized-crime-its-time-to-end-exploit';

const listed = (page: Page, group: string) =>
  page.locator(`[data-group="${group}"] li`).allTextContents();

// The bundled corpus holds UNTOC for 21 of the statement's 22 signatories, a partial table
// (no source declares it complete): Eritrea has no record, which must never read "not party".
describe('status you can trust: UNTOC with only a partial table', () => {
  const session = useAppInChromium();
  const { errors } = session;

  it('shows "no record" apart from "not party", each with its source and as-at date', async () => {
    await openGraph(
      session.page,
      `${session.app.url}/?view=status&declaration=${STATEMENT}&instrument=untoc&asOf=2001-01-01`,
    );
    const noRecord = await listed(session.page, 'NO_RECORD');
    expect(noRecord).toEqual([expect.stringMatching(/^Eritrea.*no source lists it/)]);
    const notParty = await listed(session.page, 'NOT_PARTY');
    expect(notParty.length).toBeGreaterThan(0);
    expect(notParty.join('\n')).not.toContain('Eritrea');
    // Not party here because the source's own record dates the state's consent later.
    expect(notParty[0]).toMatch(/per United Nations Treaty Collection, as at 27 January 2014/);
    // The source every other status rests on, said once above the lists.
    expect(await session.page.locator('[data-note="basis"]').textContent()).toBe(
      'Source: United Nations Treaty Collection, as at 27 January 2014, unless noted.',
    );
    expect(await listed(session.page, 'SIGNED_ONLY')).toContain('Belarussince 14 December 2000');
    // Drawn apart too: a hollow dashed ring, and its own legend entry.
    await waitForExpression(
      session.page,
      `window.__treatygraph.cy.getElementById('ERI').data('hollow') === true`,
    );
    expect(
      await session.page.evaluate(
        `window.__treatygraph.cy.getElementById('ERI').style('border-style')`,
      ),
    ).toBe('dashed');
    const legend = session.page.getByRole('region', { name: 'Legend' });
    expect(await legend.textContent()).toMatch(/Not party.*No record/s);
    await session.page.screenshot({ path: `${ARTIFACTS}/status-no-record.png` });
  });

  it('says how old the data is when the date asked is later, and where it comes from', async () => {
    await openGraph(
      session.page,
      `${session.app.url}/?view=status&declaration=${STATEMENT}&instrument=untoc&asOf=2026-12-02`,
    );
    const stale = session.page.locator('[data-note="data-as-of"]');
    expect(await stale.textContent()).toMatch(
      /data is as at 27 January 2014 \(United Nations Treaty Collection\).*before 2 December 2026/,
    );
    expect(await listed(session.page, 'NO_RECORD')).toEqual([expect.stringMatching(/^Eritrea/)]);
    expect(await listed(session.page, 'NOT_PARTY')).toEqual([]);
    await session.page.screenshot({ path: `${ARTIFACTS}/status-data-as-of.png` });
  });

  it('compare keeps Eritrea out of "only in A" and tells what each side rests on', async () => {
    await openGraph(
      session.page,
      `${session.app.url}/?view=compare&a=${STATEMENT}&b=untoc&asOf=2026-12-02`,
    );
    expect(await listed(session.page, 'noRecordInB')).toEqual(['Eritrea']);
    expect(await listed(session.page, 'onlyA')).toEqual([]);
    const side = session.page.locator('[data-note="side-basis"]');
    expect(await side.textContent()).toMatch(
      /partial records, newest as at 27 January 2014: states they do not list have no record/,
    );
    expect(await side.textContent()).toMatch(
      /data as at 27 January 2014, older than 2 December 2026/,
    );
    await session.page.screenshot({ path: `${ARTIFACTS}/compare-no-record.png` });
  });

  it('the instrument’s details say its counts are no complete table', async () => {
    await openGraph(
      session.page,
      `${session.app.url}/?view=compare&a=${STATEMENT}&b=untoc&selected=Instrument:untoc`,
    );
    const details = session.page.getByRole('complementary', { name: 'Details' });
    const note = details.locator('[data-note="partial"]');
    await note.waitFor({ timeout: 10_000 });
    expect(await note.textContent()).toMatch(
      /No complete table.*no record, which is not “not party”/,
    );
    await note.scrollIntoViewIfNeeded();
    await session.page.screenshot({ path: `${ARTIFACTS}/instrument-no-complete-table.png` });
    expect(errors).toEqual([]);
  });
});
