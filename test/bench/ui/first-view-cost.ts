import { launchChromium } from '../../support/chromium';

/**
 * How long a running explorer takes to draw its first view, and how many bytes the page received
 * until then (and among them from /graphql), in a headless Chromium; one JSON line per run.
 * Usage: npx tsx test/bench/ui/first-view-cost.ts http://127.0.0.1:4000/ [runs]
 */
async function main(url: string, runs: number): Promise<void> {
  for (let run = 0; run < runs; run += 1) {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const cdp = await browser.newCDPSession(page);
      await cdp.send('Network.enable');
      const urls = new Map<string, string>();
      const received = { bytes: 0, graphqlBytes: 0 };
      cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
      cdp.on('Network.loadingFinished', (event) => {
        received.bytes += event.encodedDataLength;
        if (urls.get(event.requestId)?.endsWith('/graphql'))
          received.graphqlBytes += event.encodedDataLength;
      });
      const started = Date.now();
      await page.goto(url);
      await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 300_000 });
      const firstViewMs = Date.now() - started;
      const nodes = await page.evaluate('window.__treatygraph.cy.nodes().length');
      console.log(JSON.stringify({ firstViewMs, ...received, requests: urls.size, nodes }));
    } finally {
      await browser.close();
    }
  }
}

const [url, runs = '1'] = process.argv.slice(2);
if (!url) {
  console.error('Usage: npx tsx test/bench/ui/first-view-cost.ts URL [runs]');
  process.exit(2);
}
await main(url, Number(runs));
