import type { BrowserContext } from 'playwright-core';
import { waitForExpression } from '../../support/chromium';
import type { BenchElements } from './browser/elements';

/** Navigation to settled drawing, the longest main-thread task until then, and what was drawn. */
export type DrawTiming = { readyMs: number; longestTaskMs: number; nodes: number };

// Installed before any page script: records long tasks and the moment the page marks
// body[data-graph-ready="true"], which the app and the bare page both set once laid out.
const PROBE = `(() => {
  const bench = { longest: 0, readyAt: null };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longest = Math.max(bench.longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (bench.readyAt === null && document.body && document.body.dataset.graphReady === 'true') {
      bench.readyAt = performance.now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-graph-ready'] });
})()`;

/**
 * Opens `url` in a fresh page and times it from navigation start (performance.now() is
 * relative to it) to the ready mark. Fails on a page error rather than timing a broken page.
 */
export async function measureDraw(options: {
  browser: BrowserContext;
  url: string;
  timeoutMs: number;
}): Promise<DrawTiming> {
  const page = await options.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.addInitScript(PROBE);
    await page.goto(options.url);
    // Through the DevTools protocol: the app's Content-Security-Policy forbids the page eval
    // that a string `waitForFunction` needs. The probe stamps the time itself, so polling
    // every 100 ms does not blur the figure.
    await waitForExpression(
      page,
      `window.__bench.readyAt !== null || document.body.dataset.graphError !== undefined`,
      options.timeoutMs,
    );
    const result = (await page.evaluate(`({
      readyMs: window.__bench.readyAt,
      longestTaskMs: window.__bench.longest,
      nodes: Number(document.body.dataset.nodeCount),
      error: document.body.dataset.graphError ?? null,
    })`)) as DrawTiming & { error: string | null };
    const error = result.error ?? errors[0];
    if (error) throw new Error(`${options.url}: ${error}`);
    return { readyMs: result.readyMs, longestTaskMs: result.longestTaskMs, nodes: result.nodes };
  } finally {
    await page.close();
  }
}

/**
 * The elements the app draws, as data only: the nodes of its live Cytoscape instance and the
 * view's edges (a large view's are drawn beneath Cytoscape, not held by it).
 */
export async function appElements(options: {
  browser: BrowserContext;
  url: string;
  timeoutMs: number;
}): Promise<BenchElements> {
  const page = await options.browser.newPage();
  try {
    await page.goto(options.url);
    await page.waitForSelector('body[data-graph-ready="true"]', { timeout: options.timeoutMs });
    return (await page.evaluate(`(() => {
      const { cy, elements } = window.__treatygraph;
      return {
        nodes: cy.nodes().map((n) => ({ data: n.data() })),
        edges: elements.edges.map((e) => ({ data: e.data })),
      };
    })()`)) as BenchElements;
  } finally {
    await page.close();
  }
}
