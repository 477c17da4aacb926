import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { launchChromium } from '../support/chromium';

const artifacts = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

describe('exports that stand alone', () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  const save = async (format: string): Promise<{ name: string; text: string; path: string }> => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`button[data-format="${format}"]`).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
  };

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    mkdirSync(artifacts, { recursive: true });
    await page.goto(`${app.url}/?from=2001&regions=Asia`);
    await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });
    // A selection fades the rest of the canvas; the image exports must not.
    await page.evaluate(`void window.__treatygraph.cy.getElementById('LAO').emit('tap')`);
    await page.getByRole('button', { name: 'Export' }).click();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('writes the GraphQL query with the active filters as variables', async () => {
    const { text } = await save('query');
    const variables = JSON.parse(/# Variables:\n# (.*)\n/.exec(text)?.[1] ?? 'null') as {
      filter: unknown;
    };
    expect(variables.filter).toEqual({ adoptedFrom: '2001-01-01' });
    expect(text).toContain('Only signatories in these regions were drawn: Asia.');
  });

  it('writes GEXF whose edges carry their dates as spells, with consent type and source', async () => {
    const { text } = await save('gexf');
    const parsed = (await page.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(text)}, 'application/xml');
      const graph = doc.querySelector('graph');
      const edges = [...doc.querySelectorAll('edge')].map((edge) => ({
        kind: edge.getAttribute('kind'),
        start: edge.getAttribute('start'),
        values: Object.fromEntries([...edge.querySelectorAll('attvalue')].map((v) => [v.getAttribute('for'), v.getAttribute('value')])),
      }));
      return {
        error: doc.getElementsByTagName('parsererror').length,
        mode: graph.getAttribute('mode'),
        timeformat: graph.getAttribute('timeformat'),
        edges,
      };
    })()`)) as {
      error: number;
      mode: string;
      timeformat: string;
      edges: { kind: string; start: string | null; values: Record<string, string> }[];
    };
    expect(parsed).toMatchObject({ error: 0, mode: 'dynamic', timeformat: 'date' });
    const signed = parsed.edges.filter((e) => e.kind === 'SIGNED');
    expect(signed.length).toBeGreaterThan(0);
    for (const edge of signed) {
      expect(edge.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(edge.values.since).toBe(edge.start);
      expect(edge.values.reportedBy).toBeTruthy();
    }
    const parties = parsed.edges.filter((e) => e.kind === 'PARTY_TO');
    expect(parties.length).toBeGreaterThan(0);
    expect(parties.every((e) => e.start === e.values.since)).toBe(true);
    expect(parties.some((e) => e.values.consentType)).toBe(true);
  });

  it('writes PNG and SVG with title, legend, dates and attribution, without the fading', async () => {
    const svg = await save('svg');
    const check = (await page.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(svg.text)}, 'image/svg+xml');
      const text = (selector) => [...doc.querySelectorAll(selector)].map((t) => t.textContent);
      return {
        header: text('g.frame-header text'),
        footer: text('g.frame-footer text'),
        faded: [...doc.querySelectorAll('g.nodes [opacity]')].filter((n) => Number(n.getAttribute('opacity')) < 0.5).length,
      };
    })()`)) as { header: string[]; footer: string[]; faded: number };
    expect(check.header[0]).toBe('treatygraph: Signatories');
    expect(check.header[1]).toMatch(/^Declarations adopted 2001–\d{4}; parties as of /);
    expect(check.header[2]).toMatch(/^Data as at \d{4}-\d{2}-\d{2}/);
    expect(check.footer).toContain('Asia');
    expect(check.footer.at(-1)).toMatch(/^Sources: .+ Drawn with treatygraph\.$/);
    expect(check.faded).toBe(0);
    // The canvas still shows the selection.
    expect(
      Number(await page.evaluate(`window.__treatygraph.cy.$('.faded').length`)),
    ).toBeGreaterThan(0);

    const png = await save('png');
    const bytes = readFileSync(png.path);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    copyFileSync(png.path, `${artifacts}/export-framed.png`);
  });

  it('copies the link to the clipboard and says so, and still offers it as a file', async () => {
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied to the clipboard.').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(page.url());
    await page.screenshot({ path: `${artifacts}/export-menu.png` });
    expect((await save('url')).text.trim()).toBe(page.url());
    expect(errors).toEqual([]);
  });
});
