import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { launchChromium } from '../support/chromium';

const artifacts = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));
/** Synthetic declarations added to the bundled corpus: 80 a year from 1996 to 2025. */
const PER_YEAR = 80;
const YEARS = 30;
const SIGNATORIES = 20;

/**
 * Writes the synthetic declarations with plain Cypher (the importer is not under test here):
 * each signed by 20 of the corpus's real states, chosen by a fixed stride so blocs recur.
 */
async function addSyntheticDeclarations(): Promise<void> {
  const driver = neo4j.driver(inject('neo4jUri'));
  try {
    await driver.executeQuery(
      [
        'MATCH (s:State) WITH collect(s.code) AS codes',
        'UNWIND range(0, $total - 1) AS i',
        'CREATE (d:Declaration {id: "synthetic-" + i, title: "Synthetic statement " + i,',
        '  adoptedOn: toString(1996 + i / $perYear) + "-06-" + right("0" + toString(1 + i % 28), 2)})',
        'WITH d, i, codes',
        'UNWIND range(0, $signatories - 1) AS k',
        'MATCH (s:State {code: codes[(i * 7 + k * 11) % size(codes)]})',
        'MERGE (s)-[:SIGNED]->(d)',
      ].join('\n'),
      {
        total: neo4j.int(PER_YEAR * YEARS),
        perYear: neo4j.int(PER_YEAR),
        signatories: neo4j.int(SIGNATORIES),
      },
    );
  } finally {
    await driver.close();
  }
}

type Drawn = { nodes: number; declarations: string[]; width: number; height: number };

async function draw(page: Page, url: string): Promise<Drawn> {
  await page.goto(url);
  return drawn(page);
}

async function drawn(page: Page): Promise<Drawn> {
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 110_000 });
  return (await page.evaluate(`(() => {
    const cy = window.__treatygraph.cy;
    const box = cy.nodes().boundingBox();
    return {
      nodes: cy.nodes().length,
      declarations: cy.nodes('[kind = "Declaration"]').map((n) => n.id()),
      width: box.w,
      height: box.h,
    };
  })()`)) as Drawn;
}

describe('large views from a corpus of 2,400 more declarations', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const workers: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    await addSyntheticDeclarations();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('worker', (worker) => workers.push(worker.url()));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('draws the newest 1,000 declarations by default and says how many more there are', async () => {
    const drawn = await draw(page, `${app.url}/`);
    expect(drawn.declarations).toHaveLength(1_000);
    // Newest first: the bundled 2025 statement and the synthetic ones of 2025 back to 2013.
    expect(drawn.declarations).toContain('synthetic-2399');
    expect(drawn.declarations).not.toContain('synthetic-0');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'The newest 1,000 of' }).count())
      .toBe(1);
    expect(errors).toEqual([]);
  });

  it('loads older years from the server when the range reaches past the newest 1,000', async () => {
    const drawn = await draw(page, `${app.url}/?from=1996&to=1997`);
    const expected = Array.from({ length: 2 * PER_YEAR }, (_, i) => `synthetic-${i}`);
    expect(drawn.declarations.sort()).toEqual(expected.sort());
    expect(errors).toEqual([]);
  });

  it('draws all 2,401 declarations, a view of about 2,600 nodes, laid out off the main thread', async () => {
    await draw(page, `${app.url}/`);
    await page.getByLabel('Declarations drawn (newest first)').selectOption('5000');
    // The panels stay while the declarations load; the URL records the choice.
    expect(await page.getByRole('complementary', { name: 'Filters' }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('limit')).toBe('5000');
    await page.waitForSelector('body[data-graph-ready="false"]');
    const view = await drawn(page);
    expect(view.declarations).toHaveLength(PER_YEAR * YEARS + 1);
    expect(view.nodes).toBeGreaterThan(2_500);
    // The layout runs in workers, one started ahead of need (timing it would be flaky here).
    expect(workers.length).toBeGreaterThan(0);
    expect(workers).toEqual(workers.map(() => expect.stringMatching(/force-atlas2\.worker/)));
    expect(view.width).toBeGreaterThan(500);
    expect(view.height).toBeGreaterThan(500);
    // The lines are drawn beneath, on the edge layer, not by Cytoscape.
    const lines = `(() => {
      const cy = window.__treatygraph.cy;
      const canvas = document.querySelector('.graph-canvas__edges');
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked += 1;
      const laos = cy.getElementById('LAO').connectedEdges();
      return {
        edges: cy.edges().length,
        shown: cy.edges().filter((e) => e.visible()).length,
        laos: laos.length,
        laosShown: laos.filter((e) => e.visible()).length,
        inked,
      };
    })()`;
    const before = (await page.evaluate(lines)) as Record<string, number>;
    expect(before.edges).toBeGreaterThan(40_000);
    expect(before.shown).toBe(0);
    expect(before.inked).toBeGreaterThan(10_000);
    // Still answers: selecting a state from the canvas opens its details and shows its lines.
    await page.evaluate(`window.__treatygraph.cy.getElementById('LAO').emit('tap')`);
    // Restyling the selection's lines re-sorts the 50,000 edges Cytoscape holds: seconds when
    // the machine is loaded.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Laos' }).count(), { timeout: 30_000 })
      .toBe(1);
    const selected = (await page.evaluate(lines)) as Record<string, number>;
    expect(selected.laos).toBeGreaterThan(0);
    expect(selected.laosShown).toBe(selected.laos);
    expect(selected.shown).toBe(selected.laos);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}/large-view.png` });
    expect(errors).toEqual([]);
  });
});
