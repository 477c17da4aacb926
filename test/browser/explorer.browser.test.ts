import { readFileSync, writeFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, openGraph, queryApi, useAppInChromium } from '../support/app-in-chromium';
import { waitForExpression } from '../support/chromium';

const PALERMO = 'untoc-trafficking-protocol';

/** What the canvas draws, read from the live Cytoscape instance (strings: see the stack notes). */
const drawn = (page: Page) =>
  page.evaluate(`(() => {
    const cy = window.__treatygraph.cy;
    return {
      nodes: cy.nodes().map((n) => n.id()),
      edges: cy.edges().length,
      selected: cy.$(':selected').map((e) => e.id()),
    };
  })()`) as Promise<{ nodes: string[]; edges: number; selected: string[] }>;

describe('the explorer', () => {
  const session = useAppInChromium({ consoleErrors: true });
  const { errors } = session;
  let statement: string;
  const graphql = (query: string): Promise<unknown> => queryApi(session.app, query);

  beforeAll(async () => {
    const first = (await graphql('{ declarations(first: 1) { edges { node { id } } } }')) as {
      declarations: { edges: { node: { id: string } }[] };
    };
    statement = first.declarations.edges[0]?.node.id ?? '';
  });

  it('search focuses the chosen state and opens its details', async () => {
    await openGraph(session.page, `${session.app.url}/`);
    const search = session.page.getByRole('combobox', { name: /search/i });
    await search.fill('Laos');
    await session.page.getByRole('option').first().waitFor();
    await search.press('Enter');
    await waitForExpression(session.page, `window.__treatygraph.cy.$(':selected').id() === 'LAO'`);
    const details = session.page.getByRole('complementary', { name: 'Details' });
    await details.getByText('Lao People', { exact: false }).first().waitFor();
    expect(new URL(session.page.url()).searchParams.get('selected')).toBe('LAO');
  });

  it('shows the source of each fact: quote, publisher, date and link', async () => {
    await openGraph(session.page, `${session.app.url}/`);
    await session.page.evaluate(
      `void window.__treatygraph.cy.getElementById(${JSON.stringify(`SIGNED:LAO->${statement}`)}).emit('tap')`,
    );
    const details = session.page.getByRole('complementary', { name: 'Details' });
    const signature = details.locator('.evidence').first();
    await signature.waitFor({ timeout: 10_000 });
    expect(await signature.locator('blockquote').textContent()).toContain('Laos');
    expect(await signature.locator('.details__meta').textContent()).toMatch(/BelTA · 30 July 2025/);

    const edge = `PARTY_TO:LAO->Instrument:${PALERMO}`;
    await openGraph(
      session.page,
      `${session.app.url}/?view=status&instrument=${PALERMO}&selected=${edge}`,
    );
    const participation = details.locator('.evidence').first();
    await participation.waitFor({ timeout: 10_000 });
    expect(await participation.locator('a').getAttribute('href')).toMatch(
      /^https:\/\/treaties\.un\.org\//,
    );
    expect(await participation.locator('.details__meta').textContent()).toContain(
      'United Nations Treaty Collection',
    );
    expect(await details.textContent()).toMatch(/Consent to be bound.*2003/);
  });

  it('compares the 2025 statement with the Palermo Protocol', async () => {
    type Group = 'onlyA' | 'noRecordInB' | 'both' | 'onlyB' | 'undetermined';
    const groups: Group[] = ['onlyA', 'noRecordInB', 'both', 'onlyB', 'undetermined'];
    const check = async (asOf: string) => {
      const api = (await graphql(
        `{ compare(a: "${statement}", b: "${PALERMO}", asOf: "${asOf}") {
          onlyA { name } noRecordInB { name } both { name } onlyB { name }
          undetermined { name } } }`,
      )) as { compare: Record<Group, { name: string }[]> };
      await openGraph(
        session.page,
        `${session.app.url}/?view=compare&a=${statement}&b=${PALERMO}&asOf=${asOf}`,
      );
      const names = (group: Group) => api.compare[group].map((state) => state.name).sort();
      for (const group of groups) {
        const listed = await session.page.locator(`[data-group="${group}"] li`).allTextContents();
        expect(listed.sort()).toEqual(names(group));
      }
      const a = ['onlyA', 'noRecordInB', 'both', 'undetermined'] as const;
      expect(a.reduce((sum, group) => sum + names(group).length, 0)).toBe(22);
      return names;
    };
    const later = await check('2025-07-30');
    // Eritrea has no recorded participation in the Protocol, whose data is partial: no record,
    // not "only in A".
    expect(later('noRecordInB')).toContain('Eritrea');
    expect(later('onlyA')).not.toContain('Eritrea');
    expect(later('both')).toEqual(expect.arrayContaining(['Bangladesh', 'Laos']));
    expect(later('undetermined')).toEqual([]);
    // Bangladesh's 2019 accession has no day, and its evidence dates from 2020: on a 2019 date
    // neither party nor not party, as Treaty status says.
    const earlier = await check('2019-01-01');
    expect(earlier('undetermined')).toEqual(['Bangladesh']);
    expect(earlier('both')).toContain('Laos');
    const note = session.page.getByText(
      'Not known: a consent to be bound is recorded without its date',
    );
    await note.scrollIntoViewIfNeeded();
    await session.page.screenshot({ path: `${ARTIFACTS}/compare.png` });
  });

  it('restores a shared view from its URL and records changes in it', async () => {
    await openGraph(
      session.page,
      `${session.app.url}/?view=coalitions&layout=grid&regions=Asia&selected=LAO`,
    );
    const { nodes, selected } = await drawn(session.page);
    expect(nodes).toHaveLength(13);
    expect(selected).toEqual(['LAO']);
    expect(
      await session.page.getByRole('button', { name: 'Coalitions' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(await session.page.getByRole('checkbox', { name: 'Asia' }).isChecked()).toBe(true);
    expect(await session.page.getByLabel('Layout').inputValue()).toBe('grid');

    await session.page.getByRole('checkbox', { name: 'Africa' }).check();
    await waitForExpression(session.page, `document.body.dataset.nodeCount === '17'`);
    const shared = session.page.url();
    expect(new URL(shared).searchParams.get('regions')).toBe('Africa,Asia');
    await session.page.reload();
    await session.page.waitForSelector('body[data-graph-ready="true"]');
    expect((await drawn(session.page)).nodes).toHaveLength(17);
    expect(session.page.url()).toBe(shared);
  });

  it('colours co-signatories by coalition and says on hover what binds two states', async () => {
    await openGraph(
      session.page,
      `${session.app.url}/?view=coalitions&regions=Europe,Americas&layout=grid`,
    );
    const legend = session.page.getByRole('region', { name: 'Legend' });
    expect(await legend.textContent()).toContain('States by coalition');
    const point = (await session.page.evaluate(`(() => {
      const cy = window.__treatygraph.cy;
      const edge = cy.getElementById('CO_SIGNED:BLR--BOL');
      const box = cy.container().getBoundingClientRect();
      const mid = edge.renderedMidpoint();
      return { x: box.left + mid.x, y: box.top + mid.y };
    })()`)) as { x: number; y: number };
    await session.page.mouse.move(point.x, point.y);
    const tip = session.page.getByRole('tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(
      /^Belarus and Bolivia signed 1 declaration together: Human Trafficking/,
    );
  });

  it('exports every format as a file that parses back', async () => {
    await openGraph(session.page, `${session.app.url}/?view=coalitions`);
    const { nodes, edges } = await drawn(session.page);
    await session.page.getByRole('button', { name: 'Export' }).click();
    await session.page.getByLabel('PNG scale').selectOption('2');
    const save = async (format: string): Promise<Buffer> => {
      const [download] = await Promise.all([
        session.page.waitForEvent('download'),
        session.page.locator(`button[data-format="${format}"]`).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^treatygraph-coalitions\./);
      return readFileSync(await download.path());
    };

    const fromGraphml = graphml.parse(Graph, (await save('graphml')).toString('utf8'));
    expect([fromGraphml.order, fromGraphml.size]).toEqual([nodes.length, edges]);
    const fromGexf = gexf.parse(Graph, (await save('gexf')).toString('utf8'));
    expect([fromGexf.order, fromGexf.size]).toEqual([nodes.length, edges]);

    const json = JSON.parse((await save('json')).toString('utf8')) as {
      elements: cytoscape.ElementsDefinition;
    };
    const cy = cytoscape({ headless: true, elements: json.elements });
    expect([cy.nodes().length, cy.edges().length]).toEqual([nodes.length, edges]);
    cy.destroy();

    const svg = (await save('svg')).toString('utf8');
    const svgCheck = (await session.page.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.nodeName,
        texts: doc.querySelectorAll('g.labels text').length,
        title: doc.querySelector('g.frame-header text')?.textContent,
      };
    })()`)) as { error: number; root: string; texts: number; title: string };
    expect(svgCheck).toEqual({
      error: 0,
      root: 'svg',
      texts: nodes.length,
      title: 'treatygraph: Coalitions',
    });

    const png = await save('png');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBeGreaterThan(600);
    expect(width).toBeLessThan(10_000);
    expect(height).toBeGreaterThan(300);

    const nodesCsv = (await save('nodesCsv')).toString('utf8').trim().split(/\r?\n/);
    expect(nodesCsv).toHaveLength(nodes.length + 1);
    const edgesCsv = (await save('edgesCsv')).toString('utf8').trim().split(/\r?\n/);
    expect(edgesCsv).toHaveLength(edges + 1);
    expect((await save('query')).toString('utf8')).toMatch(/^query CorpusGraph/m);
    expect((await save('url')).toString('utf8').trim()).toBe(session.page.url());

    // On the map, the SVG carries the land under the states, for a report.
    await openGraph(session.page, `${session.app.url}/?view=map`);
    await session.page.getByRole('button', { name: 'Export' }).click();
    const [mapSvg] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.locator('button[data-format="svg"]').click(),
    ]);
    const mapText = readFileSync(await mapSvg.path()).toString('utf8');
    expect(mapText.indexOf('<g class="map"')).toBeGreaterThan(0);
    expect(mapText.indexOf('<g class="map"')).toBeLessThan(mapText.indexOf('<g class="nodes"'));

    // So does the PNG: land-coloured pixels that a plain export lacks, and the states exactly
    // where the plain export (same scale) draws them, below the frame's header.
    const [mapPng] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.locator('button[data-format="png"]').click(),
    ]);
    const mapPngBytes = readFileSync(await mapPng.path());
    writeFileSync(`${ARTIFACTS}/map-export.png`, mapPngBytes);
    const base64 = mapPngBytes.toString('base64');
    const pixels = (await session.page.evaluate(`(async () => {
      const cy = window.__treatygraph.cy;
      const read = async (blob) => {
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const withMap = await read(await (await fetch('data:image/png;base64,${base64}')).blob());
      const plain = await read(
        await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }),
      );
      const land = (image) => {
        let count = 0;
        for (let i = 0; i < image.data.length; i += 4) {
          const [r, g, b] = image.data.subarray(i, i + 3);
          if (r === 230 && g === 235 && b === 240) count += 1;
        }
        return count;
      };
      const box = cy.elements().boundingBox();
      const k = plain.width / Math.ceil(box.w);
      const at = (image, [x, y], [dx, dy] = [0, 0]) => {
        const i = (Math.round(y + dy) * image.width + Math.round(x + dx)) * 4;
        return image.data.subarray(i, i + 3).join(',');
      };
      const centres = cy.nodes('[kind = "State"]').map((node) => {
        const { x, y } = node.position();
        return [(x - box.x1) * k, (y - box.y1) * k];
      });
      const dx = Math.floor((withMap.width - plain.width) / 2);
      let sameCentres = 0;
      for (let dy = 0; dy <= withMap.height - plain.height; dy += 1) {
        const same = centres.filter((c) => at(withMap, c, [dx, dy]) === at(plain, c)).length;
        sameCentres = Math.max(sameCentres, same);
      }
      return {
        sizes: [[withMap.width, withMap.height], [plain.width, plain.height]],
        area: plain.width * plain.height,
        land: [land(withMap), land(plain)],
        centres: centres.length,
        sameCentres,
      };
    })()`)) as {
      sizes: number[][];
      area: number;
      land: [number, number];
      centres: number;
      sameCentres: number;
    };
    expect(pixels.sizes[0]?.[0]).toBeGreaterThanOrEqual(pixels.sizes[1]?.[0] ?? Infinity);
    expect(pixels.sizes[0]?.[1]).toBeGreaterThan(pixels.sizes[1]?.[1] ?? Infinity);
    const [landWithMap, landPlain] = pixels.land;
    expect(landWithMap).toBeGreaterThan(pixels.area * 0.05);
    expect(landPlain).toBeLessThan(landWithMap / 100);
    expect(pixels.centres).toBeGreaterThan(20);
    expect(pixels.sameCentres).toBe(pixels.centres);
  });

  it('expands the neighbours a filter hid when a node is double-clicked', async () => {
    await openGraph(session.page, `${session.app.url}/?regions=Asia`);
    const before = (await drawn(session.page)).nodes.length;
    await session.page.evaluate(
      `void window.__treatygraph.cy.getElementById(${JSON.stringify(statement)}).emit('dbltap')`,
    );
    await waitForExpression(
      session.page,
      `Number(document.body.dataset.nodeCount) === ${before + 9}`,
    );
    expect(
      await session.page.getByRole('status').filter({ hasText: 'hidden neighbours' }).textContent(),
    ).toMatch(/9 hidden neighbours shown/);
    expect(new URL(session.page.url()).searchParams.get('expand')).toBe(statement);
    await session.page.getByRole('button', { name: 'Collapse' }).click();
    await waitForExpression(session.page, `Number(document.body.dataset.nodeCount) === ${before}`);
  });

  it('filters every view by years, and plays through them', async () => {
    await openGraph(session.page, `${session.app.url}/?view=coalitions&from=2026`);
    expect((await drawn(session.page)).nodes).toEqual([]);
    await session.page
      .getByText('No declaration matches these filters', { exact: false })
      .waitFor();

    await openGraph(session.page, `${session.app.url}/?view=status&instrument=${PALERMO}&to=2002`);
    const party = session.page.locator('[data-group="PARTY"] li');
    const early = await party.count();
    await session.page.getByRole('button', { name: 'Play' }).click();
    await waitForExpression(
      session.page,
      `new URL(location.href).searchParams.get('to') === '2001'`,
      5_000,
    );
    await session.page.getByRole('button', { name: 'Pause' }).click();
    await session.page.goto(`${session.app.url}/?view=status&instrument=${PALERMO}&to=2010`);
    await session.page.locator('[data-group="PARTY"] li').first().waitFor();
    expect(await session.page.locator('[data-group="PARTY"] li').count()).toBeGreaterThan(early);
  });

  it('labels every control and shows keyboard focus', async () => {
    await openGraph(session.page, `${session.app.url}/?view=compare`);
    const unlabelled = await session.page
      .evaluate(`[...document.querySelectorAll('button, select, input')]
      .filter((el) => !el.closest('[hidden]'))
      .filter((el) => !(el.getAttribute('aria-label') || el.labels?.length || el.textContent.trim()))
      .map((el) => el.outerHTML.slice(0, 80))`);
    expect(unlabelled).toEqual([]);
    await session.page.keyboard.press('Tab');
    const focus = (await session.page.evaluate(`(() => {
      const el = document.activeElement;
      return { text: el.textContent, outline: getComputedStyle(el).outlineStyle };
    })()`)) as { text: string; outline: string };
    expect(focus).toEqual({ text: 'Signatories', outline: 'solid' });
  });

  it('keeps a screenshot of each view, and logs no errors', async () => {
    for (const view of ['signatories', 'coalitions', 'status', 'map']) {
      await openGraph(session.page, `${session.app.url}/?view=${view}`);
      expect(
        Number(await session.page.evaluate('document.body.dataset.nodeCount')),
      ).toBeGreaterThan(20);
      await session.page.screenshot({ path: `${ARTIFACTS}/${view}.png` });
    }
    expect(errors).toEqual([]);
  });
});
