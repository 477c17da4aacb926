import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../../support/chromium';
import type { Corpus } from '../corpus/generate';
import { benchResult } from '../records';
import type { BenchResult } from '../records';
import { median } from '../stats';
import { bundleBarePage } from './bundle';
import type { BenchElements } from './browser/elements';
import { appElements, measureDraw } from './measure-page';
import type { DrawTiming } from './measure-page';
import { startPageServer } from './page-server';
import type { PageServer } from './page-server';
import { signatoriesElements } from './synthetic-elements';

export type UiBenchOptions = {
  /** The built app served by our server, at the view to measure. */
  appUrl: string;
  /** A corpus with enough declarations for the largest synthetic view. */
  corpus: Corpus;
  /** Node counts of the synthetic views drawn by the bare page. */
  viewSizes: readonly number[];
  runs: number;
  timeoutMs: number;
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

async function appVersusBare(
  options: UiBenchOptions,
  context: { browser: BrowserContext; bare: PageServer },
): Promise<BenchResult[]> {
  const { appUrl, runs, timeoutMs } = options;
  const { browser, bare } = context;
  const elements: BenchElements = await appElements({ browser, url: appUrl, timeoutMs });
  bare.setElements(elements);
  const [app, base] = await sideBySide(runs, [
    () => measureDraw({ browser, url: appUrl, timeoutMs }),
    () => measureDraw({ browser, url: bare.url, timeoutMs }),
  ]);
  const n = app.nodes;
  return [
    benchResult({
      name: `ui.draw.app@${n}-nodes`,
      value: app.readyMs,
      unit: 'ms',
      baseline: base.readyMs,
      target: { op: '<=', ratio: 1.3 },
      note: 'navigation to settled drawing vs a bare Cytoscape page, same elements and layout',
    }),
    benchResult({
      name: `ui.longest-task.app@${n}-nodes`,
      value: app.longestTaskMs,
      unit: 'ms',
      baseline: base.longestTaskMs,
      note: 'longest main-thread task until settled',
    }),
  ];
}

async function bareAlone(
  options: UiBenchOptions,
  context: { browser: BrowserContext; bare: PageServer },
): Promise<BenchResult[]> {
  const { browser, bare } = context;
  const results: BenchResult[] = [];
  for (const size of options.viewSizes) {
    bare.setElements(signatoriesElements(options.corpus, size));
    const timings: DrawTiming[] = [];
    for (let i = 0; i < options.runs; i += 1) {
      timings.push(await measureDraw({ browser, url: bare.url, timeoutMs: options.timeoutMs }));
    }
    const nodes = timings[0]?.nodes ?? size;
    results.push(
      benchResult({
        name: `ui.draw.bare@${nodes}-nodes`,
        value: median(timings.map((t) => t.readyMs)),
        unit: 'ms',
        note: "the app's views cannot show this many nodes yet (at most 200 declarations)",
      }),
      benchResult({
        name: `ui.longest-task.bare@${nodes}-nodes`,
        value: median(timings.map((t) => t.longestTaskMs)),
        unit: 'ms',
      }),
    );
  }
  return results;
}

/**
 * The app's view against a bare Cytoscape page drawing the same elements with the same layout,
 * then the bare page alone at the synthetic view sizes, all in one headless Chromium.
 */
export async function uiBench(options: UiBenchOptions): Promise<BenchResult[]> {
  const bare = await startPageServer(await bundleBarePage());
  const browser = await launchChromium();
  try {
    const context = { browser, bare };
    return [...(await appVersusBare(options, context)), ...(await bareAlone(options, context))];
  } finally {
    await browser.close();
    await bare.close();
  }
}
