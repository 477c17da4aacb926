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

/** Issue 17: no main-thread task over 1 s from navigation to the drawn view. */
const LONG_TASK_BUDGET_MS = 1_000;

/**
 * Issue 17 asks a 5,000-node view to draw in half the bare page's time; smaller views, whose
 * layout is quick anyway, only keep up with it.
 */
function drawTarget(nodes: number): number {
  return nodes >= 5_000 ? 0.5 : 1.3;
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
      target: { op: '<=', ratio: drawTarget(n) },
      note: `signatories view, limit=${view.limit}: navigation to the first frame drawn with final positions vs a bare Cytoscape page, same elements, ForceAtlas2 untuned`,
    }),
    benchResult({
      name: `ui.longest-task.app@${n}-nodes`,
      value: ours.longestTaskMs,
      unit: 'ms',
      baseline: LONG_TASK_BUDGET_MS,
      target: { op: '<=', ratio: 1 },
      note: `longest main-thread task until drawn, vs a 1 s budget; the bare page's: ${Math.round(base.longestTaskMs)} ms`,
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
