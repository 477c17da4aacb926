import { copyFileSync, readFileSync } from 'node:fs';
import { readVoteData, writeVoteData } from '@treatygraph/import';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openGraph, queryApi, useAppInChromium } from '../support/app-in-chromium';
import { waitForExpression } from '../support/chromium';
import { csvAgreement, readVoeten, VOTES_DIR } from '../support/voeten-csv';

const STATEMENT = '2025-07-30-human-trafficking-is-organized-crime-its-time-to-end-exploit';
// A slice of the vote data proves the behaviour: 2015-2019, about 85,000 votes.
const FROM = '2015-01-01';
const TO = '2019-12-31';

type Drawn = {
  nodes: { id: string; color: string; colorLabel: string; ringed: boolean }[];
  edges: { kind: string; weight: number }[];
};

/** What the canvas draws, read from the live Cytoscape instance. */
const drawn = async (page: Page): Promise<Drawn> =>
  (await page.evaluate(`(() => {
    const cy = window.__treatygraph.cy;
    return {
      nodes: cy.nodes().map((n) => ({ id: n.id(), color: n.data('color'), colorLabel: n.data('colorLabel'), ringed: !!n.data('ringed') })),
      edges: cy.edges().map((e) => ({ kind: e.data('kind'), weight: e.data('weight') })),
    };
  })()`)) as Drawn;

