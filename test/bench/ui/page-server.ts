import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BarePageScripts } from './bundle';
import type { BenchElements } from './browser/elements';

const HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>bare cytoscape</title>
<style>html, body, #cy { margin: 0; width: 100%; height: 100%; }</style></head>
<body><div id="cy"></div><script src="./bare-page.js"></script></body></html>`;

export type PageServer = {
  url: string;
  /** What `/elements.json` serves from now on. */
  setElements(elements: BenchElements): void;
  close(): Promise<void>;
};

/** Serves the bare Cytoscape page on loopback; the page fetches its elements like the app. */
export async function startPageServer(scripts: BarePageScripts): Promise<PageServer> {
  let elements = '{"nodes":[],"edges":[]}';
  const files: Record<string, [type: string, body: () => string]> = {
    '/': ['text/html', () => HTML],
    '/bare-page.js': ['text/javascript', () => scripts.page],
    '/fa2-worker.js': ['text/javascript', () => scripts.worker],
    '/elements.json': ['application/json', () => elements],
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' });
    response.end(file[1]());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    setElements(next) {
      elements = JSON.stringify(next);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
