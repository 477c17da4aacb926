import { ImportError } from '../errors';

/** Deeper than any real page; the HTML parser's tag repair is quadratic in nesting depth. */
export const MAX_HTML_DEPTH = 1_000;

// Elements that never nest, or that browsers close by themselves when left open.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li td th tr option dt dd'.split(
    ' ',
  ),
);

/**
 * Refuses pathologically nested HTML before it reaches the parser, in one linear scan, so a
 * hostile page (22,000 unclosed `<div>`s took the parser over a minute) fails at once with a
 * located error instead of holding a CPU core.
 */
export function assertHtmlDepth(html: string, max = MAX_HTML_DEPTH): void {
  let depth = 0;
  for (const match of html.matchAll(/<(\/?)([a-z][\w-]*)\b[^>]*?(\/?)>/gi)) {
    const [, closing, name = '', selfClosing] = match;
    if (NOT_NESTING.has(name.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) {
      const line = html.slice(0, match.index).split('\n').length;
      throw new ImportError({
        code: 'INVALID_DOCUMENT',
        message: `the HTML nests elements more than ${max} deep`,
        details: [
          {
            code: 'SYNTAX',
            message: `elements nest more than ${max} deep (at <${name}>); no real page does this`,
            line,
            field: 'html',
          },
        ],
      });
    }
  }
}
