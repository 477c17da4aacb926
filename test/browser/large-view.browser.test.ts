import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    // The lines are drawn beneath, on the edge layer; Cytoscape holds none of them.
    const lines = `(() => {
      const { cy, elements } = window.__treatygraph;
      const canvas = document.querySelector('.graph-canvas__edges');
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked += 1;
      const laos = elements.edges
        .filter(({ data }) => data.source === 'LAO' || data.target === 'LAO')
        .map(({ data }) => cy.getElementById(data.id));
      return {
        edges: elements.edges.length,
        held: cy.edges().length,
        highlighted: cy.edges('.highlighted').length,
        laos: laos.length,
        laosShown: laos.filter((e) => e.nonempty() && e.visible()).length,
        inked,
      };
    })()`;
    const before = (await page.evaluate(lines)) as Record<string, number>;
    expect(before.edges).toBeGreaterThan(40_000);
    expect(before.held).toBe(0);
    expect(before.inked).toBeGreaterThan(10_000);
    // Still answers: selecting a state from the canvas opens its details, and Cytoscape gets its
    // lines, highlighted, so they can be hovered and clicked.
    await page.evaluate(`window.__treatygraph.cy.getElementById('LAO').emit('tap')`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Laos' }).count(), { timeout: 30_000 })
      .toBe(1);
    const selected = (await page.evaluate(lines)) as Record<string, number>;
    expect(selected.laos).toBeGreaterThan(0);
    expect(selected).toMatchObject({
      held: selected.laos,
      highlighted: selected.laos,
      laosShown: selected.laos,
    });
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}/large-view.png` });
    expect(errors).toEqual([]);
  });

  it("hovers and clicks a selected state's lines, which Cytoscape then draws", async () => {
    // Close enough to tell the nodes apart, Laos in the middle.
    await page.evaluate(`(() => {
      const cy = window.__treatygraph.cy;
      cy.zoom(1.5);
      cy.center(cy.getElementById('LAO'));
    })()`);
    const target = (await page.evaluate(`(() => {
      const cy = window.__treatygraph.cy;
      const box = cy.container().getBoundingClientRect();
      const laos = cy.getElementById('LAO').renderedPosition();
      // A point on one of Laos's lines that no node covers.
      for (const edge of cy.edges().toArray()) {
        const [a, b] = [edge.source().renderedPosition(), edge.target().renderedPosition()];
        for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
          const p = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
          const inside = (n) => {
            const r = n.renderedBoundingBox({ includeLabels: false });
            return p.x > r.x1 - 6 && p.x < r.x2 + 6 && p.y > r.y1 - 6 && p.y < r.y2 + 6;
          };
          const onScreen = p.x > 10 && p.y > 10 && p.x < cy.width() - 10 && p.y < cy.height() - 10;
          if (onScreen && !cy.nodes().some(inside)) {
            return { id: edge.id(), x: box.left + p.x, y: box.top + p.y, laos: { x: box.left + laos.x, y: box.top + laos.y } };
          }
        }
      }
      return null;
    })()`)) as { id: string; x: number; y: number; laos: { x: number; y: number } } | null;
    expect(target).not.toBeNull();
    if (!target) return;
    await page.mouse.move(target.laos.x, target.laos.y);
    await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(/^Laos/);
    await page.mouse.move(target.x, target.y);
    await expect
      .poll(() => page.evaluate(`window.__treatygraph.cy.container().style.cursor`))
      .toBe('pointer');
    await page.mouse.click(target.x, target.y);
    await expect
      .poll(() => page.evaluate(`window.__treatygraph.cy.$(':selected').map((e) => e.id())`))
      .toEqual([target.id]);
    // The clicked line alone stays in Cytoscape, highlighted.
    expect(
      await page.evaluate(`window.__treatygraph.cy.edges('.highlighted').map((e) => e.id())`),
    ).toEqual([target.id]);
    expect(errors).toEqual([]);
  });

  it('exports every edge of the view, though Cytoscape holds almost none', async () => {
    const edges = Number(await page.evaluate('window.__treatygraph.elements.edges.length'));
    expect(edges).toBeGreaterThan(40_000);
    await page.getByRole('button', { name: 'Export' }).click();
    const save = async (format: string): Promise<Buffer> => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.locator(`button[data-format="${format}"]`).click(),
      ]);
      return readFileSync(await download.path());
    };
    const count = (text: string, tag: string): number => text.split(tag).length - 1;
    expect(count((await save('graphml')).toString('utf8'), '<edge ')).toBe(edges);
    expect(count((await save('gexf')).toString('utf8'), '<edge ')).toBe(edges);
    const edgesCsv = (await save('edgesCsv')).toString('utf8').trim().split(/\r?\n/);
    expect(edgesCsv).toHaveLength(edges + 1);
    const json = JSON.parse((await save('json')).toString('utf8')) as {
      elements: { edges: { data: { id: string } }[] };
    };
    expect(new Set(json.elements.edges.map((e) => e.data.id)).size).toBe(edges);
    const svg = (await save('svg')).toString('utf8');
    const inSvg = svg.slice(svg.indexOf('<g class="edges">'), svg.indexOf('<g class="nodes">'));
    // One round-capped line per edge (a tee arrowhead is a line of its own, square-capped).
    expect(count(inSvg, 'stroke-linecap="round"')).toBe(edges);
    // The PNG strokes the lines under the nodes: where a line crosses open ground, Cytoscape's
    // own image (nodes only) is blank and the export is not.
    await page.getByLabel('PNG scale').selectOption('1');
    const png = await save('png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    writeFileSync(`${artifacts}/large-view-export.png`, png);
    const crossings = (await page.evaluate(`(async () => {
      const read = async (blob) => {
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const { cy, elements } = window.__treatygraph;
      const exported = await read(await (await fetch('data:image/png;base64,${png.toString('base64')}')).blob());
      const plain = await read(await cy.png({ output: 'blob-promise', full: true, scale: 1, bg: '#ffffff' }));
      const box = cy.elements().boundingBox();
      const k = plain.width / Math.ceil(box.w);
      const at = (image, x, y) => {
        const i = (Math.floor(y) * image.width + Math.floor(x)) * 4;
        return image.data.subarray(i, i + 3).join(',');
      };
      const pixel = (p) => [(p.x - box.x1) * k, (p.y - box.y1) * k];
      // The graph sits centred across, below the frame's header: find how far below.
      const dx = Math.floor((exported.width - plain.width) / 2);
      const centres = cy.nodes().map((node) => pixel(node.position()));
      let dy = 0;
      let best = -1;
      for (let y = 0; y <= exported.height - plain.height; y += 1) {
        const same = centres.filter(([cx, cy]) => at(exported, cx + dx, cy + y) === at(plain, cx, cy)).length;
        if (same > best) [best, dy] = [same, y];
      }
      const position = (id) => cy.getElementById(id).position();
      // Open ground: blank all around, not a node's white border.
      const blank = (x, y) =>
        [-3, 0, 3].every((ox) => [-3, 0, 3].every((oy) => at(plain, x + ox, y + oy) === '255,255,255'));
      let open = 0;
      let inked = 0;
      for (const { data } of elements.edges) {
        const [a, b] = [position(data.source), position(data.target)];
        const [x, y] = pixel({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
        if (!blank(x, y)) continue;
        open += 1;
        // Near the midpoint: a dash's gap or a sub-pixel offset may leave the point itself blank.
        const near = [-2, -1, 0, 1, 2].flatMap((ox) => [-2, -1, 0, 1, 2].map((oy) => [ox, oy]));
        if (near.some(([ox, oy]) => at(exported, x + dx + ox, y + dy + oy) !== '255,255,255')) {
          inked += 1;
        }
      }
      return { aligned: best / centres.length, open, inked };
    })()`)) as { aligned: number; open: number; inked: number };
    expect(crossings.aligned).toBeGreaterThan(0.9);
    expect(crossings.open).toBeGreaterThan(20);
    expect(crossings.inked).toBe(crossings.open);
    expect(errors).toEqual([]);
  });
});
