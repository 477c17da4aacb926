import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openGraph, useAppInChromium } from '../support/app-in-chromium';
import { waitForExpression } from '../support/chromium';

describe('any entity reachable', () => {
  const session = useAppInChromium();
  const { errors } = session;

  it('opens the details of a state that is not drawn and adds it with its neighbours', async () => {
    // Asia only: Belarus, a signatory of the statement, is hidden by the filter.
    await openGraph(session.page, `${session.app.url}/?regions=Asia`);
    const [code, name] = ['BLR', 'Belarus'];
    expect(
      await session.page.evaluate(`window.__treatygraph.cy.getElementById('BLR').empty()`),
    ).toBe(true);

    const search = session.page.getByRole('combobox', { name: /search/i });
    await search.fill(name);
    await session.page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .waitFor();
    await search.press('Enter');
    const details = session.page.getByRole('complementary', { name: 'Details' });
    await details.getByText('is not drawn in this view').waitFor();
    await details.getByRole('heading', { name }).waitFor();
    expect(await details.textContent()).toContain(code);

    await details.getByRole('button', { name: 'Add to view with its neighbours' }).click();
    await waitForExpression(
      session.page,
      `window.__treatygraph.cy.getElementById(${JSON.stringify(code)}).nonempty()`,
    );
    await session.page.waitForSelector('body[data-graph-ready="true"]');
    const neighbours = Number(
      await session.page.evaluate(
        `window.__treatygraph.cy.getElementById(${JSON.stringify(code)}).neighborhood('node').length`,
      ),
    );
    expect(neighbours).toBeGreaterThan(0);
    expect(new URL(session.page.url()).searchParams.get('expand')).toBe(code);
    expect(await details.getByText('is not drawn in this view').count()).toBe(0);
    await session.page.screenshot({ path: `${ARTIFACTS}/search-add-to-view.png` });
    expect(errors).toEqual([]);
  });
});
