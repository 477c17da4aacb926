import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startApp, type AppOptions, type RunningApp } from './app';
import { launchChromium } from './chromium';

/** Where browser tests leave their screenshots and exports for a person to look at. */
export const ARTIFACTS = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

/** Loads a page of the app and waits until its graph is drawn. */
export async function openGraph(page: Page, url: string, timeoutMs = 60_000): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: timeoutMs });
}

export type AppInChromium = {
  readonly app: RunningApp;
  readonly browser: BrowserContext;
  /** One page, opened before the tests; its uncaught errors land in `errors`. */
  readonly page: Page;
  readonly errors: string[];
};

/**
 * For the describe block it is called in: starts the app and Chromium with one page before the
 * tests (and makes the artifacts folder), and closes both after them.
 */
export function useAppInChromium(options: AppOptions = {}): AppInChromium {
  let app: RunningApp | undefined;
  let browser: BrowserContext | undefined;
  let page: Page | undefined;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startApp(options);
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('the app is not started yet: use it in a test or hook');
    return value;
  };
  return {
    errors,
    get app() {
      return started(app);
    },
    get browser() {
      return started(browser);
    },
    get page() {
      return started(page);
    },
  };
}
