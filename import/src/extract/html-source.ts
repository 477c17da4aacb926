import { HTMLElement, NodeType, parse } from 'node-html-parser';
import type { Node } from 'node-html-parser';
import { assertHtmlDepth } from './html-depth';
import { PlainTextBuilder } from './plain-text';
import type { PlainText } from './plain-text';

/** What a page says about itself in its head: the raw values, not yet dates. */
export type PageMeta = { title?: string; published?: string; publisher?: string; url?: string };

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'iframe',
  'select',
  'head',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'section',
  'article',
  'blockquote',
  'header',
  'main',
  'table',
  'dd',
  'dt',
  'figcaption',
  'hr',
  'pre',
  'time',
]);
// Page furniture marked by its class or id: menus, share bars, related-article lists.
const FURNITURE =
  /(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|breadcrumbs?|share|sharing|social|related|comments?|cookies?|subscribe|newsletter|advert|ads|promo|banner|tags)(?:$|[\s_-])/i;

const entityCache = new Map<string, string>();

function decodeEntity(entity: string): string {
  const known = entityCache.get(entity);
  if (known !== undefined) return known;
  const decoded = parse(`<p>${entity}</p>`).text;
  entityCache.set(entity, decoded);
  return decoded;
}

// Decodes entities and collapses white space as a browser does, keeping each character's origin.
function appendText(out: PlainTextBuilder, raw: string, at: number): void {
  for (const match of raw.matchAll(/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|\s+|[^&\s]+|&/gi)) {
    const piece = match[0];
    const where = at + match.index;
    if (/^\s/.test(piece)) out.appendAs(' ', where);
    else if (piece.startsWith('&') && piece.length > 1) {
      out.appendAs(decodeEntity(piece).replace(/\u00a0/g, ' '), where);
    } else out.append(piece, where);
  }
}

function isFurniture(element: HTMLElement): boolean {
  const tag = element.rawTagName?.toLowerCase() ?? '';
  if (SKIPPED.has(tag)) return true;
  if (tag === 'header' && element.querySelector('nav')) return true;
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return FURNITURE.test(marks) || element.getAttribute('role') === 'navigation';
}

function walk(node: Node, out: PlainTextBuilder): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    appendText(out, node.rawText, node.range[0]);
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  if (isFurniture(node)) return;
  const tag = node.rawTagName?.toLowerCase() ?? '';
  const block = BLOCKS.has(tag);
  if (block) out.breakLine(node.range[0]);
  // A table row is one line, its cells apart by tabs, as a list of signers reads it.
  if ((tag === 'td' || tag === 'th') && node.previousElementSibling) {
    out.appendAs('\t', node.range[0]);
  }
  for (const child of node.childNodes) walk(child, out);
  if (block) out.breakLine(node.range[1]);
}

function meta(root: HTMLElement, names: string[]): string | undefined {
  for (const name of names) {
    const element = root.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

function pageMeta(root: HTMLElement): PageMeta {
  const jsonLd = root
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => s.rawText)
    .join('\n');
  const found: PageMeta = {
    title:
      meta(root, ['og:title', 'twitter:title']) ??
      root.querySelector('h1')?.text.trim() ??
      root.querySelector('title')?.text.trim(),
    published:
      meta(root, ['article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate']) ??
      /"datePublished"\s*:\s*"([^"]+)"/.exec(jsonLd)?.[1] ??
      root.querySelector('time[datetime]')?.getAttribute('datetime'),
    publisher: meta(root, ['og:site_name', 'publisher', 'author']),
    url:
      root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(root, ['og:url']),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v)) as PageMeta;
}

/** The visible text of an HTML page, without its menus and furniture, and its head's facts. */
export function htmlSource(html: string): { plain: PlainText; meta: PageMeta } {
  assertHtmlDepth(html);
  const root = parse(html, { comment: false });
  const out = new PlainTextBuilder();
  walk(root, out);
  return { plain: out.build(html.length), meta: pageMeta(root) };
}
