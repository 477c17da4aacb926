import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openGraph, useAppInChromium } from '../support/app-in-chromium';

describe('first view', () => {
  const session = useAppInChromium({ consoleErrors: true });
  const { errors: consoleErrors } = session;

  it('draws the declaration, its 22 signatories and the instruments it references', async () => {
    await openGraph(session.page, `${session.app.url}/`);
    const counts = await session.page.evaluate(`(() => {
      const cy = window.__treatygraph.cy;
      return {
        states: cy.nodes('[kind = "State"]').length,
        declarations: cy.nodes('[kind = "Declaration"]').length,
        instruments: cy.nodes('[kind = "Instrument"]').map((n) => n.id()),
        signed: cy.edges('[kind = "SIGNED"]').length,
      };
    })()`);
    expect(counts).toMatchObject({ states: 22, declarations: 1, signed: 22 });
    expect((counts as { instruments: string[] }).instruments.length).toBeGreaterThanOrEqual(4);
    await session.page.screenshot({ path: `${ARTIFACTS}/first-view.png` });
    expect(consoleErrors).toEqual([]);
  });

  it('shows the details of a clicked state', async () => {
    // `void`: emit returns the cy collection, whose object graph playwright would serialise.
    await session.page.evaluate(`void window.__treatygraph.cy.getElementById('LAO').emit('tap')`);
    const panel = session.page.getByRole('complementary', { name: 'Details' });
    await panel.getByText('Lao People', { exact: false }).first().waitFor({ timeout: 10_000 });
    expect(await panel.textContent()).toContain('LAO');
    await session.page.screenshot({ path: `${ARTIFACTS}/first-view-details.png` });
  });

  it('credits every dataset with its licence under About, under a strict CSP', async () => {
    const response = await session.page.request.get(`${session.app.url}/`);
    expect(response.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await session.page.getByText('About', { exact: true }).click();
    const credits = session.page.getByRole('list', { name: 'Data attributions' });
    await credits.waitFor({ timeout: 10_000 });
    const text = await credits.textContent();
    expect(text).toMatch(/world-countries.*Open Database License \(ODbL\) 1\.0/);
    expect(text).toContain('Natural Earth');
    expect(consoleErrors).toEqual([]);
  });
});
