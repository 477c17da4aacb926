import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { contentTypeOf } from './content-types';

/**
 * The UI's Content-Security-Policy: everything from this origin only, no inline script, no
 * eval, no plugins, no framing. The one inline style allowed, by hash, is the rule Cytoscape.js
 * adds for its containers (`.__________cytoscape_container { position: relative; }`); images may
 * be `data:`/`blob:` URLs and the PNG export fetches its own `data:` URL to make a file.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths the API owns; never answered from the web folder. */
const API_PATHS = ['/graphql', '/health', '/export'];

async function fileAt(path: string): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? path : null;
}

/** The file under `root` a URL path names, or null; never a path outside `root`. */
export async function resolveStaticFile(root: string, pathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(join(base, decoded));
  if (target !== base && !target.startsWith(base + sep)) return null;
  return (await fileAt(target)) ?? (await fileAt(join(target, 'index.html')));
}

/**
 * Serves the built web app from `root`: its files with their content types, and index.html
 * for any other GET that accepts HTML (client-side routes). Vite's hashed `/assets/` files are
 * cached for good; everything else is revalidated so a new build shows at once.
 */
export function useStaticFiles(options: { root: string }): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (!['GET', 'HEAD'].includes(request.method)) return;
      if (API_PATHS.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`))) return;
      let file = await resolveStaticFile(options.root, url.pathname);
      if (!file && !extname(url.pathname) && request.headers.get('accept')?.includes('text/html')) {
        file = await fileAt(join(resolve(options.root), 'index.html'));
      }
      if (!file) return;
      const body = await readFile(file);
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          status: 200,
          headers: {
            'content-type': contentTypeOf(extname(file)),
            'content-length': String(body.byteLength),
            'cache-control': url.pathname.startsWith('/assets/')
              ? 'public, max-age=31536000, immutable'
              : 'no-cache',
            'x-content-type-options': 'nosniff',
            'content-security-policy': CONTENT_SECURITY_POLICY,
            'referrer-policy': 'no-referrer',
          },
        }),
      );
    },
  };
}