describe('the Votes view', () => {
  const session = useAppInChromium({
    imports: (driver) => {
      const data = readVoteData(VOTES_DIR);
      const rollCalls = data.rollCalls.filter((r) => r.date >= FROM && r.date <= TO);
      const ids = new Set(rollCalls.map((r) => r.id));
      const votes = data.votes.filter((v) => ids.has(v.rollCall));
      return writeVoteData(driver, {
        ...data,
        rollCalls,
        votes,
        states: [...new Set(votes.map((v) => v.state))].sort(),
      });
    },
    setupTimeoutMs: 300_000,
  });
  const { errors } = session;

  const save = async (format: string): Promise<{ text: string; path: string }> => {
    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.locator(`button[data-format="${format}"]`).click(),
    ]);
    const path = await download.path();
    return { text: readFileSync(path, 'utf8'), path };
  };

  it('draws the decade ending with the newest roll call, states coloured by voting bloc', async () => {
    await openGraph(session.page, `${session.app.url}/?view=votes`, 180_000);
    const { nodes, edges } = await drawn(session.page);
    expect(nodes.length).toBeGreaterThan(180);
    expect(nodes.every((n) => /^(Bloc \d+|Smaller blocs)$/.test(n.colorLabel))).toBe(true);
    const bloc = (code: string) => nodes.find((n) => n.id === code)?.colorLabel;
    expect(bloc('USA')).toBe(bloc('ISR'));
    expect(bloc('USA')).not.toBe(bloc('CUB'));
    expect(new Set(nodes.map((n) => n.color)).size).toBeGreaterThan(1);
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.kind === 'VOTED_WITH' && e.weight >= 0.85 && e.weight <= 1)).toBe(
      true,
    );
    const legend = session.page.getByRole('region', { name: 'Legend' });
    await legend.getByText('Voting blocs').waitFor();
    await legend.getByText(/^Bloc 1\d+$/).waitFor();
    const summary = session.page.getByRole('region', { name: 'Votes summary' });
    await summary.getByText('at least 85% of the roll calls', { exact: false }).waitFor();
    expect(await summary.textContent()).toContain('in 2010–2019');
    await session.page.screenshot({ path: `${ARTIFACTS}/votes.png` });
  });

  it('charts a selected state’s agreement by year with the state the reader picks', async () => {
    await session.page.evaluate(`void window.__treatygraph.cy.getElementById('USA').emit('tap')`);
    const chart = session.page.getByRole('region', { name: 'Affinity over time' });
    await chart.locator('svg[data-years]').waitFor();
    await chart.getByRole('combobox').selectOption('ISR');
    await waitForExpression(
      session.page,
      `new URL(location.href).searchParams.get('versus') === 'ISR'`,
    );
    await chart.getByRole('img', { name: /Israel: agreement by year, 2015–2019/ }).waitFor();
    expect(await chart.locator('svg').getAttribute('data-years')).toBe('5');
    const csv = readVoeten();
    const y2019 = csvAgreement(csv, { a: 'US', b: 'IL', from: '2019-01-01', to: TO });
    const share = `${Math.round((y2019.agreed / y2019.compared) * 100)}%`;
    expect(await chart.locator('circle title').last().textContent()).toBe(
      `2019: ${share} of ${y2019.compared} roll calls`,
    );
    await session.page.screenshot({ path: `${ARTIFACTS}/votes-affinity.png` });
  });

  it('rings the statement’s signatories and names the least aligned of them', async () => {
    await session.page.getByRole('button', { name: 'Close details' }).click();
    const filters = session.page.getByRole('complementary', { name: 'Filters' });
    await filters.getByLabel('Ring the signatories of').selectOption(STATEMENT);
    await waitForExpression(
      session.page,
      `window.__treatygraph.cy.nodes('[?ringed]').length > 0 && document.body.dataset.graphReady === 'true'`,
    );
    const expected = await queryApi<{
      voteAlignment: { members: unknown[]; leastAligned: { state: { name: string } } };
    }>(
      session.app,
      `{ voteAlignment(declaration: "${STATEMENT}", from: "2010-01-01", to: "2019-12-31") {
      members { state { code } } leastAligned { state { name } } } }`,
    );
    const check = session.page.getByRole('region', { name: 'Coalition check' });
    const least = check.locator('.facts__row', { hasText: 'Least aligned' });
    await least.waitFor();
    expect(await least.locator('dd button').textContent()).toBe(
      expected.voteAlignment.leastAligned.state.name,
    );
    expect((await drawn(session.page)).nodes.filter((n) => n.ringed)).toHaveLength(
      expected.voteAlignment.members.length,
    );
    expect(await check.textContent()).toMatch(/Mean agreement\d+%/);
    await session.page.screenshot({ path: `${ARTIFACTS}/votes-overlay.png` });
  });

  it('exports a PNG and SVG with the legend, GraphML that parses back, and the query', async () => {
    await session.page.getByRole('button', { name: 'Export' }).click();
    const svg = await save('svg');
    const frame = (await session.page.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(svg.text)}, 'image/svg+xml');
      const text = (selector) => [...doc.querySelectorAll(selector)].map((t) => t.textContent);
      return { header: text('g.frame-header text'), footer: text('g.frame-footer text') };
    })()`)) as { header: string[]; footer: string[] };
    expect(frame.header[0]).toBe('treatygraph: Votes');
    expect(frame.header.join(' ')).toContain('UN General Assembly roll calls on every topic');
    expect(frame.header.join(' ')).toContain('Ringed in black');
    expect(frame.footer).toContain('Voting blocs');
    expect(frame.footer).toContain('Bloc 1');
    expect(frame.footer.at(-1)).toMatch(/^Sources: UN General Assembly Voting Data \(Voeten\)\./);

    const png = await save('png');
    const bytes = readFileSync(png.path);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    copyFileSync(png.path, `${ARTIFACTS}/votes-export.png`);

    const graphml = await save('graphml');
    const parsed = (await session.page.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(graphml.text)}, 'application/xml');
      const keys = Object.fromEntries([...doc.querySelectorAll('key')].map((k) => [k.getAttribute('attr.name'), k.getAttribute('id')]));
      const weights = [...doc.querySelectorAll('edge')].map((e) =>
        Number(e.querySelector('data[key="' + keys.weight + '"]')?.textContent));
      return { error: doc.getElementsByTagName('parsererror').length, nodes: doc.querySelectorAll('node').length, weights };
    })()`)) as { error: number; nodes: number; weights: number[] };
    const { nodes, edges } = await drawn(session.page);
    expect(parsed).toMatchObject({ error: 0, nodes: nodes.length });
    expect(parsed.weights).toHaveLength(edges.length);
    expect(parsed.weights.every((w) => w >= 0.85 && w <= 1)).toBe(true);

    const { text } = await save('query');
    const variables = [...text.matchAll(/# Variables:\n# (.*)\n/g)].map((m) =>
      JSON.parse(m[1] ?? ''),
    );
    expect(variables).toEqual([
      { from: '2010-01-01', to: '2019-12-31', minAgreement: 0.85 },
      { declaration: STATEMENT, from: '2010-01-01', to: '2019-12-31' },
    ]);
  });

  it('restores the view, its topic, overlay and chart from the shared URL', async () => {
    const filters = session.page.getByRole('complementary', { name: 'Filters' });
    await filters.getByLabel('Topic of the roll calls').selectOption('hr');
    await session.page
      .getByRole('region', { name: 'Votes summary' })
      .getByText('on Human rights')
      .waitFor();
    await session.page.waitForSelector('body[data-graph-ready="true"]');
    await session.page.evaluate(`void window.__treatygraph.cy.getElementById('FRA').emit('tap')`);
    const title = /^France and Israel: agreement by year on Human rights/;
    await session.page.getByRole('img', { name: title }).waitFor();
    const shared = session.page.url();
    const params = new URL(shared).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      view: 'votes',
      declaration: STATEMENT,
      versus: 'ISR',
      issue: 'hr',
      selected: 'FRA',
    });
    const before = await drawn(session.page);
    const other = await session.newPage();
    await openGraph(other, shared, 180_000);
    const after = await drawn(other);
    expect(after.nodes.map((n) => [n.id, n.colorLabel, n.ringed])).toEqual(
      before.nodes.map((n) => [n.id, n.colorLabel, n.ringed]),
    );
    expect(after.edges).toHaveLength(before.edges.length);
    await other.getByRole('img', { name: title }).waitFor();
    await other.screenshot({ path: `${ARTIFACTS}/votes-shared.png` });
    await other.close();
    expect(errors).toEqual([]);
  });
});
