import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { launchChromium } from '../support/chromium';

const artifacts = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));
const DECLARATIONS = 200;
const STATES = 450;
const SIGNATORIES = 20;

/** A synthetic corpus too large for fcose: 200 declarations, 450 states, 4,000 signatures. */
function declaration(i: number) {
  const signatories = Array.from({ length: SIGNATORIES }, (_, k) => {
    const n = (i * 7 + k * 23) % STATES;
    return {
      code: `S${String(n).padStart(3, '0')}`,
      name: `State ${n}`,
      region: ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'][n % 5],
      subregion: null,
      latitude: null,
      longitude: null,
    };
  });
  return {
    id: `synthetic-${i}`,
    title: `Synthetic statement ${i}`,
    adoptedOn: '2024-01-01',
    signatoryCount: SIGNATORIES,
    signatories,
    references: [],
    nonStateSignatories: [],
    organizations: [],
  };
}

/** Answers the corpus query with the synthetic corpus, page by page; the rest goes to the API. */
async function serveSyntheticCorpus(route: Route): Promise<void> {
  const body = route.request().postDataJSON() as {
    query: string;
    variables: { first: number; after?: string | null };
  };
  if (!body.query.startsWith('query CorpusGraph')) return route.continue();
  const start = body.variables.after ? Number(body.variables.after) + 1 : 0;
  const end = Math.min(start + body.variables.first, DECLARATIONS);
  const edges = Array.from({ length: end - start }, (_, k) => ({
    cursor: String(start + k),
    node: declaration(start + k),
  }));
  const declarations = {
    totalCount: DECLARATIONS,
    pageInfo: { hasNextPage: end < DECLARATIONS, endCursor: String(end - 1) },
    edges,
  };
  return route.fulfill({ json: { data: { declarations } } });
}

describe('a large view', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/graphql', serveSyntheticCorpus);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lays out 650 nodes with ForceAtlas2 in a Web Worker', async () => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${app.url}/`);
    await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });
    const drawn = (await page.evaluate(`(() => {
      const cy = window.__treatygraph.cy;
      const box = cy.nodes().boundingBox();
      return { nodes: cy.nodes().length, width: box.w, height: box.h };
    })()`)) as { nodes: number; width: number; height: number };
    expect(drawn.nodes).toBe(DECLARATIONS + STATES);
    // The layout ran off the main thread (timing it would be flaky on a loaded machine).
    expect(workers).toEqual([expect.stringMatching(/force-atlas2\.worker/)]);
    expect(drawn.width).toBeGreaterThan(500);
    expect(drawn.height).toBeGreaterThan(500);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}/large-view.png` });
    expect(errors).toEqual([]);
  });
});
