import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../../support/chromium';
import { benchResult } from '../records';
import type { BenchResult } from '../records';
import { median } from '../stats';
import { bundleBarePage } from './bundle';
import { appElements, measureDraw } from './measure-page';
import type { DrawTiming } from './measure-page';
import { startPageServer } from './page-server';
import type { PageServer } from './page-server';
import type { ViewLimit } from './view-limit';

export type UiBenchOptions = {
  /** The built app served by our server, e.g. `http://127.0.0.1:4000/`. */
  appUrl: string;
  /** The signatories views to measure: the `limit` to ask for and the node count it should draw. */
  views: readonly ViewLimit[];
  runs: number;
  /** For one page to settle: a 5,000-node view takes minutes on a loaded 2-core machine. */
  timeoutMs: number;
  log?: (line: string) => void;
};

type Drawer = () => Promise<DrawTiming>;

/** Medians over `runs` of two drawers, alternating which goes first. */
async function sideBySide(
  runs: number,
  drawers: [Drawer, Drawer],
): Promise<[DrawTiming, DrawTiming]> {
  const a: DrawTiming[] = [];
  const b: DrawTiming[] = [];
  for (let i = 0; i < runs; i += 1) {
    if (i % 2 === 0) {
      a.push(await drawers[0]());
      b.push(await drawers[1]());
    } else {
      b.push(await drawers[1]());
      a.push(await drawers[0]());
    }
  }
  const mid = (timings: DrawTiming[]): DrawTiming => ({
    readyMs: median(timings.map((t) => t.readyMs)),
    longestTaskMs: median(timings.map((t) => t.longestTaskMs)),
    nodes: timings[0]?.nodes ?? 0,
  });
  return [mid(a), mid(b)];
}

/** The app's signatories view at `limit` against the bare page drawing the elements it drew. */
async function appVersusBare(
  options: UiBenchOptions,
  view: ViewLimit,
  context: { browser: BrowserContext; bare: PageServer },
): Promise<BenchResult[]> {
  const { runs, timeoutMs, log } = options;
  const { browser, bare } = context;
  const url = new URL(options.appUrl);
  url.searchParams.set('view', 'signatories');
  url.searchParams.set('limit', String(view.limit));
  const app = url.toString();
  // Also a warm-up: the server's first answers and the page cache pay their cold start here.
  const elements = await appElements({ browser, url: app, timeoutMs });
  log?.(`UI limit=${view.limit}: the app draws ${elements.nodes.length} nodes`);
  bare.setElements(elements);
  const [ours, base] = await sideBySide(runs, [
    () => measureDraw({ browser, url: app, timeoutMs }),
    () => measureDraw({ browser, url: bare.url, timeoutMs }),
  ]);
  if (ours.nodes !== base.nodes) {
    throw new Error(`${app} drew ${ours.nodes} nodes but the bare page ${base.nodes}`);
  }
  const n = ours.nodes;
  log?.(`UI ${n} nodes: app ${Math.round(ours.readyMs)} ms, bare ${Math.round(base.readyMs)} ms`);
  return [
    benchResult({
      name: `ui.draw.app@${n}-nodes`,
      value: ours.readyMs,
      unit: 'ms',
      baseline: base.readyMs,
      target: { op: '<=', ratio: 1.3 },
      note: `signatories view, limit=${view.limit}: navigation to settled drawing vs a bare Cytoscape page, same elements and layout`,
    }),
    benchResult({
      name: `ui.longest-task.app@${n}-nodes`,
      value: ours.longestTaskMs,
      unit: 'ms',
      baseline: base.longestTaskMs,
      note: 'longest main-thread task until settled',
    }),
  ];
}

/**
 * Each view of the app against a bare Cytoscape page drawing the same elements with the same
 * layout, in one headless Chromium, smallest view first.
 */
export async function uiBench(options: UiBenchOptions): Promise<BenchResult[]> {
  const bare = await startPageServer(await bundleBarePage());
  const browser = await launchChromium();
  try {
    const results: BenchResult[] = [];
    for (const view of options.views) {
      try {
        results.push(...(await appVersusBare(options, view, { browser, bare })));
      } catch (error) {
        // One view timing out (5,000 nodes on a loaded machine) must not lose the others.
        const message = error instanceof Error ? error.message : String(error);
        options.log?.(`UI view limit=${view.limit} failed: ${message}`);
        results.push(
          benchResult({
            name: `ui.failed@${view.nodes}-nodes`,
            value: null,
            unit: 'ms',
            note: `failed at limit=${view.limit}: ${message.split('\n')[0]?.slice(0, 120)}`,
          }),
        );
      }
    }
    return results;
  } finally {
    await browser.close();
    await bare.close();
  }
}
