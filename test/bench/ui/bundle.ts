import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The bare page's scripts, bundled for the browser: the page and its ForceAtlas2 worker. */
export type BarePageScripts = { page: string; worker: string };

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`./browser/${entry}.ts`, import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
  return output.text;
}

/** Minified, like the app's Vite build, so neither side pays for unminified code. */
export async function bundleBarePage(): Promise<BarePageScripts> {
  return { page: await bundle('bare-page'), worker: await bundle('fa2-worker') };
}
