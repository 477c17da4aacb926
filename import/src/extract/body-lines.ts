import { DONE_AT, LIST_HEADING, OFFICE_LINE, SIGNATURE_LINE, SIGNED_LINE } from './cues';
import { findDates } from './dates';
import { isStatementHeading } from './title';
import type { Line } from './source-facts';
import { isParagraph } from './source-facts';
import type { TextLanguage } from '../resolve/country-names';

// Lines that introduce other pages, not this story.
export const FURNITURE =
  /^(?:related|read (?:also|more)|see also|more on|follow us|share|читайте также|смотрите также|lire aussi|leer también|mehr zum thema|close this search box|skip to (?:main )?content|please enter a valid)(?![\p{L}])/iu;

/** "Continua depois da publicidade", "Advertisement": an ad's slot inside the story. */
export const AD_MARKER =
  /^(?:advertisement|story continues below(?: this)? advertisement|continua depois da publicidade|publicidade|publicidad|publicité|werbung|anzeige|pubblicità|реклама)[\s.]*$/iu;

/**
 * "LIRE AUSSI : La France va reconnaître …" over the story's next paragraph: a link set inside the
 * story, which goes on below it; not the "Related" furniture that ends it.
 */
export function inlineTeaser(lines: Line[], line: Line): boolean {
  // "Share this article   Comments" under the standfirst: a toolbar the story goes on below.
  if (/^share(?![\p{L}])/iu.test(line.text)) {
    const below = lines.slice(line.index + 1).filter((l) => l.words > 0);
    const story = below.slice(0, 4).find((l) => isParagraph(l));
    return (
      story !== undefined &&
      !below
        .slice(0, below.indexOf(story))
        .some((l) => /^(?:related|read|see|more|follow)(?![\p{L}])/iu.test(l.text))
    );
  }
  // "Read also" alone over a teaser's headline, then the story's next paragraphs.
  if (
    /^(?:read also|see also|lire aussi|leer también|читайте также|смотрите также)[\s:.]*$/iu.test(
      line.text,
    )
  ) {
    const below = lines
      .slice(line.index + 1)
      .filter((l) => l.words > 0)
      .slice(0, 5);
    return (
      below.filter((l) => isParagraph(l)).length >= 2 && !below.some((l) => FURNITURE.test(l.text))
    );
  }
  const linked = /^[^:]{2,30}:\s*(.*)$/u.exec(line.text)?.[1] ?? '';
  if ((linked.match(/\p{L}+/gu)?.length ?? 0) < 4) return false;
  const next = lines.slice(line.index + 1).find((l) => l.words > 0);
  return next !== undefined && isParagraph(next) && !FURNITURE.test(next.text);
}

// "Home > News", "首頁 -> 國際", "Accueil » Monde", "Accueil | Politique | Économie": a page's
// trail or menu, not its title.
export const BREADCRUMB = /\s(?:-?>|[»›])\s|\s\|\s[^|]*\s\|\s/u;

/**
 * The headline: the page's title when it is one of the lines, else the first line near the
 * top that reads like one (four to thirty words, not a date line, not a sentence of a paragraph).
 */
export function headlineLine(
  lines: Line[],
  options: { title: string | undefined; language: TextLanguage },
): number {
  const title = options.title?.trim();
  const exact = title ? lines.find((l) => l.text === title) : undefined;
  if (exact) return exact.index;
  // A headline stands above the story's first paragraph, never among the lines after it.
  const firstParagraph = lines.find(isParagraph)?.index ?? 40;
  const headings = lines.slice(0, 15).filter((line) => isStatementHeading(line.text, line.words));
  const heading = headings.find((line) => line.index < firstParagraph);
  if (heading) return heading.index;
  const candidate = lines.slice(0, Math.min(40, firstParagraph)).find((line) => {
    const named = line.text.match(/\p{L}{2,}/gu)?.length ?? 0;
    if (named < 4 || line.words > 30 || /[:]$/.test(line.text) || isParagraph(line)) {
      return false;
    }
    // "- Home", "- World", "- Pakistan, speaking for 80 countries, says iss ..": a menu's items.
    // "[an error occurred while processing this directive]", "[Photo: …]": a bracketed note.
    if (/^\[[^\]]*\]$/u.test(line.text)) return false;
    if (FURNITURE.test(line.text) || BREADCRUMB.test(line.text) || /^[-*•]\s/u.test(line.text)) {
      return false;
    }
    const dates = findDates(line.text, options.language, null);
    return !dates.some((d) => d.text.length > line.text.length / 2);
  });
  // A statement's heading below a paragraph that opens the page with no headline above it.
  return candidate?.index ?? headings[0]?.index ?? -1;
}

const CUT_WORDS = 12;
const SUBHEADING_WORDS = 6;

/**
 * A text copied from a page that cuts it off mid-sentence ends on a long line with no full stop:
 * the story's last paragraph, past subheadings after the last whole one. -1 when there is none.
 */
function cutParagraph(lines: Line[], last: number): number {
  const rest = lines.slice(last + 1).filter((l) => l.words > 0);
  const end = rest[rest.length - 1];
  if (!end || end.words < CUT_WORDS || isParagraph(end) || FURNITURE.test(end.text)) return -1;
  const between = rest.slice(0, -1);
  return between.every((l) => l.words <= SUBHEADING_WORDS && !FURNITURE.test(l.text))
    ? end.index
    : -1;
}

/**
 * "…ihre Unterschrift unter" over "die erste … Minister-" over "erklärung des Donauraums.": the
 * last line of a paragraph a PDF paste wrapped, under a long line that does not end it.
 */
function endsWrapped(lines: Line[], line: Line): boolean {
  const above = lines[line.index - 1];
  return (
    above !== undefined &&
    above.words >= 6 &&
    /[.!?…]["”»']?$/u.test(line.text) &&
    !/[.!?…:]["”»']?$/u.test(above.text)
  );
}

/**
 * The lines of the story: from the headline (or the first paragraph) to the last paragraph,
 * without the menus above and the "Follow us"/"Related" furniture below. Short lines inside
 * the story (list items, subheadings) are kept.
 */
export function storyLines(lines: Line[], headline: number): Set<number> {
  const paragraphs = lines.filter((l) => isParagraph(l) || endsWrapped(lines, l));
  const first = headline >= 0 ? headline : (paragraphs[0]?.index ?? 0);
  const lastParagraph = paragraphs[paragraphs.length - 1]?.index ?? lines.length - 1;
  // A list of signers may follow the last paragraph ("… the following countries:").
  let last = Math.max(lastParagraph, first);
  let open = /[:,]$/.test(lines[last]?.text ?? '');
  for (let i = last + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line || FURNITURE.test(line.text)) break;
    if (line.words === 0) continue;
    const heading = LIST_HEADING.test(line.text);
    // A signature block: "Done at …", then "For the Kingdom of Sweden" over a signer's name, or
    // "(Signed) …" over "Permanent Representative of …".
    const signing =
      line.words <= 16 &&
      [SIGNATURE_LINE, DONE_AT, OFFICE_LINE, SIGNED_LINE].some((p) => p.test(line.text));
    if (!open && !heading && !signing && !/^[-*•\u2022]|^\d+[.)]\s/.test(line.text)) break;
    last = i;
    open = /[:,]$/.test(line.text) || line.words <= 4 || heading || signing;
  }
  last = Math.max(last, cutParagraph(lines, last));
  const story = new Set<number>();
  for (const line of lines) {
    if (line.index < first || line.index > last || FURNITURE.test(line.text)) continue;
    story.add(line.index);
  }
  return story;
}
