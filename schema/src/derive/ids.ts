import { createHash } from 'node:crypto';

/**
 * Lower-case ASCII slug: accents folded, apostrophes dropped, every other run of
 * non-alphanumerics becomes one hyphen.
 * @example slugify("It's Time to End Exploitation") // 'its-time-to-end-exploitation'
 */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** @example declarationId('2025-07-30', 'Human Trafficking is Organized Crime') */
export function declarationId(adoptedOn: string, title: string): string {
  return `${adoptedOn}-${slugify(title)}`;
}

/** A source's id: a short hash of its URL, so the same URL always gives the same node. */
export function sourceId(url: string): string {
  const normalized = url.trim().replace(/#.*$/, '').replace(/\/+$/, '');
  return `src-${createHash('sha256').update(normalized).digest('hex').slice(0, 16)}`;
}
