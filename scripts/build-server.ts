import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';

// `npm run build:server`: `npm run serve` (scripts/start.ts) as one JavaScript file,
// dist/server/start.js, that plain `node` runs with production dependencies only (the Docker
// image's command). The repo's own TypeScript is bundled; libraries stay imports of
// node_modules, so that `npm ci --omit=dev` is exactly what runs, licences included.
const root = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = 'dist/server';

/** Every package import except the repo's own workspaces stays external. */
const externalLibraries: Plugin = {
  name: 'external-libraries',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@treatygraph/') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Modules find their data next to their source (`new URL('../corpus/', import.meta.url)`); in
 * the bundle each keeps its own source's URL, relative to the repo root the bundle sits two
 * folders below, so the corpus, registry and web build stay where they are in the repo.
 */
const sourceUrls: Plugin = {
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const url = `new URL(${JSON.stringify(relative(root, args.path))}, __repoRoot).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { start: 'scripts/start.ts' },
  outdir: OUT_DIR,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  banner: { js: "const __repoRoot = new URL('../../', import.meta.url);" },
  plugins: [externalLibraries, sourceUrls],
  logLevel: 'warning',
});
