import { parse as parseYaml } from 'yaml';
import { ImportError } from '../errors';
import type { PageMeta } from './html-source';
import { PlainTextBuilder } from './plain-text';
import type { PlainText } from './plain-text';

type Edit = { start: number; end: number; with: string };

// Markup that is dropped, or replaced, wherever it appears in a line.
const INLINE: [RegExp, (m: RegExpMatchArray) => Edit[]][] = [
  [/!\[[^\]]*\]\([^)]*\)/g, (m) => [cut(m, 0, m[0].length)]],
  [
    /\[([^\]^][^\]]*)\]\([^)]*\)/g,
    (m) => [cut(m, 0, 1), cut(m, 1 + (m[1]?.length ?? 0), m[0].length)],
  ],
  [/<\/?[a-z][^>]*>/gi, (m) => [cut(m, 0, m[0].length)]],
  [
    /(?<![\p{L}\p{N}])[*_~`]+(?=\S)|(?<=\S)[*_~`]+(?![\p{L}\p{N}])/gu,
    (m) => [cut(m, 0, m[0].length)],
  ],
  [/\s*\|\s*/g, (m) => [{ ...cut(m, 0, m[0].length), with: '; ' }]],
];

function cut(m: RegExpMatchArray, from: number, to: number): Edit {
  const at = m.index ?? 0;
  return { start: at + from, end: at + to, with: '' };
}

function lineEdits(line: string, at: number): Edit[] {
  if (/^\s*\|?[\s:|-]+\|?\s*$/.test(line) && line.includes('-') && line.includes('|')) {
    return [{ start: at, end: at + line.length, with: '' }];
  }
  if (/^\s*\[\^[^\]]+\]:/.test(line) || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
    return [{ start: at, end: at + line.length, with: '' }];
  }
  const edits: Edit[] = [];
  const lead = /^\s{0,3}(?:(?:#{1,6}|>|[-*+]|\d+[.)])\s+)+/.exec(line);
  if (lead) edits.push({ start: at, end: at + lead[0].length, with: '' });
  const trail = /\s+#+\s*$/.exec(line);
  if (lead?.[0].includes('#') && trail) {
    edits.push({ start: at + trail.index, end: at + line.length, with: '' });
  }
  const body = lead ? lead[0].length : 0;
  for (const [pattern, edit] of INLINE) {
    for (const m of line.slice(body).matchAll(pattern)) {
      for (const e of edit(m)) {
        edits.push({ start: at + body + e.start, end: at + body + e.end, with: e.with });
      }
    }
  }
  return edits;
}

function applyEdits(text: string, edits: Edit[]): PlainText {
  const out = new PlainTextBuilder();
  let from = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (edit.start < from) continue;
    out.append(text.slice(from, edit.start), from);
    out.appendAs(edit.with, edit.start);
    from = edit.end;
  }
  out.append(text.slice(from), from);
  return out.build(text.length);
}

function frontMatter(text: string): { meta: PageMeta; end: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match?.[1]) return { meta: {}, end: 0 };
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch (error) {
    // The yaml library's own error escaped the importer before (found by fuzzing).
    const at = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new ImportError({
      code: 'INVALID_DOCUMENT',
      message: 'the front matter is not valid YAML',
      details: [
        {
          code: 'SYNTAX',
          message: `front matter: ${(error as Error).message.split('\n')[0]}`,
          field: 'front matter',
          ...(at !== undefined && { line: at + 1 }),
        },
      ],
      cause: error,
    });
  }
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const value = (...keys: string[]) => {
    const found = keys
      .map((k) => record[k])
      .find((v) => typeof v === 'string' || v instanceof Date);
    return found instanceof Date ? found.toISOString().slice(0, 10) : (found as string | undefined);
  };
  const meta: PageMeta = {
    title: value('title'),
    published: value('date', 'published', 'publishedOn'),
    publisher: value('publisher', 'source', 'site'),
    url: value('url', 'link', 'canonical'),
  };
  const defined = Object.fromEntries(Object.entries(meta).filter(([, v]) => v)) as PageMeta;
  return { meta: defined, end: match[0].length };
}

/** The text of a Markdown document without its markup, and the facts of its front matter. */
export function markdownSource(markdown: string): { plain: PlainText; meta: PageMeta } {
  const { meta, end } = frontMatter(markdown);
  const edits: Edit[] = end > 0 ? [{ start: 0, end, with: '' }] : [];
  let at = end;
  for (const line of markdown.slice(end).split('\n')) {
    edits.push(...lineEdits(line, at));
    at += line.length + 1;
  }
  const heading = /^#\s+(.+)$/m.exec(markdown.slice(end))?.[1]?.trim();
  return {
    plain: applyEdits(markdown, edits),
    meta: { ...(heading && { title: heading }), ...meta },
  };
}
