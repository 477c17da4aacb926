import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { startApp, type AppOptions, type RunningApp } from './app';
import { launchChromium } from './chromium';

/** Where browser tests leave their screenshots and exports for a person to look at. */
export const ARTIFACTS = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

/** Loads a page of the app and waits until its graph is drawn. */
export async function openGraph(page: Page, url: string, timeoutMs = 60_000): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: timeoutMs });
}

/** Posts a GraphQL query to the running app and returns its `data`. */
export async function queryApi<T>(
  app: RunningApp,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(variables ? { query, variables } : { query }),
  });
  return ((await response.json()) as { data: T }).data;
}

/** The id of the instrument a UNTC table number (`IV-11`) names. */
export async function instrumentByUntc(app: RunningApp, value: string): Promise<string> {
  const data = await queryApi<{ instruments: { edges: { node: { id: string } }[] } }>(
    app,
    `query ($identifier: IdentifierInput!) {
      instruments(filter: { identifier: $identifier }) { edges { node { id } } } }`,
    { identifier: { scheme: 'UNTC', value } },
  );
  return data.instruments.edges[0]?.node.id ?? '';
}

export type AppInChromiumOptions = AppOptions & {
  /** Loads more data into the app's Neo4j after the corpus, before Chromium opens. */
  imports?: (driver: Driver) => Promise<unknown>;
  /** Also count console errors, not only uncaught ones. */
  consoleErrors?: boolean;
  /** Open the first page before the tests (default); otherwise tests call `newPage`. */
  openPage?: boolean;
  setupTimeoutMs?: number;
};

export type AppInChromium = {
  readonly app: RunningApp;
  readonly browser: BrowserContext;
  /** The page opened before the tests. */
  readonly page: Page;
  /** Errors from every page opened here. */
  readonly errors: string[];
  /** Another page whose errors land in `errors`. */
  newPage(): Promise<Page>;
};

function started<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the app is not started yet: use it in a test or hook');
  return value;
}

/**
 * For the describe block it is called in: starts the app and Chromium with one page before the
 * tests (and makes the artifacts folder), and closes both after them.
 */
export function useAppInChromium(options: AppInChromiumOptions = {}): AppInChromium {
  const {
    imports,
    consoleErrors = false,
    openPage = true,
    setupTimeoutMs,
    ...appOptions
  } = options;
  let app: RunningApp | undefined;
  let browser: BrowserContext | undefined;
  let page: Page | undefined;
  const errors: string[] = [];

  const newPage = async (): Promise<Page> => {
    const opened = await started(browser).newPage();
    if (consoleErrors) {
      opened.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
    }
    opened.on('pageerror', (e) => errors.push(e.message));
    return opened;
  };

  beforeAll(async () => {
    app = await startApp(appOptions);
    if (imports) {
      const driver = neo4j.driver(inject('neo4jUri'));
      try {
        await imports(driver);
      } finally {
        await driver.close();
      }
    }
    browser = await launchChromium();
    if (openPage) page = await newPage();
    mkdirSync(ARTIFACTS, { recursive: true });
  }, setupTimeoutMs);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  return {
    errors,
    newPage,
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
