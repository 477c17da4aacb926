import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { launchChromium } from '../support/chromium';

const artifacts = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));
/** Synthetic instruments added to the bundled corpus, as many as the real datasets hold. */
const INSTRUMENTS = 4_800;
const PARTIES = 40;

/**
 * Writes the synthetic instruments with plain Cypher (the importer is not under test here):
 * each with 40 of the corpus's real states as parties, about 190,000 in all, which the first
 * view used to fetch (some 25 MB) before drawing anything.
 */
async function addSyntheticInstruments(): Promise<void> {
  const driver = neo4j.driver(inject('neo4jUri'));
  try {
    await driver.executeQuery(
      [
        'MATCH (s:State) WITH collect(s.code) AS codes',
        'UNWIND range(0, $total - 1) AS i',
        'CREATE (t:Instrument {id: "synthetic-instrument-" + i, kind: "agreement",',
        '  name: "Synthetic agreement on shared waters number " + i,',
        '  adoptedOn: toString(1950 + i % 70) + "-03-01"})',
        'WITH t, i, codes',
        'UNWIND range(0, $parties - 1) AS k',
        'MATCH (s:State {code: codes[(i * 7 + k * 11) % size(codes)]})',
        'MERGE (s)-[:PARTY_TO {consentType: "ratification", consentOn: "2001-01-01"}]->(t)',
      ].join('\n'),
      { total: neo4j.int(INSTRUMENTS), parties: neo4j.int(PARTIES) },
    );
  } finally {
    await driver.close();
  }
}

/** Bytes received and GraphQL operations sent by the page, as the DevTools protocol reports. */
async function recordNetwork(browser: BrowserContext, page: Page) {
  const cdp = await browser.newCDPSession(page);
  await cdp.send('Network.enable');
  const log = { bytes: 0, operations: [] as string[] };
  cdp.on('Network.loadingFinished', (event) => {
    log.bytes += event.encodedDataLength;
  });
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const { query } = JSON.parse(request.postData() ?? '{}') as { query?: string };
    const operation = /^\s*query\s+(\w+)/.exec(query ?? '');
    if (operation?.[1]) log.operations.push(operation[1]);
  });
  return log;
}

describe('the first view over 4,800 more instruments', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    await addSyntheticInstruments();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    mkdirSync(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('draws the cited instruments with their parties without waiting for every instrument', async () => {
    const network = await recordNetwork(browser, page);
    await page.goto(`${app.url}/`);
    await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 110_000 });
    const firstView = { bytes: network.bytes, operations: [...network.operations] };
    const drawn = (await page.evaluate(`(() => {
      const cy = window.__treatygraph.cy;
      return {
        declarations: cy.nodes('[kind = "Declaration"]').length,
        instruments: cy.nodes('[kind = "Instrument"]').map((n) => n.id()),
        partyTies: cy.edges('[kind = "PARTY_TO"]').length,
      };
    })()`)) as { declarations: number; instruments: string[]; partyTies: number };
    await page.screenshot({ path: `${artifacts}/many-instruments-first-view.png` });

    expect(drawn.declarations).toBeGreaterThan(0);
    expect(drawn.instruments).toContain('untoc');
    expect(drawn.instruments.some((id) => id.startsWith('synthetic-'))).toBe(false);
    // Parties were fetched for the drawn instruments, by id.
    expect(drawn.partyTies).toBeGreaterThan(0);
    expect(firstView.operations).toContain('InstrumentParties');
    // The whole list is asked for only once the declarations and their instruments are in.
    const asked = (operation: string) => firstView.operations.indexOf(operation);
    expect(asked('InstrumentsById')).toBeGreaterThanOrEqual(0);
    const list = asked('InstrumentList');
    if (list >= 0) expect(list).toBeGreaterThan(asked('InstrumentsById'));
    // App, map and GraphQL together; the parties of every instrument alone were some 25 MB.
    expect(firstView.bytes).toBeLessThan(2_000_000);
    expect(errors).toEqual([]);
  });

  it('then lists every instrument in the pickers, lean, in a bounded payload', async () => {
    const network = await recordNetwork(browser, page);
    await page.goto(`${app.url}/`);
    // The picker shows the first entries and a search box once the list is long.
    const search = page.getByLabel('Search the list').first();
    await search.waitFor({ timeout: 110_000 });
    await search.fill(`number ${INSTRUMENTS - 1}`);
    const last = page.locator(`option[value="synthetic-instrument-${INSTRUMENTS - 1}"]`);
    await last.first().waitFor({ state: 'attached', timeout: 30_000 });
    expect(network.operations).toContain('InstrumentList');
    // 4,800 rows with a party count each, no parties: well under a megabyte a thousand.
    expect(network.bytes).toBeLessThan(4_000_000);
    expect(errors).toEqual([]);
  });
});
