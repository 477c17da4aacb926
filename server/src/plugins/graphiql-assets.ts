import { createHash } from 'node:crypto';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

/** Where GraphiQL's code is served; the page names it, so nothing comes from a CDN. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql';

type Asset = { body: Uint8Array<ArrayBuffer> | string; contentType: string };

type Bundle = { version: string; assets: Map<string, Asset> };

const WORKER_FILES = {
  editorWorkerService: 'editor.worker.js',
  json: 'json.worker.js',
  graphql: 'graphql.worker.js',
} as const;

/*
 * The page runs no inline script: the options travel as JSON in the document, and one served
 * script sets Monaco's workers to served files, runs GraphiQL and renders it from those options.
 * A Content-Security-Policy of `script-src 'self'` can therefore allow it.
 */
function startScript(bundleJs: string, base: string): string {
  const workers = Object.fromEntries(
    Object.entries(WORKER_FILES).map(([label, file]) => [label, `${base}/${file}`]),
  );
  return [
    `self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_id, label) => (${JSON.stringify(workers)})[label] };`,
    bundleJs,
    ';YogaGraphiQL.renderYogaGraphiQL(document.querySelector("#root"), JSON.parse(document.getElementById("graphiql-options").textContent));',
  ].join('\n');
}

let bundle: Promise<Bundle> | undefined;

/** GraphiQL's code, loaded once on first use (it is 9 MB, so the API starts without it). */
function loadBundle(): Promise<Bundle> {
  bundle ??= import('@graphql-yoga/render-graphiql/graphiql').then((code) => {
    const version = createHash('sha256')
      .update(code.js)
      .update(code.css)
      .digest('hex')
      .slice(0, 12);
    const base = `${GRAPHIQL_ASSETS_PATH}/${version}`;
    const js = 'text/javascript; charset=utf-8';
    const assets = new Map<string, Asset>([
      ['graphiql.js', { body: startScript(code.js, base), contentType: js }],
      ['graphiql.css', { body: code.css, contentType: 'text/css; charset=utf-8' }],
      [WORKER_FILES.editorWorkerService, { body: code.editorWorkerService, contentType: js }],
      [WORKER_FILES.json, { body: code.jsonWorker, contentType: js }],
      [WORKER_FILES.graphql, { body: code.graphqlWorker, contentType: js }],
      [
        'favicon.ico',
        {
          body: new Uint8Array(
            Buffer.from(code.favicon.slice(code.favicon.indexOf(',') + 1), 'base64'),
          ),
          contentType: 'image/x-icon',
        },
      ],
    ]);
    return { version, assets };
  });
  return bundle;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** JSON safe inside a `<script>` element: no `</script>` or `<!--` can end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value ?? {}).replace(/</g, '\\u003c');
}

/** Yoga's `renderGraphiQL`: the GraphiQL page, loading its code from this server only. */
export async function renderOfflineGraphiQL(options?: GraphiQLOptions): Promise<string> {
  const { version } = await loadBundle();
  const base = `${GRAPHIQL_ASSETS_PATH}/${version}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options?.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${base}/favicon.ico" />
    <link rel="stylesheet" href="${base}/graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${scriptJson(options)}</script>
    <script src="${base}/graphiql.js"></script>
  </body>
</html>
`;
}

/**
 * Serves GraphiQL's code at `/graphiql/<content hash>/<file>`. The hash changes with the code,
 * so browsers keep each file for good.
 */
export function useGraphiqlAssets(): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (!['GET', 'HEAD'].includes(request.method)) return;
      if (!url.pathname.startsWith(`${GRAPHIQL_ASSETS_PATH}/`)) return;
      const { version, assets } = await loadBundle();
      const [, , requested, file, ...rest] = url.pathname.split('/');
      const asset = requested === version && rest.length === 0 ? assets.get(file ?? '') : undefined;
      if (!asset) {
        endResponse(new fetchAPI.Response('Not found', { status: 404 }));
        return;
      }
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : asset.body, {
          status: 200,
          headers: {
            'content-type': asset.contentType,
            'cache-control': 'public, max-age=31536000, immutable',
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
  };
}
